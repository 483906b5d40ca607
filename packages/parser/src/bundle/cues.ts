import type { Paragraph, Quote } from '@scherp/corpus';
import { titleOrdinal } from '../blocks.js';
import { similarity } from './names.js';

/** Small predicates on paragraphs that the bundle detector combines. */

/** Word count, counting no further than `limit` (long paragraphs are only ever compared with small limits). */
export function words(text: string, limit = 1000): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count <= limit; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Similarity of two comparison keys, skipping the edit-distance computation when lengths differ a lot. */
export function keySimilarity(a: string, b: string, threshold: number): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0 || Math.abs(a.length - b.length) > (1 - threshold) * longer) return 0;
  return similarity(a, b);
}

/** Heading level given to bold numbered lines ("**1. Titel**"), which stand in for headings in some bundles. */
export const BOLD_LINE_LEVEL = 7;

/** The number of a numbered heading, or of a short paragraph set entirely in bold that starts with a number. */
export function itemNumber(
  p: Paragraph,
  source: string,
  plainText = false,
): { number: number; level: number } | undefined {
  if (p.quoted) return undefined;
  if (p.kind === 'heading') return p.ordinal !== undefined ? { number: p.ordinal, level: p.depth ?? 1 } : undefined;
  if (p.kind !== 'paragraph' || p.text.length > 160) return undefined;
  if (plainText) {
    // Plain text has no markup: a short numbered line without closing punctuation stands for a heading.
    const number = titleOrdinal(p.text);
    if (number === undefined || /[.,;:]$/.test(p.text) || words(p.text, 16) > 15) return undefined;
    return { number, level: BOLD_LINE_LEVEL };
  }
  const first = source[p.span.start.offset];
  const last = source[p.span.end.offset - 1];
  if (!((first === '*' || first === '_') && (last === '*' || last === '_'))) return undefined;
  const number = titleOrdinal(p.text);
  return number !== undefined ? { number, level: BOLD_LINE_LEVEL } : undefined;
}

/** The last block of a contribution that is not trailing whitespace-only or non-prose. */
export function lastContentIndex(start: number, end: number, paragraphs: Paragraph[]): number {
  for (let i = Math.min(end, paragraphs.length - 1); i > start; i--) {
    if ((paragraphs[i] as Paragraph).prose) return i;
  }
  return start;
}

const OPEN_QUOTE = /^["“„‘'«]/u;
const CLOSE_QUOTE = /["”’'»][.!?]?$/u;

/**
 * A pull quote: a paragraph that is entirely a quotation and set apart — in a block quote, or emphasised
 * (`*“…”*`), or short. Quotations inside running text are not pull quotes.
 */
export function isPullQuote(p: Paragraph, source: string): boolean {
  if (p.kind !== 'paragraph') return false;
  if (p.quoted) return true;
  const text = p.text.trim();
  if (!OPEN_QUOTE.test(text) || !CLOSE_QUOTE.test(text)) return false;
  const first = source[p.span.start.offset];
  return first === '*' || first === '_' || words(text) <= 25;
}

export function quoteOf(p: Paragraph, names: string[]): Quote {
  const text = p.text.trim().replace(/^["“„‘'«]\s*/u, '').replace(/\s*["”’'»]([.!?]?)$/u, '$1');
  const quote: Quote = { text, span: p.span };
  if (names.length > 0) quote.attribution = names.join(', ');
  return quote;
}

export function uniqueId(base: string, used: Map<string, number>): string {
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen + 1}`;
}
