import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '@scherp/linter';
import { parse } from '@scherp/parser';
import { json, project, run } from './helpers.js';

/** The repository's demo note (our own text), as a writer and as CI see it. */
const DEMO = readFileSync(new URL('../../../examples/vaag-advies.md', import.meta.url), 'utf8');

describe('writers see grouped findings; machines keep one result per rule', () => {
  it('stylish: one line per incomplete advice, at most 3 per vague sentence', async () => {
    const cwd = await project({ 'vaag.md': DEMO });
    const { stdout, code } = await run(['lint', 'vaag.md'], { cwd });
    expect(code).toBe(1);
    const rows = stdout.split('\n').filter((l) => /^\s+\d+:\d+\s/.test(l));
    const perLine = new Map<string, number>();
    for (const row of rows) {
      const line = /^\s+(\d+):/.exec(row)![1]!;
      perLine.set(line, (perLine.get(line) ?? 0) + 1);
    }
    const advice = lint(parse(DEMO, { format: 'markdown' })).advice;
    expect(advice.length).toBe(5);
    for (const a of advice) expect(perLine.get(String(a.line)) ?? 0, a.text).toBeLessThanOrEqual(3);
    expect(rows.filter((r) => r.includes('Dit advies mist: wie, wanneer, meetbaar resultaat'))).toHaveLength(5);
    expect(stdout).toMatch(/✖ 12 problemen \(0 fouten, 12 waarschuwingen\)/);
  });

  it('json, sarif, junit and gitlab hold every per-rule finding, exactly as the linter reports it', async () => {
    const cwd = await project({ 'vaag.md': DEMO });
    const expected = lint(parse(DEMO, { format: 'markdown', filePath: `${cwd}/vaag.md` }));
    const [result] = json<Array<{ messages: unknown[]; advice: unknown[] }>>((await run(['lint', 'vaag.md', '-f', 'json'], { cwd })).stdout);
    expect(JSON.parse(JSON.stringify(result!.messages))).toEqual(JSON.parse(JSON.stringify(expected.messages)));
    expect(result!.advice).toEqual(expected.advice);
    const n = expected.messages.length;
    expect(n).toBe(36);
    const sarif = JSON.parse((await run(['lint', 'vaag.md', '-f', 'sarif'], { cwd })).stdout) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(expected.messages.map((m) => m.ruleId));
    const junit = (await run(['lint', 'vaag.md', '-f', 'junit'], { cwd })).stdout;
    expect(junit.match(/<testcase /g)).toHaveLength(n);
    const gitlab = JSON.parse((await run(['lint', 'vaag.md', '-f', 'gitlab'], { cwd })).stdout) as unknown[];
    expect(gitlab).toHaveLength(n);
  });
});

describe('gitlab', () => {
  it('writes a Code Quality report: description, check name, unique fingerprint, severity, location', async () => {
    const cwd = await project({ 'docs/a.md': DEMO, 'docs/b.md': DEMO });
    const { stdout, code } = await run(['lint', 'docs', '-f', 'gitlab'], { cwd });
    expect(code).toBe(1);
    const issues = JSON.parse(stdout) as Array<Record<string, any>>;
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(issue.severity).toMatch(/^(info|minor|major|critical|blocker)$/);
      expect(issue.location.path).toMatch(/^docs\/[ab]\.md$/);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    // Stable across runs, and independent of the line (text added above does not make issues "new").
    const again = JSON.parse((await run(['lint', 'docs', '-f', 'gitlab'], { cwd })).stdout) as Array<Record<string, any>>;
    expect(again.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
    const shifted = await project({ 'docs/a.md': DEMO.replace('## Aanbevelingen', 'Inleiding.\n\n## Aanbevelingen'), 'docs/b.md': DEMO });
    const moved = JSON.parse((await run(['lint', 'docs', '-f', 'gitlab'], { cwd: shifted })).stdout) as Array<Record<string, any>>;
    expect(moved.map((i) => i.fingerprint).sort()).toEqual(issues.map((i) => i.fingerprint).sort());
  });

  it('is an empty array when there is nothing to report', async () => {
    const cwd = await project({ 'a.md': '# Titel\n\nDe minister van BZK opent vóór 1 juli 2027 een register met alle algoritmes.\n' });
    const { stdout } = await run(['lint', 'a.md', '-f', 'gitlab', '--quiet'], { cwd });
    expect(JSON.parse(stdout)).toEqual([]);
  });
});
