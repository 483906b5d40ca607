/**
 * A small, linear tokenizer for Dutch prose. Every token keeps its offsets into the input so detectors can
 * report exact stretches. Words keep internal hyphens, apostrophes and ampersands ("CIO-Rijk", "CEO's",
 * "B&W"); numbers keep internal separators ("1,5", "10.000"). Everything else is a one-character punct token.
 */
export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  /** Lower case, with curly apostrophes folded to "'" and accents kept. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Index in the token array. */
  index: number;
}

const LETTER = /\p{L}|\p{M}/u;

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(ch);
}

function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Characters that may join two word parts: "CIO-Rijk", "zij-instromen", "CEO's", "B&W". */
function isJoiner(ch: string): boolean {
  return ch === '-' || ch === "'" || ch === '’' || ch === '&' || ch === '‑';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (isLetter(ch) || isDigit(ch)) {
      const start = i;
      let sawLetter = false;
      // One pass: letters/digits, plus joiners and number separators when followed by an alphanumeric.
      while (i < n) {
        const c = text[i]!;
        if (isLetter(c)) {
          sawLetter = true;
          i++;
        } else if (isDigit(c)) {
          i++;
        } else if (i + 1 < n && (isLetter(text[i + 1]!) || isDigit(text[i + 1]!))) {
          if (isJoiner(c)) i++;
          else if ((c === ',' || c === '.') && !sawLetter && isDigit(text[i - 1]!) && isDigit(text[i + 1]!)) i++;
          else break;
        } else break;
      }
      const raw = text.slice(start, i);
      tokens.push({
        text: raw,
        lower: raw.toLowerCase().replace(/’/g, "'"),
        start,
        end: i,
        kind: sawLetter ? 'word' : 'number',
        index: tokens.length,
      });
    } else if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0') {
      i++;
    } else {
      tokens.push({ text: ch, lower: ch, start: i, end: i + 1, kind: 'punct', index: tokens.length });
      i++;
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
