/**
 * Binary search over text of newline-separated, tab-separated lines sorted by one field (UTF-16 code unit order,
 * Array#sort's default). The model's big tables (lexicon, word-list stems) are searched in place this way, so
 * loading the model decodes nothing per entry: decoding them up front took most of the load time.
 */

/**
 * Line starts of the texts searched lately, built on a text's first search (one pass over it, ~1 ms for the
 * lexicon): the search then compares fields in place instead of scanning for newlines and slicing at every
 * step, which was a sixth of the tagger's first pass over new text (compound heads look up many substrings).
 */
const indexes: { text: string; starts: Int32Array }[] = [];

function lineStarts(text: string): Int32Array {
  for (const entry of indexes) if (entry.text === text) return entry.starts;
  const starts: number[] = text.length > 0 ? [0] : [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (at + 1 < text.length) starts.push(at + 1);
  const entry = { text, starts: Int32Array.from(starts) };
  if (indexes.length >= 4) indexes.shift();
  indexes.push(entry);
  return entry.starts;
}

/** Compares the field starting at `from` (ended by a tab, a newline or the text's end) with `key`: <0, 0, >0. */
function compareField(text: string, from: number, key: string): number {
  for (let i = 0; ; i++) {
    const at = from + i;
    let c = at < text.length ? text.charCodeAt(at) : -1;
    if (c === 9 || c === 10) c = -1;
    const k = i < key.length ? key.charCodeAt(i) : -1;
    if (c !== k) return c - k;
    if (c === -1) return 0;
  }
}

/** Start offset of the line whose `field`-th field (0-based) equals `key`, or -1. */
export function findLine(text: string, key: string, field: number): number {
  const starts = lineStarts(text);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = starts[mid]!;
    let from = start;
    for (let k = 0; k < field; k++) {
      const tab = text.indexOf('\t', from);
      const end = text.indexOf('\n', from);
      // A line with fewer fields: its missing field sorts as empty.
      from = tab < 0 || (end >= 0 && tab > end) ? (end < 0 ? text.length : end) : tab + 1;
    }
    const order = compareField(text, from, key);
    if (order === 0) return start;
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** The line starting at `start` (from {@link findLine}). */
export function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}
