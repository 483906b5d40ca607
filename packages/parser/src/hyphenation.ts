/**
 * Decisions about hyphens in extracted text. PDF extraction leaves two kinds of broken words:
 *  - a word split at a line end: "digitalise-" + newline + "ring";
 *  - the same after the line break was already turned into a space: "commis- sie".
 * Real hyphens must survive: "ICT-projecten", "e-mail", "Noord-Holland", and Dutch elliptic compounds
 * ("gegevens- en dataverwerking", "hotel- of taximarkt") where the hyphen is followed by a conjunction.
 */

/** Words after which a hyphen + space is an elliptic compound ("weg- en waterbouw"). */
const CONJUNCTIONS = new Set([
  'en', 'of', 'tot', 'noch', 'als', 'dan', 'maar', 'ofwel', 'zowel', 'en/of', 'c.q.', 't/m', 'resp.', 'respectievelijk',
  'óf', 'én', 'and', 'or', 'nor', 'to', '&',
]);

/** Vowel pairs that would merge into one sound if the hyphen were removed ("zee-egel", "auto-ongeluk"). */
const VOWEL_CLASH = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu', 'ij']);

export type HyphenDecision =
  /** Drop the hyphen and the break: one word. */
  | 'join'
  /** Keep the hyphen, drop the break: "Noord-Holland", "ICT-projecten". */
  | 'keep-hyphen'
  /** Keep hyphen and a space: "gegevens- en". */
  | 'keep-space';

const isLower = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/**
 * `before` is the word fragment before the hyphen (letters only), `after` the next word (up to whitespace).
 * A hyphen is a broken-word artefact only when both sides are lower-case letters, the fragment before is
 * longer than one letter ("e-mail"), the next word is not a conjunction and the join would not glue two
 * vowels into a different sound.
 */
export function decideHyphen(before: string, after: string): HyphenDecision {
  const next = after.replace(/[.,;:!?)"'”’]+$/u, '');
  if (CONJUNCTIONS.has(after.toLowerCase()) || CONJUNCTIONS.has(next.toLowerCase())) return 'keep-space';
  const last = before[before.length - 1];
  const first = after[0];
  if (!isLetter(first)) return 'keep-hyphen';
  if (!isLower(first) || !isLower(last) || before.length < 2) return 'keep-hyphen';
  if (VOWEL_CLASH.has(`${last}${first}`.toLowerCase())) return 'keep-hyphen';
  return 'join';
}

/** The letters directly before index `hyphen` in `text` (at most 40). */
export function fragmentBefore(text: string, hyphen: number): string {
  let b = hyphen;
  while (b > 0 && hyphen - b < 40 && isLetter(text[b - 1])) b--;
  return text.slice(b, hyphen);
}

/** The word starting at `i` (up to whitespace, at most 40 characters). */
export function wordAt(text: string, i: number): string {
  let e = i;
  while (e < text.length && e - i < 40 && !/\s/.test(text[e] as string)) e++;
  return text.slice(i, e);
}
