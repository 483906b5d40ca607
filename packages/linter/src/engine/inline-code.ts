/**
 * Inline code spans (`…`) in a paragraph's source. The parser keeps their text in the sentence (a reader sees
 * it), but words in code are identifiers, not prose: the engine drops findings inside them.
 * CommonMark: a run of n backticks opens a span that the next run of exactly n backticks closes.
 */
export function inlineCodeRanges(source: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let first = from;
  while (first < to && source.charCodeAt(first) !== 96) first++;
  if (first >= to) return ranges; // the common case: no backticks at all
  const closers = new ClosingRuns(source, first, to);
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
    const close = closers.after(i + open, open);
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

/**
 * Every backtick run of `source[from, to)` by length, found in one pass, so finding the run that closes an
 * opener is a pointer step, not a scan of the rest of the paragraph per opener (1 500 runs of different
 * lengths made that quadratic).
 */
class ClosingRuns {
  private readonly byLength = new Map<number, { starts: number[]; next: number }>();

  constructor(source: string, from: number, to: number) {
    let i = from;
    while (i < to) {
      if (source.charCodeAt(i) !== 96) {
        i++;
        continue;
      }
      const n = runLength(source, i, to);
      let runs = this.byLength.get(n);
      if (!runs) this.byLength.set(n, (runs = { starts: [], next: 0 }));
      runs.starts.push(i);
      i += n;
    }
  }

  /** The first run of exactly `length` backticks starting at or after `from` (queries come in order). */
  after(from: number, length: number): number {
    const runs = this.byLength.get(length);
    if (!runs) return -1;
    while (runs.next < runs.starts.length && (runs.starts[runs.next] as number) < from) runs.next++;
    return runs.next < runs.starts.length ? (runs.starts[runs.next] as number) : -1;
  }
}
