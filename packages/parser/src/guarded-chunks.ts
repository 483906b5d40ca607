import type { RawBlock } from './blocks.js';
import { definitionsOf, normalise, type Definition } from './definitions.js';
import { parseMdast } from './mdast.js';
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

/**
 * The definitions of one chunk: from its mdast when the chunk is safe to parse, else from a linear scan of
 * its lines (a definition line is a definition in any reading), so collecting definitions is guarded too.
 */
export function definitionsIn(text: string, atDocumentStart: boolean): Definition[] {
  const simple = oneLineDefinition(text);
  if (simple) return [simple];
  if (text.length <= GUARD_LIMITS.runChars) {
    const cost = measureChunk(text, 0, text.length);
    if (!cost.reason && cost.tokens <= GUARD_LIMITS.runTokens) return definitionsOf(parseMdast(text, atDocumentStart));
  }
  const out: Definition[] = [];
  for (const m of text.matchAll(DEFINITION_LINE)) {
    const label = m[1] as string;
    if (label.startsWith('^')) out.push({ key: `F${normalise(label.slice(1))}`, stub: `[^${normalise(label.slice(1))}]: x` });
    else out.push({ key: `L${normalise(label)}`, stub: `[${normalise(label)}]: x` });
  }
  return out;
}

const DEFINITION_LINE = /^[ \t>]{0,40}\[((?:[^\]\n\\]|\\.){1,999})\]:/gm;

/**
 * A chunk that is one definition line of the plainest form, then only blank lines: `[bron]: https://…` (a bare
 * address, no title) or `[^1]: Tekst …` (text that starts with a letter, so it holds no nested block or
 * definition). Such a chunk parses to exactly that one definition, so it is read without a parser run: a
 * document with thousands of them paid one micromark run (a fixed cost of ~0.1 ms and more) each.
 */
function oneLineDefinition(text: string): Definition | undefined {
  if (text.charCodeAt(0) !== 91 /* [ */) return undefined;
  const m = ONE_LINE_DEFINITION.exec(text);
  if (!m) return undefined;
  const label = (m[1] ?? m[2] as string).toLowerCase();
  return m[1] !== undefined ? { key: `F${label}`, stub: `[^${label}]: x` } : { key: `L${label}`, stub: `[${label}]: x` };
}

const ONE_LINE_DEFINITION = /^(?:\[\^([A-Za-z0-9_-]{1,64})\]: \p{L}[^\n\r]*|\[([A-Za-z0-9_-]{1,64})\]: [A-Za-z0-9:/._~?#=%+-]+[ \t]*)(?:\r?\n[ \t]*)*$/u;
