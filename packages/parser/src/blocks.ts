import type { OffsetMap, ParagraphKind, ParseFallback } from '@scherp/corpus';

/**
 * A block before sentence splitting and span computation: offsets only, so blocks parsed on their own (by
 * the incremental parser) can be cached and shifted cheaply.
 */
export interface RawBlock {
  kind: ParagraphKind;
  text: string;
  map: OffsetMap;
  /** Source offsets `[start, end)` of the whole block including its markup. */
  start: number;
  end: number;
  prose: boolean;
  quoted: boolean;
  /** Set when the block was read as plain text because Markdown parsing it would cost too much (guard.ts). */
  fallback?: ParseFallback;
  depth?: number;
  ordinal?: number;
}

/** "3 Maak wetgeving flexibel", "3. …", "3) …" → 3. */
export function leadingOrdinal(text: string): number | undefined {
  let i = 0;
  while (i < text.length && i < 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === 0 || i > 3) return undefined;
  let j = i;
  if (text[j] === '.' || text[j] === ')') j++;
  if (text[j] !== ' ' && text[j] !== '\t') return undefined;
  const rest = text.slice(j).trim();
  if (rest.length === 0) return undefined;
  return Number(text.slice(0, i));
}

const LABELLED = /^(?:advies|aanbeveling|voorstel|recommendation)\s+(\d{1,3})\s*(?:[:.)]|[-–—])?\s+\S/i;

/** Ordinal of a numbered title: "3 Titel", "3. Titel", and labelled forms such as "Advies 3: Titel". */
export function titleOrdinal(text: string): number | undefined {
  const plain = leadingOrdinal(text);
  if (plain !== undefined) return plain;
  const m = LABELLED.exec(text.slice(0, 40));
  return m ? Number(m[1]) : undefined;
}

/** A numbered title without its number: "3 Titel" / "Advies 3: Titel" → "Titel". */
export function stripTitleOrdinal(text: string): string {
  return text
    .replace(/^(?:advies|aanbeveling|voorstel|recommendation)\s+\d{1,3}\s*(?:[:.)]|[-–—])?\s+/i, '')
    .replace(/^\d{1,3}[.)]?\s+/, '')
    .trim();
}
