/**
 * Inline code spans (`…`) in a paragraph's source. The parser keeps their text in the sentence (a reader sees
 * it), but words in code are identifiers, not prose: the engine drops findings inside them.
 * CommonMark: a run of n backticks opens a span that the next run of exactly n backticks closes.
 */
export function inlineCodeRanges(source: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const first = source.indexOf('`', from);
  if (first === -1 || first >= to) return ranges; // the common case: no backticks at all
  let i = from;
  while (i < to) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \ */) {
      i += 2;
      continue;
    }
    if (c !== 96 /* ` */) {
      i++;
      continue;
    }
    const open = runLength(source, i, to);
    const close = findClosingRun(source, i + open, to, open);
    if (close === -1) {
      i += open; // an unmatched run is literal backticks
      continue;
    }
    ranges.push([i, close + open]);
    i = close + open;
  }
  return ranges;
}

function runLength(source: string, at: number, to: number): number {
  let n = 0;
  while (at + n < to && source.charCodeAt(at + n) === 96) n++;
  return n;
}

function findClosingRun(source: string, from: number, to: number, length: number): number {
  let i = source.indexOf('`', from);
  while (i !== -1 && i < to) {
    const n = runLength(source, i, to);
    if (n === length) return i;
    i = source.indexOf('`', i + n);
  }
  return -1;
}
