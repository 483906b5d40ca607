/**
 * Binary search over text of newline-separated, tab-separated lines sorted by one field (UTF-16 code unit order,
 * Array#sort's default). The model's big tables (lexicon, word-list stems) are searched in place this way, so
 * loading the model decodes nothing per entry: decoding them up front took most of the load time.
 */

/** Start offset of the line whose `field`-th field (0-based) equals `key`, or -1. */
export function findLine(text: string, key: string, field: number): number {
  let lo = 0;
  let hi = text.length;
  // Invariant: `lo` is the start of a line, and the key's line, if any, starts in [lo, hi).
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    let from = start;
    for (let k = 0; k < field; k++) from = text.indexOf('\t', from) + 1;
    let to = text.indexOf('\t', from);
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    if (to < 0 || to > end) to = end;
    const value = text.slice(from, to);
    if (value === key) return start;
    if (value < key) lo = end + 1;
    else hi = start;
  }
  return -1;
}

/** The line starting at `start` (from {@link findLine}). */
export function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}
