import { describe, expect, it } from 'vitest';
import { getRule, lint, lintWithAnalyzer } from './linter.js';
import { applyFixes } from './fixes.js';
import { formatMessage, ruleDocsUrl } from './messages.js';
import { parse } from '@scherp/parser';
import { keywordAnalyzer, parseMarkdown } from './test-support.js';
import type { LintConfig } from '../types.js';

const run = (text: string, config?: LintConfig) => lintWithAnalyzer(parseMarkdown(text), config, keywordAnalyzer);

describe('lint engine', () => {
  it('reports missing criteria only on advice, at the advice cue', () => {
    const result = run('Het weer is vaag.\n\nEr moet iets gebeuren.');
    const advice = result.messages.filter((m) => m.ruleId.startsWith('missing-'));
    expect(advice.map((m) => m.ruleId).sort()).toEqual([
      'missing-deadline',
      'missing-funding',
      'missing-measure',
      'missing-owner',
      'missing-problem',
    ]);
    for (const m of advice) expect(m).toMatchObject({ line: 3, column: 4, endColumn: 8 });
  });

  it('counts owner, deadline and measure from advice sentences of the paragraph, problem and funding from any', () => {
    const descriptive = run('Er moet iets komen. De minister noemde 2027 al in een register. Dat is omdat het ontbreekt.');
    expect(descriptive.advice[0]?.criteria).toEqual({
      owner: false,
      deadline: false,
      measurable: false,
      problem: true,
      funding: false,
    });
    const result = run('Er moet een register komen. De minister moet dat in 2027 regelen, omdat het nu ontbreekt.');
    // Both advice sentences share the paragraph's owner, deadline, measure and problem; nobody pays.
    expect(result.messages.filter((m) => m.ruleId.startsWith('missing-')).map((m) => m.ruleId)).toEqual([
      'missing-funding',
      'missing-funding',
    ]);
    expect(result.advice[0]).toEqual({
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 28,
      text: 'Er moet een register komen.',
      criteria: { owner: true, deadline: true, measurable: true, problem: true, funding: false },
      vague: false,
    });
    expect(result.advice).toHaveLength(2);
  });

  it('marks advice vague when two of owner/deadline/measurable are missing or it only defers', () => {
    const [vague, concrete, deferral] = run(
      'Er moet een register komen.\n\nDe minister moet een register in 2027 openen.\n\nDe minister moet onderzoeken of het register in 2027 kan.',
    ).advice;
    expect(vague?.vague).toBe(true);
    expect(concrete?.vague).toBe(false);
    expect(deferral?.vague).toBe(false);
    expect(run('We moeten onderzoeken of een register helpt.').advice[0]?.vague).toBe(true);
  });

  it('builds the advice records on first read, as an ordinary property to every reader', () => {
    const result = run('Er moet een register komen.\n\nDe minister moet een register in 2027 openen.');
    expect(Object.keys(result)).toEqual(['messages', 'advice']);
    const first = result.advice;
    expect(first).toHaveLength(2);
    expect(result.advice).toBe(first);
    expect(JSON.parse(JSON.stringify(result)).advice).toEqual(first);
    expect(structuredClone(result).advice).toEqual(first);
    expect({ ...result }.advice).toBe(first);
    result.advice = [];
    expect(result.advice).toEqual([]);
  });

  it('orders messages by position and is deterministic', () => {
    const text = 'Dit is vaag en nooit blockchain.\n\nEr moet vaag iets nooit.\n\n> Citaat vaag.';
    const a = run(text);
    const b = run(text);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const offsets = a.messages.map((m) => m.span.start.offset);
    expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
  });

  it('speaks English when asked', () => {
    const [nl] = run('Er moet een register komen.', { extends: [], rules: { 'missing-owner': 'warning' } }).messages;
    const [en] = run('Er moet een register komen.', {
      extends: [],
      rules: { 'missing-owner': 'warning' },
      locale: 'en',
    }).messages;
    expect(nl?.message).toMatch(/^Wie voert dit uit\?/);
    expect(en?.message).toMatch(/^Who carries this out\?/);
    expect(en?.suggestions?.[0]?.desc).toBe('Insert placeholder ‘[who?]’');
  });

  it('uses the configured severity', () => {
    const [m] = run('Dit is vaag.', { extends: [], rules: { 'vague-term': 'error' } }).messages;
    expect(m?.severity).toBe('error');
    expect(m?.criterion).toBe('vague-language');
  });

  it('offers replacements as suggestions with offsets into the original source', () => {
    // The real analyser: swaps are offered only for forms where they stay grammatical (rules/swaps.ts).
    const text = '# Titel\n\nDe *minister* moet de kwaliteit borgen.';
    const [m] = lint(parseMarkdown(text), { extends: [], rules: { 'vague-term': 'warning' } }).messages;
    expect(m?.suggestions).toEqual([{ desc: 'Vervang door ‘vastleggen’', fix: { range: [41, 47], text: 'vastleggen' }, safe: false }]);
    const fixed = applyFixes(text, [m!.suggestions![0]!.fix]).output;
    expect(fixed).toBe('# Titel\n\nDe *minister* moet de kwaliteit vastleggen.');
    expect(lint(parseMarkdown(fixed), { extends: [], rules: { 'vague-term': 'warning' } }).messages).toEqual([]);
  });

  it('offers no replacement when the words are split by markup in the source', () => {
    const [m] = run('Dit is va**ag**.', { extends: [], rules: { 'vague-term': 'warning' } }).messages;
    expect(m).toBeDefined();
    expect(m?.suggestions).toBeUndefined();
  });

  it('offers placeholders for missing criteria, never as safe fixes', () => {
    const text = 'Er moet een register komen.';
    const messages = run(text, { extends: [], rules: { 'missing-owner': 'warning', 'missing-deadline': 'warning' } })
      .messages;
    const fixes = messages.map((m) => m.suggestions?.[0]);
    expect(fixes.every((f) => f?.safe === false)).toBe(true);
    expect(applyFixes(text, fixes.map((f) => f!.fix)).output).toBe('[wie?] Er moet een register komen [wanneer?].');
  });

  it('reports a document-level dependency without exit strategy once', () => {
    const rules: LintConfig = { extends: [], rules: { 'missing-exit-strategy': 'warning' } };
    expect(run('Alles gaat naar de cloud.\n\nOok de cloud van een ander.', rules).messages).toHaveLength(1);
    expect(run('Alles gaat naar de cloud.\n\nEr is een exitplan.', rules).messages).toHaveLength(0);
  });

  it('handles empty documents and plain text', () => {
    expect(run('')).toEqual({ messages: [], advice: [] });
    expect(run('\n\n   \n')).toEqual({ messages: [], advice: [] });
    const text = lintWithAnalyzer(parse('Eerste regel.\n\nDit is vaag.', { format: 'text', id: 'a.txt' }), {}, keywordAnalyzer);
    expect(text.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['vague-term', 3, 8]]);
  });

  it('names the failing rule when a rule throws', () => {
    const rule = getRule('hype')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      expect(() => run('Blockchain.')).toThrow("Scherp rule 'hype' failed: boom");
    } finally {
      rule.check = original;
    }
  });
});

describe('messages', () => {
  it('formats templates in both languages and links the docs', () => {
    const meta = getRule('long-sentence')!.meta;
    expect(formatMessage(meta, 'long', { count: 30, max: 25 })).toBe(
      'Deze zin telt 30 woorden (maximaal 25). Splits hem in kortere zinnen.',
    );
    expect(formatMessage(meta, 'long', { count: 30 }, 'en')).toContain('(at most {max})');
    expect(() => formatMessage(meta, 'nope')).toThrow("Rule 'long-sentence' has no message 'nope'.");
    expect(ruleDocsUrl('hype')).toBe('https://github.com/scherp-nl/scherp/blob/main/docs/rules/hype.md');
  });
});

describe('applyFixes', () => {
  it('applies non-overlapping edits and skips overlapping ones', () => {
    const { output, applied } = applyFixes('abcdef', [
      { range: [0, 2], text: 'X' },
      { range: [1, 3], text: 'Y' },
      { range: [4, 4], text: '!' },
    ]);
    // Applied from the end: the insertion, then [1, 3); [0, 2) overlaps it and is skipped.
    expect(output).toBe('aYd!ef');
    expect(applied.map((e) => e.text)).toEqual(['Y', '!']);
  });
});
