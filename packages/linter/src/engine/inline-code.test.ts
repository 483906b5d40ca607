import { describe, expect, it } from 'vitest';
import { inlineCodeRanges } from './inline-code.js';

describe('inlineCodeRanges', () => {
  const ranges = (s: string) => inlineCodeRanges(s, 0, s.length).map(([a, b]) => s.slice(a, b));

  it('finds spans closed by a run of the same length', () => {
    expect(ranges('a `b` c ``d ` e`` f')).toEqual(['`b`', '``d ` e``']);
  });

  it('treats unmatched runs and escaped backticks as text', () => {
    expect(ranges('a ``b` c')).toEqual([]);
    expect(ranges('a \\`b` c `d`')).toEqual(['` c `']);
    expect(ranges('geen code')).toEqual([]);
  });

  it('stays within the given range', () => {
    const s = '`a` `b`';
    expect(inlineCodeRanges(s, 4, s.length)).toEqual([[4, 7]]);
  });
});
