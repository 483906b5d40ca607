import { LineIndex } from '@scherp/corpus';
import { describe, expect, it } from 'vitest';
import { commonEnds } from '../src/common-ends.js';
import { updateLineIndex } from '../src/line-index.js';

describe('updateLineIndex', () => {
  it('equals a fresh LineIndex after random edits with mixed line breaks', () => {
    let seed = 5;
    const rnd = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const pieces = ['a', '\n', '\r', '\r\n', 'bc', '\n\n'];
    let source = 'abc\r\ndef\rghi\n';
    let index = new LineIndex(source);
    for (let i = 0; i < 3000; i++) {
      const at = Math.floor(rnd() * (source.length + 1));
      const next =
        rnd() < 0.4
          ? source.slice(0, at) + source.slice(at + 1 + Math.floor(rnd() * 3))
          : source.slice(0, at) + (pieces[Math.floor(rnd() * pieces.length)] as string) + source.slice(at);
      const { prefix, suffix } = commonEnds(source, next);
      const updated = updateLineIndex(index, next, prefix, suffix);
      expect(updated).toEqual(new LineIndex(next));
      source = next.length > 200 ? next.slice(0, 100) : next;
      index = next.length > 200 ? new LineIndex(source) : updated;
    }
  });

  it('finds the common prefix and suffix without overlap', () => {
    expect(commonEnds('abcabc', 'abcXabc')).toEqual({ prefix: 3, suffix: 3 });
    expect(commonEnds('aaaa', 'aaa')).toEqual({ prefix: 3, suffix: 0 });
    expect(commonEnds('x'.repeat(5000), `${'x'.repeat(2500)}y${'x'.repeat(2500)}`)).toEqual({ prefix: 2500, suffix: 2500 });
  });
});
