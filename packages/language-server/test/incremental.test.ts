/**
 * The incremental path (the lint session: incremental parse + caches) must always give what a fresh full lint
 * gives. Random edit sequences over corpus Markdown documents and our own fixtures, compared after every edit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LintConfig } from '@scherp/linter';
import { lint } from '@scherp/linter';
import type { ParseOptions } from '@scherp/parser';
import { parse } from '@scherp/parser';
import { describe, expect, it } from 'vitest';
import { DocumentAnalyzer } from '../src/document-analyzer.js';
import { corpusDir } from './helpers/lsp-client.js';
import { randomEdit, seededRandom } from './helpers/random-edits.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The corpus Markdown documents (they start with YAML front matter); read from the shared data, never copied. */
const corpusMarkdown = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .sort()
      .map((name) => ({ name, text: readFileSync(path.join(corpusDir, name), 'utf8') }))
      .filter((d) => d.text.startsWith('---\n'))
  : [];

const cases: Array<{ name: string; text: string; options: ParseOptions; config: LintConfig }> = [
  { name: 'fixture advies.md', text: fixture('advies.md'), options: { format: 'markdown', filePath: 'advies.md' }, config: {} },
  {
    name: 'fixture advies.md (strict, English)',
    text: fixture('advies.md'),
    options: { format: 'markdown', filePath: 'advies.md' },
    config: { extends: 'strict', locale: 'en' },
  },
  {
    name: 'fixture platte-tekst.txt',
    text: fixture('platte-tekst.txt'),
    options: { format: 'text', filePath: 'platte-tekst.txt' },
    config: {},
  },
  ...corpusMarkdown.map((d) => ({
    name: `corpus ${d.name}`,
    text: d.text,
    options: { format: 'markdown' as const, filePath: `${d.name}.md` },
    config: {},
  })),
];

describe('incremental analysis equals a fresh full lint', () => {
  it('has corpus Markdown documents to test with', () => {
    expect(corpusMarkdown.length).toBeGreaterThanOrEqual(3);
  });

  for (const [index, c] of cases.entries()) {
    it(`after every random edit: ${c.name}`, { timeout: 120_000 }, () => {
      const random = seededRandom(1000 + index);
      const analyzer = new DocumentAnalyzer();
      let text = c.text;
      for (let step = 0; step < 80; step++) {
        text = randomEdit(text, random).text;
        const incremental = analyzer.analyze(text, c.options, c.config);
        const fresh = lint(parse(text, c.options), c.config);
        expect(incremental.parsed.source).toBe(text);
        expect(incremental.result, `step ${step}`).toEqual(fresh);
      }
    });
  }

  it('starts afresh when the configuration changes', () => {
    const analyzer = new DocumentAnalyzer();
    const text = fixture('advies.md');
    const options: ParseOptions = { format: 'markdown' };
    const before = analyzer.analyze(text, options, {});
    const english = analyzer.analyze(text, options, { locale: 'en' });
    expect(english.result).toEqual(lint(parse(text, options), { locale: 'en' }));
    expect(english.result.messages.map((m) => m.message)).not.toEqual(before.result.messages.map((m) => m.message));
  });
});
