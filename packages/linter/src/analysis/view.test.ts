import { describe, expect, it } from 'vitest';
import { tagWords } from '@scherp/dutch';
import { TAG_BUDGET, buildView } from './view.js';

describe('tagging budget per sentence', () => {
  const sentence = 'De gemeente moet voor 1 juli 2027 een loket openen.';

  it('tags a sentence within the budget in full, exactly as the tagger does', () => {
    const view = buildView(sentence);
    expect(view.tags.map((t) => t.xpos)).toEqual(tagWords(view.tokens.map((t) => t.text)).map((t) => t.xpos));
  });

  it('tags the first TAG_BUDGET tokens of an endless sentence and gives the rest a neutral tag', () => {
    // 5 tokens per link-like chunk: "[", "zie", "3", "]", ","
    const text = Array.from({ length: TAG_BUDGET }, (_, i) => `[zie ${i}],`).join(' ');
    const view = buildView(text);
    expect(view.tokens.length).toBeGreaterThan(TAG_BUDGET);
    expect(view.tags).toHaveLength(view.tokens.length);
    const head = tagWords(view.tokens.slice(0, TAG_BUDGET).map((t) => t.text));
    expect(view.tags.slice(0, TAG_BUDGET).map((t) => t.xpos)).toEqual(head.map((t) => t.xpos));
    const rest = view.tags.slice(TAG_BUDGET);
    for (const [k, tag] of rest.entries()) {
      const token = view.tokens[TAG_BUDGET + k]!;
      expect(tag.word).toBe(token.text);
      expect(tag.xpos).toBe(token.kind === 'punct' ? 'LET' : 'SPEC|vreemd');
    }
  });
});
