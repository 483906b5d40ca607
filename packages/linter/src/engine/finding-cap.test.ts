import { describe, expect, it } from 'vitest';
import { lintWithAnalyzer, resolveConfig } from './linter.js';
import { createLintSession } from '../session/index.js';
import { keywordAnalyzer, parseMarkdown } from './test-support.js';
import type { LintConfig } from '../types.js';

const run = (text: string, config?: LintConfig) => lintWithAnalyzer(parseMarkdown(text), config, keywordAnalyzer);
// Every paragraph is vague advice without owner, deadline, measure, problem or funding: several findings each.
const doc = (n: number) => Array.from({ length: n }, (_, i) => `Er moet iets gebeuren met onderwerp ${i}.`).join('\n\n');

describe('maxFindings', () => {
  it('keeps the first findings in document order and closes with one that counts the rest per rule', () => {
    const all = run(doc(30), { maxFindings: 0 }).messages;
    expect(all.length).toBeGreaterThan(40);
    const capped = run(doc(30), { maxFindings: 40 }).messages;
    expect(capped).toHaveLength(41);
    expect(capped.slice(0, 40)).toEqual(all.slice(0, 40));
    // The capped run writes message texts only for what it keeps: the same texts, fields in the same order.
    expect(JSON.stringify(capped.slice(0, 40))).toBe(JSON.stringify(all.slice(0, 40)));
    expect(capped.slice(0, 40).every((m) => m.message !== '')).toBe(true);
    const last = capped[40]!;
    expect(last.ruleId).toBe('too-many-findings');
    expect(last.span.start).toEqual(all[40]!.span.start);
    const missingOwner = all.slice(40).filter((m) => m.ruleId === 'missing-owner').length;
    expect(last.message).toContain(`Nog ${all.length - 40} bevindingen niet getoond`);
    expect(last.message).toContain(`missing-owner ${missingOwner}`);
  });

  it('gives the closing finding the highest severity left out, so exit codes do not change', () => {
    const config: LintConfig = { maxFindings: 3, rules: { 'missing-owner': 'error' } };
    const all = run(doc(30), { ...config, maxFindings: 0 }).messages;
    const capped = run(doc(30), config).messages;
    expect(all.slice(3).some((m) => m.severity === 'error')).toBe(true);
    expect(capped.at(-1)).toMatchObject({ ruleId: 'too-many-findings', severity: 'error' });
    const info = run(doc(30), { maxFindings: 3, extends: [], rules: { 'missing-owner': 'info' } }).messages;
    expect(info.at(-1)).toMatchObject({ ruleId: 'too-many-findings', severity: 'info' });
  });

  it('speaks English when the locale is en, and leaves documents under the cap alone', () => {
    const capped = run(doc(5), { maxFindings: 2, locale: 'en' }).messages;
    expect(capped.at(-1)?.message).toMatch(/^\d+ more findings not shown \(at most 2 per document/);
    expect(run(doc(2), { maxFindings: 1000 }).messages.some((m) => m.ruleId === 'too-many-findings')).toBe(false);
  });

  it('defaults to 10,000 and rejects anything but a whole number ≥ 0', () => {
    expect(resolveConfig().maxFindings).toBe(10_000);
    for (const bad of [-1, 1.5, '10', null]) expect(() => resolveConfig({ maxFindings: bad as number })).toThrow(/maxFindings/);
  });

  it('is applied the same by the editor session', () => {
    const session = createLintSession();
    const a = session.lint(doc(10), { maxFindings: 7 }, { format: 'markdown' }).result.messages;
    expect(a).toHaveLength(8);
    expect(a.at(-1)?.ruleId).toBe('too-many-findings');
  });
});
