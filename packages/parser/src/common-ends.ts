/**
 * Lengths of the common prefix and suffix of two strings (not overlapping). Compares 1 KiB blocks with
 * native string equality first: edited documents arrive as concatenated (rope) strings on which a
 * per-character loop is several times slower than a block compare.
 */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  const step = 1024;
  let prefix = 0;
  while (prefix + step <= max && a.slice(prefix, prefix + step) === b.slice(prefix, prefix + step)) prefix += step;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  let suffix = 0;
  while (
    suffix + step <= room &&
    a.slice(a.length - suffix - step, a.length - suffix) === b.slice(b.length - suffix - step, b.length - suffix)
  ) {
    suffix += step;
  }
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}
