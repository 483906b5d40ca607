/**
 * A small, linear tokenizer for Dutch prose. Every token keeps its offsets into the input so detectors can
 * report exact stretches. Words keep internal hyphens, apostrophes and ampersands ("CIO-Rijk", "CEO's",
 * "B&W"); numbers keep internal separators ("1,5", "10.000"). Everything else is a one-character punct token.
 */
export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  /** Lower case, curly apostrophes folded to "'", stress accents removed ("wél" → "wel"); diaereses kept. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Index in the token array. */
  index: number;
  /** First three UTF-16 units of `lower` packed in a number: the phrase matchers' index for prefix patterns. */
  key: number;
  /**
   * Bit set of the phrase matchers that may start a match at this token (see phrases.ts). -1 = unknown: every
   * matcher checks the token itself. Filled in once per sentence so that a dozen lexicons cost one lookup.
   */
  mask: number;
}

const LETTER = /\p{L}|\p{M}/u;
/** Letter test for non-ASCII code units, memoised: policy text uses a few dozen accented letters. */
const nonAsciiLetter = new Map<number, boolean>();

function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let known = nonAsciiLetter.get(c);
  if (known === undefined) {
    known = LETTER.test(String.fromCharCode(c));
    nonAsciiLetter.set(c, known);
  }
  return known;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isAlnumCode = (c: number): boolean => isDigitCode(c) || isLetterCode(c);

/** Characters that may join two word parts: "CIO-Rijk", "zij-instromen", "CEO's", "B&W". */
function isJoinerCode(c: number): boolean {
  return c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 38 /* & */ || c === 0x2011 /* ‑ */;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

const EMPHASIS: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };
const EMPHASIS_RE = /[áéíóú]/g;

/**
 * Dutch writes stress with acute accents ("wél", "zó", "dát"); they are folded away in `lower`. "één" (one) is a
 * different word from "een" (a) and keeps its accents.
 */
function isAcute(c: number): boolean {
  return c === 0xe1 || c === 0xe9 || c === 0xed || c === 0xf3 || c === 0xfa || c === 0xc1 || c === 0xc9 || c === 0xcd || c === 0xd3 || c === 0xda;
}

function stripEmphasis(lower: string): string {
  return lower.replace(EMPHASIS_RE, (ch) => EMPHASIS[ch]!);
}

/** Packs the first three UTF-16 code units of `s` into one number (no string allocation per token). */
export function prefixKey(s: string): number {
  return s.charCodeAt(0) * 4294967296 + (s.length > 1 ? s.charCodeAt(1) * 65536 : 0) + (s.length > 2 ? s.charCodeAt(2) : 0);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAlnumCode(c)) {
      const start = i;
      let sawLetter = false;
      let sawAcute = false;
      // One pass: letters/digits, plus joiners and number separators when followed by an alphanumeric.
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetterCode(d)) {
          sawLetter = true;
          if (d >= 0xc1 && d <= 0xfa) sawAcute ||= isAcute(d);
          i++;
        } else if (isDigitCode(d)) {
          i++;
        } else if (i + 1 < n && isAlnumCode(text.charCodeAt(i + 1))) {
          if (isJoinerCode(d)) i++;
          else if ((d === 44 || d === 46) && !sawLetter && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) i++;
          else break;
        } else break;
      }
      const raw = text.slice(start, i);
      let lower = raw.toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
      if (sawAcute && lower !== 'één' && lower !== 'ééns') lower = stripEmphasis(lower);
      tokens.push({ text: raw, lower, start, end: i, kind: sawLetter ? 'word' : 'number', index: tokens.length, key: prefixKey(lower), mask: -1 });
    } else if (isSpaceCode(c)) {
      i++;
    } else {
      // Surrogate pairs (emoji) stay one token.
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const ch = text.slice(i, i + len);
      tokens.push({ text: ch, lower: ch, start: i, end: i + len, kind: 'punct', index: tokens.length, key: prefixKey(ch), mask: -1 });
      i += len;
    }
  }
  return tokens;
}

/** Count of tokens with a letter or digit. */
export function countWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind !== 'punct') n++;
  return n;
}
