import type { OffsetMap, OffsetSegment, Position, SourceSpan } from './model.js';

/**
 * Converts offsets in a source text to 1-based line/column positions and back, in O(log lines).
 * Line breaks are `\n`, `\r\n` or a lone `\r`, as LSP and editors count them.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];
  readonly length: number;
  /** Length of the line break ending each line but the last: 1 for `\n` or `\r`, 2 for `\r\n`. */
  readonly breakLengths: number[];

  constructor(source: string) {
    const starts = [0];
    const breaks: number[] = [];
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) {
        starts.push(i + 1);
        breaks.push(1);
      } else if (c === 13) {
        const crlf = source.charCodeAt(i + 1) === 10;
        if (crlf) i++;
        starts.push(i + 1);
        breaks.push(crlf ? 2 : 1);
      }
    }
    this.lineStarts = starts;
    this.breakLengths = breaks;
    this.length = source.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.lineStarts[lo] as number) + 1, offset: o };
  }

  /**
   * Offset of a 1-based line/column. Clamps to the text, and a column past the end of its line to the end
   * of that line (before its line break), as LSP does, so an out-of-range column never lands on the next line.
   */
  offsetAt(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.lineStarts.length));
    const start = this.lineStarts[l - 1] as number;
    const end = this.lineEnd(l);
    return Math.min(start + Math.max(0, column - 1), end);
  }

  /** Offset just past the last character of a 1-based line, excluding its line break. */
  lineEnd(line: number): number {
    if (line >= this.lineStarts.length) return this.length;
    const l = Math.max(1, line);
    return (this.lineStarts[l] as number) - (this.breakLengths[l - 1] as number);
  }

  span(startOffset: number, endOffset: number): SourceSpan {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }
}

/** The original offset of `textIndex` in a derived text. Indices past the end extrapolate from the last segment. */
export function sourceOffset(map: OffsetMap, textIndex: number): number {
  let lo = 0;
  let hi = map.length - 1;
  if (hi < 0) return textIndex;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map[mid] as [number, number])[0] <= textIndex) lo = mid;
    else hi = mid - 1;
  }
  const [t, s] = map[lo] as [number, number];
  return s + (textIndex - t);
}

/**
 * The original span of `[start, end)` in a derived text. The end maps from the last included character so a
 * range that ends right before removed markup or a repaired line break does not swallow it.
 */
export function mapSpan(map: OffsetMap, start: number, end: number, lines: LineIndex): SourceSpan {
  const from = sourceOffset(map, start);
  const to = end > start ? sourceOffset(map, end - 1) + 1 : from;
  return lines.span(from, Math.max(from, to));
}

/** Restricts a map to the slice `[start, end)` of its text, re-based so the slice starts at index 0. */
export function sliceMap(map: OffsetMap, start: number, end: number): OffsetMap {
  const out: OffsetMap = [[0, sourceOffset(map, start)]];
  // From the first segment after `start` (binary search): a paragraph cut into many sentences stays linear.
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] as OffsetSegment)[0] <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < map.length; i++) {
    const [t, s] = map[i] as OffsetSegment;
    if (t >= end) break;
    out.push([t - start, s]);
  }
  return out;
}

/** Shifts every original offset of a map, e.g. when a fragment parsed on its own sits at `delta` in the file. */
export function shiftMap(map: OffsetMap, delta: number): OffsetMap {
  // A plain loop rather than `map` with destructuring: the language server shifts the maps of every sentence
  // after an edit, per keystroke.
  const out: OffsetMap = new Array(map.length);
  for (let i = 0; i < map.length; i++) {
    const segment = map[i] as OffsetSegment;
    out[i] = [segment[0], segment[1] + delta];
  }
  return out;
}

/** True when `inner` lies within `outer` (by offset). */
export function spanContains(outer: SourceSpan, inner: SourceSpan): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}
