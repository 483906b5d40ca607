import { describe, expect, it } from 'vitest';
import { analyzeClauses, tagWords } from '@scherp/dutch';
import { TAG_BUDGET, buildView } from './view.js';

describe('tagging budget per sentence', () => {
  it('analyses a sentence within the budget in full, exactly as the tagger and clause analysis do', () => {
    const view = buildView('De gemeente moet voor 1 juli 2027 een loket openen.');
    const full = analyzeClauses(tagWords(view.tokens.map((t) => t.text)));
    expect(view.tags).toEqual(full.tags);
    expect(view.grammar.clauses).toEqual(full.clauses);
  });

  it('analyses the first TAG_BUDGET tokens of an endless sentence; the rest is one verbless clause with neutral tags', () => {
    // 5 tokens per chunk: "[", "zie", "3", "]", ","
    const text = Array.from({ length: TAG_BUDGET }, (_, i) => `[zie ${i}],`).join(' ');
    const view = buildView(text);
    const n = view.tokens.length;
    expect(n).toBeGreaterThan(TAG_BUDGET);
    expect(view.tags).toHaveLength(n);
    expect(view.grammar.clauseOf).toHaveLength(n);
    const head = analyzeClauses(tagWords(view.tokens.slice(0, TAG_BUDGET).map((t) => t.text)));
    expect(view.tags.slice(0, TAG_BUDGET)).toEqual(head.tags);
    expect(view.grammar.clauses.slice(0, -1)).toEqual(head.clauses);
    for (let i = TAG_BUDGET; i < n; i++) {
      const token = view.tokens[i]!;
      expect(view.tags[i]!.word).toBe(token.text);
      expect(view.tags[i]!.xpos).toBe(token.kind === 'punct' ? 'LET' : 'SPEC|vreemd');
    }
    const rest = view.grammar.clauses.at(-1)!;
    expect(rest).toMatchObject({ from: TAG_BUDGET, to: n, finite: -1, subject: -1, imperative: false, verbLemma: '' });
    expect(view.grammar.clauseOf[n - 1]).toBe(view.grammar.clauses.length - 1);
  });
});
