/**
 * Exactly the characters `/\s/` matches, tested by UTF-16 code: the text builder and the sentence splitter
 * ask this for every character of a document, where a regular expression per character is measurably slow.
 */
export function isWhiteCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
