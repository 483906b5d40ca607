import { describe, expect, it } from 'vitest';
import { suffixEntries } from '../model.js';
import { suffixClasses } from './suffixes.js';

describe('unseen-word candidates by suffix', () => {
  // Classes 0–3 open; "-ing" words nouns (0) or names (3), "-en" words verbs (1) or nouns (2).
  const words = new Map<string, Map<number, number>>([
    ['regeling', new Map([[0, 2]])], ['planning', new Map([[0, 1], [3, 1]])], ['opening', new Map([[0, 1]])],
    ['werken', new Map([[1, 3], [2, 1]])], ['lopen', new Map([[1, 1]])], ['de', new Map([[9, 50]])],
  ]);
  const hapax = new Map([[0, 5], [1, 4], [2, 2], [3, 1]]);

  it('keeps the open classes of the types with a suffix, plus the commonest open classes', () => {
    const table = suffixClasses(words, [0, 1, 2, 3], hapax, { minTypes: 3, always: 1, train: false })!;
    expect(table).toEqual({ ing: [0, 3], ng: [0, 3] });
    expect(suffixClasses(words, [0, 1, 2, 3], hapax, { minTypes: 2, always: 0, train: false })!.en).toEqual([1, 2]);
    expect(suffixClasses(words, [0, 1], hapax, { minTypes: 0, always: 0, train: false })).toBeUndefined();
  });

  it('takes the longest listed suffix; a capitalised word also keeps the name classes; else none', () => {
    const lookup = suffixEntries({ ing: [0], ng: [0, 3], en: [1, 2] }, [3, 5]);
    expect(Array.from(lookup('verkenning', false)!.candidates)).toEqual([0]);
    expect(Array.from(lookup('verkenning', true)!.candidates)).toEqual([0, 3, 5]);
    expect(Array.from(lookup('sprong', false)!.candidates)).toEqual([0, 3]);
    expect(Array.from(lookup('ing', false)!.candidates)).toEqual([0, 3]); // "ing" is the whole word: "ng"
    expect(lookup('ng', false)).toBeUndefined();
    expect(lookup('xyz', false)).toBeUndefined();
  });
});
