import { describe, expect, it } from 'vitest';
import type { Paragraph } from '@scherp/corpus';
import { PlacedRecords, type CachedParagraph, type PlacedFindings } from './paragraph-cache.js';

const paragraph = (text: string) => ({ text }) as unknown as Paragraph;
const recordOf = (p: Paragraph): PlacedFindings => ({
  paragraph: p,
  entry: {} as CachedParagraph,
  start: { line: 1, column: 1, offset: 0 },
  messages: [],
  owned: true,
});

describe('PlacedRecords', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(paragraph) as [Paragraph, Paragraph, Paragraph, Paragraph];
  const last = new PlacedRecords(4);
  [a, b, c, d].forEach((p, i) => (last.byIndex[i] = recordOf(p)));

  it('finds a paragraph at its own index (before the edit)', () => {
    expect(last.get(a, 0, 4)?.paragraph).toBe(a);
    expect(last.get(b, 1, 5)?.paragraph).toBe(b);
  });

  it('finds a paragraph after the edit, shifted by the change in paragraph count', () => {
    // Two paragraphs inserted after `b`: c and d are now at 4 and 5 of 6.
    expect(last.get(c, 4, 6)?.paragraph).toBe(c);
    expect(last.get(d, 5, 6)?.paragraph).toBe(d);
    // `b` removed: c and d are at 1 and 2 of 3.
    expect(last.get(c, 1, 3)?.paragraph).toBe(c);
    expect(last.get(d, 2, 3)?.paragraph).toBe(d);
  });

  it('knows neither a new paragraph nor one moved by another amount', () => {
    expect(last.get(paragraph('a'), 0, 4)).toBeUndefined();
    // `d` moved to the front, the count unchanged.
    expect(last.get(d, 0, 4)).toBeUndefined();
    // `a` at index 3 of 5 (shift 1 would point at index 2, which holds c).
    expect(last.get(a, 3, 5)).toBeUndefined();
  });
});
