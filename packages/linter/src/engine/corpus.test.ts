/**
 * Invariants on the real corpus (read from ../shared/corpus, never copied): every finding points into the
 * original text at a prose block, positions agree with offsets, suggestions edit valid ranges, and the cached
 * linter agrees with a fresh one.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@scherp/parser';
import { describe, expect, it } from 'vitest';
import { createLinter, lint } from './linter.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const files = existsSync(corpusDir) ? readdirSync(corpusDir).sort() : [];

describe('corpus invariants', { timeout: 60_000 }, () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  const linter = createLinter({ extends: 'strict' });
  for (const file of files) {
    it(`${file}: findings are well-located, prose-only and stable`, () => {
      const source = readFileSync(path.join(corpusDir, file), 'utf8');
      const parsed = parse(source, { filePath: file });
      const result = lint(parsed, { extends: 'strict' });
      expect(linter.lint(parsed)).toEqual(result);

      const nonProse = parsed.document.paragraphs.filter((p) => !p.prose).map((p) => p.span);
      let previous = -1;
      for (const m of result.messages) {
        const { start, end } = m.span;
        expect(0 <= start.offset && start.offset <= end.offset && end.offset <= source.length).toBe(true);
        expect(parsed.lines.positionAt(start.offset)).toEqual(start);
        expect(parsed.lines.positionAt(end.offset)).toEqual(end);
        expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([start.line, start.column, end.line, end.column]);
        expect(start.offset).toBeGreaterThanOrEqual(previous);
        previous = start.offset;
        // Directive findings sit on HTML comments; everything else is in prose.
        if (!['directive-needs-reason', 'unknown-rule', 'unused-disable'].includes(m.ruleId)) {
          expect(nonProse.some((s) => s.start.offset <= start.offset && start.offset < s.end.offset)).toBe(false);
        }
        for (const s of m.suggestions ?? []) {
          const [from, to] = s.fix.range;
          expect(0 <= from && from <= to && to <= source.length).toBe(true);
          if (from < to) expect([from, to]).toEqual([start.offset, end.offset]);
        }
      }
      // Re-lint after small edits (paragraph reuse, recommendation bodies) still equals a fresh lint.
      for (const at of [0.3, 0.6].map((f) => Math.floor(source.length * f))) {
        const edited = `${source.slice(0, at)}Er moet iets. ${source.slice(at)}`;
        const reparsed = parse(edited, { filePath: file });
        expect(linter.lint(reparsed)).toEqual(lint(reparsed, { extends: 'strict' }));
      }
      for (const a of result.advice) {
        expect(a.text.length).toBeGreaterThan(0);
        // With at most one of the three missing, owner or deadline is present, so deferral cannot make it vague.
        const missing = [a.criteria.owner, a.criteria.deadline, a.criteria.measurable].filter((x) => !x).length;
        expect(a.vague).toBe(missing >= 2);
      }
    });
  }
});
