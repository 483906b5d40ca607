import type { OffsetMap, ParagraphKind } from '@scherp/corpus';

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
