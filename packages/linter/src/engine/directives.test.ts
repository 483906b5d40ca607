import { describe, expect, it } from 'vitest';
import type { LintConfig } from '../types.js';
import { lintWithAnalyzer } from './linter.js';
import { keywordAnalyzer, parseMarkdown } from './test-support.js';

const config: LintConfig = { rules: { 'unused-disable': 'info' } };
const run = (text: string, c: LintConfig = config) => lintWithAnalyzer(parseMarkdown(text), c, keywordAnalyzer).messages;
const ids = (text: string, c?: LintConfig) => run(text, c).map((m) => `${m.line}:${m.ruleId}`);

describe('inline directives', () => {
  it('disable-next-line silences one rule on the next non-blank line only', () => {
    const text = [
      '<!-- scherp-disable-next-line vague-term -- citaat -->',
      'Dit is vaag en blockchain.',
      '',
      'Dit is ook vaag.',
    ].join('\n');
    expect(ids(text)).toEqual(['2:hype', '4:vague-term']);
  });

  it('disable-next-line skips blank lines between comment and text', () => {
    const text = '<!-- scherp-disable-next-line vague-term -- citaat -->\n\nDit is vaag.';
    expect(ids(text)).toEqual([]);
  });

  it('disable … enable silences a range, per rule or for all rules', () => {
    const text = [
      'Eerst vaag.',
      '',
      '<!-- scherp-disable vague-term -- citaat uit rapport -->',
      '',
      'Daarna vaag en blockchain.',
      '',
      '<!-- scherp-enable vague-term -->',
      '',
      'Weer vaag.',
      '',
      '<!-- scherp-disable -- bijlage met citaten -->',
      '',
      'Vaag in de bijlage met blockchain.',
    ].join('\n');
    expect(ids(text)).toEqual(['1:vague-term', '5:hype', '9:vague-term']);
  });

  it('enable with an id re-enables that rule inside a disable-all range', () => {
    const text = [
      '<!-- scherp-disable -- bijlage -->',
      '',
      '<!-- scherp-enable hype -->',
      '',
      'Vaag en blockchain.',
    ].join('\n');
    expect(ids(text)).toEqual(['5:hype']);
  });

  it('a directive without a reason still applies but is reported', () => {
    const text = '<!-- scherp-disable-next-line vague-term -->\nDit is vaag.';
    const messages = run(text);
    expect(messages.map((m) => m.ruleId)).toEqual(['directive-needs-reason']);
    expect(messages[0]).toMatchObject({ line: 1, column: 1, endLine: 1, endColumn: 45, severity: 'warning' });
  });

  it('reports unknown rule ids at the id itself', () => {
    const text = '<!-- scherp-disable-next-line vage-term, hype -- citaat -->\nDit is vaag en blockchain.';
    const messages = run(text);
    expect(messages.map((m) => `${m.line}:${m.column}:${m.ruleId}`)).toEqual(['1:31:unknown-rule', '2:8:vague-term']);
    expect(messages[0]?.message).toContain('vage-term');
  });

  it('reports disables that suppress nothing when unused-disable is on', () => {
    const text = '<!-- scherp-disable-next-line hype -- citaat -->\nDit is vaag.';
    expect(ids(text)).toEqual(['1:unused-disable', '2:vague-term']);
    expect(ids(text, {})).toEqual(['2:vague-term']);
  });

  it('directive findings cannot be silenced by a disable-all range', () => {
    const text = '<!-- scherp-disable -- alles uit -->\n\n<!-- scherp-disable-next-line hype -->\nBlockchain.';
    // The next-line directive is the one that silences line 4, so the range directive counts as unused.
    expect(ids(text)).toEqual(['1:unused-disable', '3:directive-needs-reason']);
  });

  it('ignores directive-like text in code blocks and comments that are not directives', () => {
    const text = '```\n<!-- scherp-disable -->\n```\n\n<!-- gewoon commentaar -->\n\nDit is vaag.';
    expect(ids(text)).toEqual(['7:vague-term']);
  });

  it('handles an unclosed comment without hanging', () => {
    const text = '<!-- scherp-disable '.repeat(5000) + '\n\nDit is vaag.';
    const started = performance.now();
    run(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
