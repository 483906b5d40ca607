/**
 * Text comparison helpers for looking things up in documents whose headings and names come from PDFs and
 * Markdown: the same heading may carry emphasis markers, curly or straight quotes, or a stray hyphen.
 */

/**
 * Folds text to a comparison key: inline Markdown/HTML markup removed, accents stripped, lower case, every
 * run of punctuation or whitespace turned into a single space. "**Realistisch**, waardengedreven" and
 * "realistisch waardengedreven" give the same key.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [label](url) → label
    .replace(/<[^>]+>/g, ' ') // <b>, </b>
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A heading key without a leading ordinal: "1 cloud is geen cloud" → "cloud is geen cloud". */
export function stripOrdinal(key: string): string {
  return key.replace(/^\d+ /, '');
}

function nameTokens(name: string): string[] {
  const key = normalizeText(name);
  return key === '' ? [] : key.split(' ');
}

/**
 * True when two spellings name the same expert. Case, accents, hyphen spacing and a missing first name do
 * not matter: "Van Monsjou" matches "Karen van Monsjou", "Stolk-Luyten" matches "Nicole Stolk - Luyten".
 * The shorter name must be a whole-word tail of the longer one, so "Monsjou" matches but "Karen" does not.
 */
export function expertMatches(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const offset = long.length - short.length;
  return short.every((token, i) => token === long[offset + i]);
}

/** Dutch name particles ("tussenvoegsels") that start a surname. */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', 'in', 't', "'t", 'op', 'la', 'le', 'du']);

/**
 * The surname of a full name, as Dutch writes it when it stands alone: "Karen van Monsjou" → "Van Monsjou",
 * "Perry van der Weijden" → "Van der Weijden", "Nicole Stolk - Luyten" → "Stolk-Luyten". A single word is
 * returned as is.
 */
export function surname(name: string): string {
  const words = name.trim().replace(/\s*-\s*/g, '-').split(/\s+/).filter(Boolean);
  if (words.length <= 1) return words[0] ?? '';
  let start = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (PARTICLES.has((words[i] as string).toLowerCase())) {
      start = i;
      break;
    }
  }
  const tail = words.slice(start).join(' ');
  return tail.charAt(0).toUpperCase() + tail.slice(1);
}
