/**
 * Integer hashing for the tagger's features. Every feature is one 32-bit number built from per-word hashes that
 * are computed once per word type, so the hot loop never concatenates strings.
 */

/** Murmur3's finaliser: spreads every input bit over the output (weights are indexed by its low bits). */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines two hashes (order matters). */
export function combine(a: number, b: number): number {
  return mix(Math.imul(a, 0x9e3779b1) + b);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `s`. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** Hashes of the last 1..n code units of `s` (index k-1 = last k units), read backwards in one pass. */
export function suffixHashes(s: string, n: number, out: Int32Array, at: number): void {
  let h = 0x2545f491;
  const len = s.length;
  for (let k = 1; k <= n; k++) {
    // Shorter words repeat their full-word hash with a length marker, so "de" has no fake 3-letter suffix.
    h = k <= len ? Math.imul(h ^ s.charCodeAt(len - k), FNV_PRIME) : Math.imul(h ^ 0x10000, FNV_PRIME);
    out[at + k - 1] = h | 0;
  }
}

/** Hashes of the first 1..n code units of `s`. */
export function prefixHashes(s: string, n: number, out: Int32Array, at: number): void {
  let h = 0x68e31da4;
  for (let k = 1; k <= n; k++) {
    h = k <= s.length ? Math.imul(h ^ s.charCodeAt(k - 1), FNV_PRIME) : Math.imul(h ^ 0x10000, FNV_PRIME);
    out[at + k - 1] = h | 0;
  }
}
