import { ABBREVIATIONS, MONTH_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations.js';
import { isWhiteCode } from './whitespace.js';

export interface TextRange {
  start: number;
  end: number;
}

const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '*', '_']);
const OPENERS = new Set(['"', "'", '“', '‘', '„', '‚', '«', '‹', '(', '[', '¿', '¡', '*', '_']);

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isUpper = (ch: string | undefined): boolean => ch !== undefined && /\p{Lu}/u.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isWhite = (ch: string | undefined): boolean => ch !== undefined && isWhiteCode(ch.charCodeAt(0));

/**
 * Splits Dutch text into sentences. Returns `[start, end)` ranges into `text` that exclude surrounding
 * whitespace. Runs in one left-to-right pass (linear time, no backtracking regular expressions).
 *
 * A sentence ends at `.`, `!`, `?` or `…` (runs such as `?!` and `...` count as one), followed by any closing
 * quotes/brackets, then whitespace and a sentence start (a capital, a digit or an opening quote/bracket), or
 * the end of the text. A full stop does not end a sentence after a known abbreviation, an initial
 * ("J. de Vries"), a month abbreviation in a date ("1 jan. 2026") or when the next word starts in lower case, and `?]` (a
 * placeholder such as "[wie?]") never ends one.
 */
export function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  const n = text.length;
  let start = skipWhite(text, 0);
  let i = start;
  while (i < n) {
    const code = text.charCodeAt(i);
    // '.', '!', '?', '…': compared by code, since this loop visits every character.
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) {
      i++;
      continue;
    }
    // "[wie?]": a question mark closing a bracket is a writer's placeholder, not a sentence end.
    if (code === 63 && text.charCodeAt(i + 1) === 93) {
      i += 2;
      continue;
    }
    const ch = text[i] as string;
    // The terminator run: "...", "?!", "!!!", ".”".
    let j = i;
    while (j < n && isTerminator(text[j] as string)) j++;
    const runIsSingleDot = j - i === 1 && ch === '.';
    let k = j;
    while (k < n && CLOSERS.has(text[k] as string)) k++;
    if (k >= n) break; // the rest is one sentence
    if (!isWhite(text[k])) {
      i = k > j ? k : j; // "1.000", "e-mail.nl", "a.b": no boundary without whitespace
      continue;
    }
    const next = skipWhite(text, k);
    if (next >= n) break;
    if (!startsSentence(text, next)) {
      i = next;
      continue;
    }
    if (runIsSingleDot && !dotEndsSentence(text, i, next)) {
      i = next;
      continue;
    }
    out.push({ start, end: k });
    start = next;
    i = next;
  }
  const end = trimEnd(text, n);
  if (end > start) out.push({ start, end });
  return out;
}

function isTerminator(ch: string): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === '…';
}

function skipWhite(text: string, i: number): number {
  while (i < text.length && isWhiteCode(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && isWhiteCode(text.charCodeAt(end - 1))) end--;
  return end;
}

function startsSentence(text: string, i: number): boolean {
  let p = i;
  // Skip opening quotes/brackets, bounded so a long run of quotes stays linear.
  for (let guard = 0; guard < 4 && p < text.length && OPENERS.has(text[p] as string); guard++) p++;
  const ch = text[p];
  if (isUpper(ch) || isDigit(ch)) return true;
  // A quote or bracket opening a sentence that starts with a non-letter, e.g. "(…)": accept.
  return p > i && !isLetter(ch);
}

/** Decides whether the single full stop at `dot` ends a sentence, given the next sentence would start at `next`. */
function dotEndsSentence(text: string, dot: number, next: number): boolean {
  // The token before the dot: letters and inner dots ("d.w.z", "bijv", "J").
  let b = dot;
  while (b > 0 && b > dot - 24 && (isLetter(text[b - 1]) || text[b - 1] === '.')) b--;
  const token = text.slice(b, dot);
  if (token.length === 0) return true; // after a digit, bracket or quote: "in 2024." ends a sentence
  const lower = token.toLowerCase();
  if (SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return true; // "enz." before a capital
  if (ABBREVIATIONS.has(lower)) return false;
  // Initials: "J. de Vries", "J.P. Balkenende" (single capital letters separated by dots).
  if (isInitials(token)) return false;
  if (MONTH_ABBREVIATIONS.has(lower)) {
    const before = b >= 2 && text[b - 1] === ' ' && isDigit(text[b - 2]);
    return !(before || isDigit(text[next]));
  }
  // Dotted abbreviations not in the list ("v.w.b", "p.m"): one or two letters between dots.
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(token) && token.includes('.')) return false;
  return true;
}

function isInitials(token: string): boolean {
  if (token.length === 0) return false;
  const parts = token.split('.');
  return parts.every((p) => p.length === 1 && isUpper(p)) || (parts.length === 1 && token === 'Th') || token === 'Chr';
}
