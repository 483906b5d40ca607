import type { RawBlock } from './blocks.js';
import { GUARD_LIMITS, isBlank, isTextless, measureChunk, plainReading, splitOversized } from './guard.js';

/**
 * Collects the chunks that go to micromark into runs (one parser run for several chunks is cheaper than one
 * each) and keeps every run within the guards: a run ends before it would exceed the size or token budget,
 * a chunk over a limit is split at item boundaries or read as plain text, and blank chunks are skipped.
 * Chunks are chunk-scanner chunks, so where a run ends never changes what its chunks parse to.
 */
export class GuardedRuns {
  private start = -1;
  private end = -1;
  private tokens = 0;

  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly out: RawBlock[],
    private readonly parse: (from: number, to: number) => void,
  ) {}

  add(start: number, end: number): void {
    const { source } = this;
    if (isBlank(source, start, end) || isTextless(source, start, end)) {
      this.flush();
      return;
    }
    const cost = measureChunk(source, start, end);
    if (cost.reason) {
      this.flush();
      this.plain(start, end, cost.reason);
      return;
    }
    if (end - start > GUARD_LIMITS.runChars || cost.tokens > GUARD_LIMITS.runTokens) {
      this.flush();
      const pieces = splitOversized(source, start, end);
      if (!pieces) {
        this.plain(start, end, 'too-large');
        return;
      }
      for (const piece of pieces) {
        const pieceCost = measureChunk(source, piece.start, piece.end);
        if (pieceCost.tokens > GUARD_LIMITS.runTokens * 2) this.plain(piece.start, piece.end, 'too-large');
        else this.parse(piece.start, piece.end);
      }
      return;
    }
    if (this.start >= 0 && (end - this.start > GUARD_LIMITS.runChars || this.tokens + cost.tokens > GUARD_LIMITS.runTokens)) this.flush();
    if (this.start < 0) {
      this.start = start;
      this.tokens = 0;
    }
    this.end = end;
    this.tokens += cost.tokens;
  }

  flush(): void {
    if (this.start < 0) return;
    const { start, end } = this;
    this.start = -1;
    this.parse(start, end);
  }

  private plain(start: number, end: number, reason: Parameters<typeof plainReading>[3]): void {
    for (const b of plainReading(this.source, start, end, reason)) this.out.push(this.base === 0 ? b : shift(b, this.base));
  }
}

function shift(b: RawBlock, delta: number): RawBlock {
  return { ...b, start: b.start + delta, end: b.end + delta, map: b.map.map(([t, s]) => [t, s + delta] as [number, number]) };
}

const DEFINITION = /^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:/gm;

/** Normalised labels of the link reference definitions in `source` (CommonMark: case-folded, whitespace collapsed). */
export function definitionLabels(source: string): Set<string> {
  const labels = new Set<string>();
  for (const m of source.matchAll(DEFINITION)) labels.add(normalizeLabel(m[1] as string));
  return labels;
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

const BRACKETED = /\[((?:[^[\]\\]|\\.){1,999})\]/g;

/**
 * `text` with a definition appended for every label it brackets that the document defines: a run parsed on
 * its own then resolves its references as in the whole document. The definitions come after the text, so
 * its offsets do not move, and definitions have no readable text.
 */
export function withDefinitions(text: string, labels: Set<string> | undefined): string {
  if (!labels || labels.size === 0 || !text.includes(']')) return text;
  const used = new Set<string>();
  for (const m of text.matchAll(BRACKETED)) {
    const label = normalizeLabel(m[1] as string);
    if (labels.has(label)) used.add(label);
  }
  if (used.size === 0) return text;
  let suffix = '\n\n';
  for (const label of used) suffix += `[${label}]: #\n`;
  return text + suffix;
}
