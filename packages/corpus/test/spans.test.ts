import { describe, expect, it } from 'vitest';
import { LineIndex, mapSpan, shiftMap, sliceMap, sourceOffset, spanContains } from '../src/spans.js';
import type { OffsetMap } from '../src/model.js';

describe('LineIndex', () => {
  it('handles empty text', () => {
    const lines = new LineIndex('');
    expect(lines.lineStarts).toEqual([0]);
    expect(lines.positionAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(lines.positionAt(7)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(lines.offsetAt(1, 1)).toBe(0);
    expect(lines.offsetAt(5, 9)).toBe(0);
    expect(lines.span(0, 0)).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });
  });

  it('counts \\n, \\r\\n and a lone \\r each as one line break', () => {
    const lines = new LineIndex('a\nb\r\nc\rd');
    expect(lines.lineStarts).toEqual([0, 2, 5, 7]);
    expect(lines.breakLengths).toEqual([1, 2, 1]);
    expect(lines.positionAt(2)).toEqual({ line: 2, column: 1, offset: 2 });
    expect(lines.positionAt(5)).toEqual({ line: 3, column: 1, offset: 5 });
    expect(lines.positionAt(7)).toEqual({ line: 4, column: 1, offset: 7 });
  });

  it('keeps both halves of \\r\\n on the line they end', () => {
    const lines = new LineIndex('ab\r\ncd');
    expect(lines.positionAt(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(lines.positionAt(3)).toEqual({ line: 1, column: 4, offset: 3 });
    expect(lines.positionAt(4)).toEqual({ line: 2, column: 1, offset: 4 });
  });

  it('maps the end of the text, also after a final line break', () => {
    expect(new LineIndex('ab').positionAt(2)).toEqual({ line: 1, column: 3, offset: 2 });
    const trailing = new LineIndex('ab\n');
    expect(trailing.positionAt(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(trailing.offsetAt(2, 1)).toBe(3);
    expect(new LineIndex('ab\r').positionAt(3)).toEqual({ line: 2, column: 1, offset: 3 });
  });

  it('clamps offsets and lines to the text', () => {
    const lines = new LineIndex('ab\ncd');
    expect(lines.positionAt(-4)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(lines.positionAt(99)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(lines.offsetAt(0, 1)).toBe(0);
    expect(lines.offsetAt(9, 1)).toBe(3);
  });

  it('clamps a column past the end of its line to that line, before the line break', () => {
    const lines = new LineIndex('ab\r\ncd\nef');
    expect(lines.offsetAt(1, 50)).toBe(2);
    expect(lines.offsetAt(2, 50)).toBe(6);
    expect(lines.offsetAt(3, 50)).toBe(9);
    expect(lines.offsetAt(2, 0)).toBe(4);
    expect(lines.lineEnd(1)).toBe(2);
  });

  it('round-trips every offset through positionAt and offsetAt', () => {
    const text = 'Eerste regel\r\nTweede\rDerde\n\nVijfde';
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      // Offsets inside a \r\n pair are not addressable by line/column in editors; skip the \n half.
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      const { line, column } = lines.positionAt(offset);
      expect(lines.offsetAt(line, column)).toBe(offset);
    }
  });
});

// "Dit is **vet** werk." with the emphasis markers removed: "Dit is vet werk."
const SOURCE = 'Dit is **vet** werk.';
const TEXT = 'Dit is vet werk.';
const MAP: OffsetMap = [
  [0, 0],
  [7, 9],
  [10, 14],
];

describe('offset maps', () => {
  it('maps derived text indices back to the source', () => {
    for (let i = 0; i < TEXT.length; i++) expect(SOURCE[sourceOffset(MAP, i)]).toBe(TEXT[i]);
  });

  it('extrapolates past the end and treats an empty map as identity', () => {
    expect(sourceOffset(MAP, TEXT.length)).toBe(SOURCE.length);
    expect(sourceOffset([], 4)).toBe(4);
  });

  it('gives a span that ends at the last included character, not after removed markup', () => {
    const lines = new LineIndex(SOURCE);
    const span = mapSpan(MAP, 7, 10, lines);
    expect(SOURCE.slice(span.start.offset, span.end.offset)).toBe('vet');
    const whole = mapSpan(MAP, 0, TEXT.length, lines);
    expect(whole.end.offset).toBe(SOURCE.length);
  });

  it('gives an empty span for an empty range', () => {
    const span = mapSpan(MAP, 7, 7, new LineIndex(SOURCE));
    expect(span.start).toEqual(span.end);
    expect(span.start.offset).toBe(9);
  });

  it('maps spans across line breaks to line and column', () => {
    const source = 'Eerste\r\nde **tweede**';
    const map: OffsetMap = [
      [0, 0],
      [6, 7], // the joined line break: text " " ↔ source "\n"
      [10, 13],
      [16, 21],
    ];
    // text: "Eerste de tweede"
    const span = mapSpan(map, 10, 16, new LineIndex(source));
    expect(span.start).toEqual({ line: 2, column: 6, offset: 13 });
    expect(source.slice(span.start.offset, span.end.offset)).toBe('tweede');
  });

  it('slices a map to a part of its text', () => {
    const slice = sliceMap(MAP, 4, 12); // "is vet w"
    expect(slice).toEqual([
      [0, 4],
      [3, 9],
      [6, 14],
    ]);
    for (let i = 0; i < 8; i++) expect(SOURCE[sourceOffset(slice, i)]).toBe(TEXT[4 + i]);
  });

  it('slices at a segment boundary and to an empty range', () => {
    expect(sliceMap(MAP, 7, 10)).toEqual([[0, 9]]);
    expect(sliceMap(MAP, 3, 3)).toEqual([[0, 3]]);
    expect(sliceMap(MAP, TEXT.length, TEXT.length)).toEqual([[0, SOURCE.length]]);
  });

  it('shifts every source offset and leaves the input untouched', () => {
    expect(shiftMap(MAP, 100)).toEqual([
      [0, 100],
      [7, 109],
      [10, 114],
    ]);
    expect(MAP[1]).toEqual([7, 9]);
  });

  it('tells whether one span lies within another', () => {
    const lines = new LineIndex(SOURCE);
    expect(spanContains(lines.span(0, 20), lines.span(7, 14))).toBe(true);
    expect(spanContains(lines.span(7, 14), lines.span(7, 14))).toBe(true);
    expect(spanContains(lines.span(7, 14), lines.span(6, 14))).toBe(false);
  });
});
