import { describe, expect, it } from 'vitest';
import type { LintConfig } from '../types.js';
import { lintWithAnalyzer } from './linter.js';
import { keywordAnalyzer, parseMarkdown } from './test-support.js';

const run = (text: string, config?: LintConfig) => lintWithAnalyzer(parseMarkdown(text), config, keywordAnalyzer);
const vagueLines = (text: string, config?: LintConfig) =>
  run(text, config)
    .messages.filter((m) => m.ruleId === 'vague-term')
    .map((m) => m.line);

describe('Markdown awareness', () => {
  it('ignores fenced and indented code', () => {
    expect(vagueLines('```\nDit is vaag.\n```\n\n    Ook vaag.\n\nHier vaag.')).toEqual([7]);
  });

  it('ignores inline code but not the prose around it', () => {
    const messages = run('Zet `vaag` in de tekst, dat is vaag.').messages;
    expect(messages.map((m) => [m.ruleId, m.column])).toEqual([['vague-term', 32]]);
  });

  it('ignores front matter', () => {
    expect(vagueLines('---\ntitle: vaag\n---\n\nTekst is vaag.')).toEqual([5]);
  });

  it('ignores URLs, bare and as link targets', () => {
    expect(vagueLines('Zie https://example.nl/vaag en [de site](https://example.nl/vaag).')).toEqual([]);
    expect(vagueLines('Zie [dit vage stuk](https://example.nl) dat vaag is.')).toEqual([1]);
  });

  it('ignores HTML blocks and comments', () => {
    expect(vagueLines('<div>\nvaag\n</div>\n\n<!-- vaag -->\n\nTekst.')).toEqual([]);
  });

  it('checks block quotes by default and skips them with checkBlockquotes: false', () => {
    const text = '> De minister moet dit vaag regelen.\n\nDe minister moet het register in 2030 openen.';
    const checked = run(text);
    expect(checked.messages.some((m) => m.line === 1)).toBe(true);
    expect(checked.advice).toHaveLength(2);

    const skipped = run(text, { checkBlockquotes: false });
    expect(skipped.messages.some((m) => m.line === 1)).toBe(false);
    expect(skipped.advice.map((a) => a.line)).toEqual([3]);
  });

  it('maps positions through inline markup to the original source', () => {
    const [m] = run('Dit is **erg vaag** gezegd.').messages;
    expect(m).toMatchObject({ line: 1, column: 14, endColumn: 18 });
  });
});
