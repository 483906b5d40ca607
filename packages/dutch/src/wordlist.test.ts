import { describe, expect, it } from 'vitest';
import { findStem } from './wordlist.js';

describe('findStem', () => {
  it('finds every stem of a sorted list by binary search over its text, and nothing else', () => {
    const stems = ['aan', 'aanpas', 'af', 'werk', 'werken', 'zeg', 'één', 'ë'].sort();
    const text = stems.map((w, i) => `${w}\t${i * 7}`).join('\n');
    stems.forEach((w, i) => expect(findStem(text, w)).toBe(i * 7));
    for (const absent of ['', 'a', 'aa', 'aanp', 'werke', 'werkend', 'zz', 'ee', 'é']) expect(findStem(text, absent)).toBe(-1);
    expect(findStem('', 'werk')).toBe(-1);
    expect(findStem('werk\t3', 'werk')).toBe(3);
  });
});
