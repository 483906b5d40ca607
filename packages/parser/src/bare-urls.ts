/**
 * Bare web and mail addresses in running text ("zie www.voorbeeld.nl", "mail info@voorbeeld.nl"): not prose,
 * so the Markdown reader drops them from paragraph text, as it drops autolinks.
 *
 * GFM calls these autolink literals and finds them twice: a micromark extension while tokenizing, then a
 * regular-expression pass over the text that is left (mdast-util-gfm-autolink-literal). We apply the same two
 * steps to the text nodes of a parse without that extension: it inspected every character of every paragraph
 * and cost about a third of the whole parse, while a cheap pre-check skips nearly every text node here.
 * A differential test holds the result to GFM's own.
 */
import { scanLiterals, type Range } from './autolink-scan.js';

export type { Range };

const NONE: readonly Range[] = [];

/** Cheap pre-check: every address has one of these. */
const MAY_HOLD_ADDRESS = /https?:\/\/|www\.|@/i;

// GFM's pattern is `(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)`. Here the domain parts are bounded
// (a DNS name has at most 253 characters) and the path is found by hand after a match is accepted: a rejected
// match restarts one character later, and unbounded parts would rescan a long run of text each time.
const URL = /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]{0,253}\.[\w\-.]{0,253})/gi;
const PATH_END = /[\t\n\r ]/g;
const MAILTO = /(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g;
const EMAIL = /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])mailto:)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g;

const WHITESPACE_OR_PUNCTUATION = /[\s\p{P}\p{S}]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** GFM does not let an address end in these: they are the sentence's, not the address's. */
const TRAILING = new Set(['!', '"', '&', "'", ')', ',', '.', ':', ';', '<', '>', '?', ']', '}']);

/**
 * The addresses in `value`, in order, without overlaps. `previous` is the character code just before the
 * text in the source (-1 at the start of a block): GFM only starts an address after certain characters.
 */
export function findBareUrls(value: string, previous = -1): readonly Range[] {
  if (!MAY_HOLD_ADDRESS.test(value)) return NONE;
  let found = scanLiterals(value, previous);
  // GFM's second pass: the regular expressions of its mdast transform, one after the other, each on the text
  // that earlier ones left (a found address splits the text node, so look-behinds stop at its edges).
  for (const [pattern, accept] of PATTERNS) found = inGaps(value, found, pattern, accept);
  return found;
}

/** An accepted match: the address, and where the search goes on (after the whole word GFM matched). */
type Found = { range: Range; resume: number };
type Accept = (m: RegExpExecArray) => Found | boolean | undefined;

const PATTERNS: ReadonlyArray<readonly [RegExp, Accept]> = [
  [URL, (m) => webAddress(m)],
  [MAILTO, (m) => !badLabel(m[2] as string)],
  [EMAIL, (m) => !badLabel(m[2] as string)],
];

/** `found` (sorted, disjoint) plus the matches of `pattern` in the text between them, sorted. */
function inGaps(text: string, found: Range[], pattern: RegExp, accept: Accept): Range[] {
  const out: Range[] = [];
  let from = 0;
  for (const range of [...found, [text.length, text.length] as const]) {
    const gap = text.slice(from, range[0]);
    if (MAY_HOLD_ADDRESS.test(gap)) for (const [s, e] of matches(gap, pattern, accept)) out.push([s + from, e + from]);
    if (range[0] < text.length) out.push(range);
    from = range[1];
  }
  return out;
}

/**
 * The accepted matches of a global pattern. A rejected match counts as no match: the search resumes one
 * character after where it started (as mdast-util-find-and-replace does), not after its end.
 */
function matches(text: string, pattern: RegExp, accept: Accept): Range[] {
  const found: Range[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const verdict = accept(m);
    if (verdict === true) {
      found.push([m.index, m.index + m[0].length]);
    } else if (verdict) {
      found.push(verdict.range);
      pattern.lastIndex = Math.max(pattern.lastIndex, verdict.resume);
    } else {
      pattern.lastIndex = m.index + 1;
    }
  }
  return found;
}

function webAddress(m: RegExpExecArray): Found | undefined {
  const input = m.input;
  const at = m.index;
  // GFM only starts an address at the start of the text or after whitespace or punctuation.
  if (at > 0 && !WHITESPACE_OR_PUNCTUATION.test(input[at - 1] as string)) return undefined;
  const protocol = m[1] as string;
  const www = /^w/i.test(protocol);
  const domain = www ? protocol + (m[2] as string) : (m[2] as string);
  if (PUNCTUATION.test(domain[0] as string) || !isCorrectDomain(domain)) return undefined;
  const domainEnd = at + m[0].length;
  PATH_END.lastIndex = domainEnd;
  const pathEnd = PATH_END.exec(input)?.index ?? input.length;
  const kept = keptLength(domain + input.slice(domainEnd, pathEnd));
  return { range: [at, at + (www ? 0 : protocol.length) + kept], resume: pathEnd };
}

/** An address's last two domain labels hold a letter or digit and no underscore. */
function isCorrectDomain(domain: string): boolean {
  const parts = domain.split('.');
  if (parts.length < 2) return false;
  for (const part of parts.slice(-2)) {
    if (part && (part.includes('_') || !/[\dA-Za-z]/.test(part))) return false;
  }
  return true;
}

/** A mail domain may not end in a digit, hyphen or underscore. */
function badLabel(label: string): boolean {
  return /[\d\-_]$/.test(label);
}

/**
 * How much of `url` GFM keeps: trailing punctuation goes back to the sentence, except closing parentheses
 * that balance an opening one inside the address.
 */
function keptLength(url: string): number {
  let end = url.length;
  while (end > 0 && TRAILING.has(url[end - 1] as string)) end--;
  if (end === url.length) return end;
  let opening = 0;
  let closing = 0;
  for (let i = 0; i < end; i++) {
    if (url[i] === '(') opening++;
    else if (url[i] === ')') closing++;
  }
  let trailClose = url.indexOf(')', end);
  while (trailClose !== -1 && opening > closing) {
    end = trailClose + 1;
    closing++;
    trailClose = url.indexOf(')', end);
  }
  return end;
}
