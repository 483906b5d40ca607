/**
 * GFM's first pass over text for autolink literals, as a scanner over a string: the rules of
 * micromark-extension-gfm-autolink-literal (where an address may start, what its domain and path may hold,
 * which trailing characters belong to the sentence instead).
 */

/** `[start, end)` ranges in a text value. */
export type Range = readonly [number, number];

const NONE = -1;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

const isAsciiAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiAlphanumeric = (c: number) => isAsciiAlpha(c) || (c >= 48 && c <= 57);
const isAsciiControl = (c: number) => c < 32 || c === 127;
/** `-1` is the end of the text (micromark's `null`). */
const isWhitespace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || (c > 127 && WHITESPACE.test(String.fromCharCode(c)));
const isPunctuation = (c: number) => c >= 0 && PUNCTUATION.test(String.fromCharCode(c));
/** Characters of the local part of a mail address. */
const isAtext = (c: number) => c === 43 || c === 45 || c === 46 || c === 95 || isAsciiAlphanumeric(c);

const at = (s: string, i: number) => (i < s.length ? s.charCodeAt(i) : NONE);

/** `www.` may follow the start, whitespace and a few markup characters only. */
const wwwMayFollow = (c: number) => c === NONE || c === 40 || c === 42 || c === 95 || c === 91 || c === 93 || c === 126 || isWhitespace(c);
const protocolMayFollow = (c: number) => !isAsciiAlpha(c);
const emailMayFollow = (c: number) => !(c === 47 || isAtext(c));

/** Every address in `text`; `previous` is the code of the character before it (-1: none). */
export function scanLiterals(text: string, previous: number): Range[] {
  const found: Range[] = [];
  let prev = previous;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let end = NONE;
    if (isAtext(c) && emailMayFollow(prev)) end = email(text, i);
    if (end === NONE && (c === 72 || c === 104) && protocolMayFollow(prev)) end = protocol(text, i);
    if (end === NONE && (c === 87 || c === 119) && wwwMayFollow(prev)) end = www(text, i);
    if (end > i) {
      found.push([i, end]);
      prev = text.charCodeAt(end - 1);
      i = end;
    } else {
      prev = c;
      i++;
    }
  }
  return found;
}

function email(s: string, start: number): number {
  let i = start;
  while (isAtext(at(s, i))) i++;
  if (at(s, i) !== 64) return NONE;
  i++;
  let dot = false;
  let data = false;
  for (;;) {
    const c = at(s, i);
    if (c === 46) {
      // A dot not followed by a letter or digit ends the sentence, not the domain.
      if (!isAsciiAlphanumeric(at(s, i + 1))) break;
      dot = true;
      i++;
    } else if (c === 45 || c === 95 || isAsciiAlphanumeric(c)) {
      data = true;
      i++;
    } else {
      break;
    }
  }
  return data && dot && isAsciiAlpha(s.charCodeAt(i - 1)) ? i : NONE;
}

function protocol(s: string, start: number): number {
  let i = start + 1;
  while (isAsciiAlpha(at(s, i)) && i - start < 5) i++;
  const name = s.slice(start, i).toLowerCase();
  if (at(s, i) !== 58 || (name !== 'http' && name !== 'https')) return NONE;
  if (at(s, i + 1) !== 47 || at(s, i + 2) !== 47) return NONE;
  i += 3;
  const c = at(s, i);
  if (c === NONE || isAsciiControl(c) || isWhitespace(c) || isPunctuation(c)) return NONE;
  const domainEnd = domain(s, i);
  return domainEnd === NONE ? NONE : path(s, domainEnd);
}

function www(s: string, start: number): number {
  const prefix = s.slice(start, start + 4).toLowerCase();
  if (prefix !== 'www.' || start + 4 >= s.length) return NONE;
  const domainEnd = domain(s, start);
  return domainEnd === NONE ? NONE : path(s, domainEnd);
}

function domain(s: string, start: number): number {
  let i = start;
  let underscoreInLast = false;
  let underscoreInLastButOne = false;
  let seen = false;
  let notTrailUntil = -1;
  for (;;) {
    const c = at(s, i);
    if (c === 46 || c === 95) {
      if (i >= notTrailUntil) {
        const stop = trailStop(s, i);
        if (stop === ENDS) break;
        notTrailUntil = stop;
      }
      if (c === 95) {
        underscoreInLast = true;
      } else {
        underscoreInLastButOne = underscoreInLast;
        underscoreInLast = false;
      }
      i++;
      continue;
    }
    if (c === NONE || isWhitespace(c) || (c !== 45 && isPunctuation(c))) break;
    seen = true;
    i++;
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? NONE : i;
}

/** Characters that end an address when only trailing punctuation and then its end follow. */
const PATH_PUNCTUATION = new Set([33, 34, 38, 39, 41, 42, 44, 46, 58, 59, 60, 63, 93, 95, 126]);

function path(s: string, start: number): number {
  let i = start;
  let open = 0;
  let close = 0;
  let notTrailUntil = -1;
  for (;;) {
    const c = at(s, i);
    if (c === 40) {
      open++;
      i++;
      continue;
    }
    if (c === 41 && close < open) {
      close++;
      i++;
      continue;
    }
    if (PATH_PUNCTUATION.has(c)) {
      if (i >= notTrailUntil) {
        const stop = trailStop(s, i);
        if (stop === ENDS) return i;
        notTrailUntil = stop;
      }
      if (c === 41) close++;
      i++;
      continue;
    }
    if (c === NONE || isWhitespace(c)) return i;
    i++;
  }
}

/** Trailing punctuation (and character references) up to the end, whitespace or `<`: not part of the address. */
const TRAIL = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]);
/** {@link trailStop}: the trailing characters from here end the address. */
const ENDS = -2;

/**
 * Whether the characters from `start` are only trailing punctuation before the end, whitespace or `<`
 * ({@link ENDS}), or else where the scan stopped. Every punctuation character before that stop would get
 * the same answer, so callers skip checking them again: a long run of punctuation is scanned once, not once
 * per character (which made a line of 50 000 `!` after an address take seconds).
 */
function trailStop(s: string, start: number): number {
  let i = start;
  for (;;) {
    const c = at(s, i);
    if (TRAIL.has(c)) {
      i++;
    } else if (c === 38) {
      i++;
      if (!isAsciiAlpha(at(s, i))) return i;
      while (isAsciiAlpha(at(s, i))) i++;
      if (at(s, i) !== 59) return i;
      i++;
    } else if (c === 93) {
      i++;
      const next = at(s, i);
      if (next === NONE || next === 40 || next === 91 || isWhitespace(next)) return ENDS;
    } else {
      return c === 60 || c === NONE || isWhitespace(c) ? ENDS : i;
    }
  }
}
