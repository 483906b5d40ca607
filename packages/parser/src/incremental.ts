import {
  detachString,
  LineIndex,
  shiftMap,
  type DocumentKind,
  type DocumentMetadata,
  type OffsetMap,
  type OffsetSegment,
  type Paragraph,
  type Sentence,
  type SourceSpan,
} from '@scherp/corpus';
import { assemble, toParagraph } from './assemble.js';
import type { RawBlock } from './blocks.js';
import { scanChunks, type Chunk } from './block-split.js';
import { DefinitionIndex, referenceKeys, type Definition } from './definitions.js';
import { commonEnds } from './common-ends.js';
import { updateLineIndex } from './line-index.js';
import { parseFrontMatter } from './front-matter.js';
import { documentDefinitions, markdownBlocks } from './markdown.js';
import { bomLength, parse, resolveKind } from './parse.js';
import type { TextRange } from './sentences.js';
import type { ParsedDocument, ParseOptions } from './types.js';

/** One parsed chunk: blocks relative to the chunk start (cacheable by text and definition stand-ins). */
interface ParsedChunk {
  blocks: RawBlock[];
  frontMatter: string | undefined;
  /** The chunk's own link reference and footnote definitions. */
  definitions: Definition[];
  /** The definition keys the chunk may refer to, and the stand-ins it was parsed with (see definitions.ts). */
  keys: string[];
  prefix: string;
}

/**
 * A chunk of the current version with its paragraphs at their positions in that version. The paragraph
 * objects are templates: results get shallow copies, because building sections writes `sectionIndex`.
 */
interface PlacedChunk extends Chunk {
  parsed: ParsedChunk;
  paragraphs: Paragraph[];
  /** With `shareParagraphs`: the copies of `paragraphs` the last result handed out. */
  handedOut: Paragraph[] | undefined;
}

export interface IncrementalParserOptions {
  /**
   * Let a result reuse the paragraph objects of the previous result where the paragraph did not change
   * (instead of a fresh copy of every paragraph per call). Paragraphs after an edit are moved in place: their
   * spans, sentence spans and offset maps are updated where they are, so an edit allocates nothing for the
   * rest of the document. Each parse also writes `sectionIndex` (and a table of contents' `prose`/`sentences`)
   * into the paragraphs it returns. An earlier result therefore sees positions and those fields change: only
   * for callers that use just the latest result, such as the language server.
   * Default false: every result is independent of the others.
   */
  shareParagraphs?: boolean;
}

interface State {
  source: string;
  kind: DocumentKind;
  bom: number;
  lines: LineIndex;
  chunks: PlacedChunk[];
  definitions: DefinitionIndex;
}

const NO_DEFINITIONS = new DefinitionIndex([]);

/**
 * Re-parses a document after edits by re-parsing only what changed (for the language server, per
 * keystroke). The source is cut into top-level chunks (see `block-split.ts`). After an edit, the common
 * prefix and suffix of the old and new text locate the change: chunks before it are reused as they are,
 * the chunks around it are re-scanned and re-parsed (from a cache keyed by chunk text when possible), and
 * the chunks after it are shifted — their paragraphs move by the same offset and line delta, columns stay.
 * Sentence splits are cached by paragraph text; sections and bundle structure are rebuilt every time.
 * The result deep-equals `parse(source, options)`.
 *
 * Link reference and footnote definitions, whose meaning crosses chunks, are handed to the chunks that may
 * refer to them (see definitions.ts); when the document's definitions change, exactly the chunks whose
 * stand-ins change are parsed again. Plain text is parsed whole. Use one instance per document.
 */
export class IncrementalParser {
  private state: State | undefined;
  private cache = new Map<string, ParsedChunk>();
  private sentences = new Map<string, TextRange[]>();
  private frontMatter: { yaml: string | undefined; metadata: DocumentMetadata } | undefined;
  private readonly shareParagraphs: boolean;
  /** The definitions chunks are placed with now. */
  private definitions = NO_DEFINITIONS;

  constructor(options: IncrementalParserOptions = {}) {
    this.shareParagraphs = options.shareParagraphs === true;
  }

  parse(source: string, options: ParseOptions = {}): ParsedDocument {
    const kind = resolveKind(source, options);
    const opts: ParseOptions = { ...options, format: kind };
    if (kind !== 'markdown') {
      this.state = undefined;
      return parse(source, opts);
    }
    const bom = bomLength(source);
    const prev = this.state;
    let chunks: PlacedChunk[];
    let lines: LineIndex;
    // Chunks are placed with the definitions of the previous version; should this version's differ, the
    // chunks whose stand-ins changed are placed again below.
    let assumed: DefinitionIndex;
    if (prev && prev.kind === kind && prev.bom === bom) {
      const { prefix, suffix } = commonEnds(prev.source, source);
      lines = updateLineIndex(prev.lines, source, prefix, suffix);
      assumed = prev.definitions;
      this.definitions = assumed;
      chunks = this.rechunk(prev, source, lines, prefix, suffix);
    } else {
      lines = new LineIndex(source);
      const scanned = scanChunks(source, bom, true).chunks;
      assumed = documentDefinitions(source, scanned, bom);
      this.definitions = assumed;
      chunks = scanned.map((c) => this.place(source, c, bom, lines));
    }
    const definitions = this.updateDefinitions(source, chunks, bom, lines, assumed);
    this.state = { source, kind, bom, lines, chunks, definitions };
    this.trimCaches(chunks);

    const paragraphs: Paragraph[] = [];
    let frontMatter: string | undefined;
    for (const c of chunks) {
      if (c.parsed.frontMatter !== undefined) frontMatter = c.parsed.frontMatter;
      if (this.shareParagraphs) this.handOut(c, paragraphs);
      else for (const p of c.paragraphs) paragraphs.push(copyParagraph(p));
    }
    return assemble({
      source,
      kind,
      blocks: [],
      paragraphs,
      metadata: this.metadataOf(frontMatter),
      options: opts,
      sentenceCache: this.sentences,
      lines,
    });
  }

  /**
   * Appends the chunk's paragraphs as last time's objects where possible. A chunk object that survives from the
   * previous version did not change or move, so its handed-out copies still fit unless `assemble` turned one
   * into non-prose (a table of contents): those, and the paragraphs of new or moved chunks, are fresh copies.
   */
  private handOut(c: PlacedChunk, into: Paragraph[]): void {
    const previous = c.handedOut;
    if (previous && fitsTemplates(previous, c.paragraphs)) {
      // The usual case, with nothing to copy: no new list either.
      for (const p of previous) into.push(p);
      return;
    }
    const out: Paragraph[] = [];
    for (let i = 0; i < c.paragraphs.length; i++) {
      const template = c.paragraphs[i]!;
      const last = previous?.[i];
      out.push(last && fitsTemplate(last, template) ? last : copyParagraph(template));
    }
    c.handedOut = out;
    for (const p of out) into.push(p);
  }

  /** Chunks of `source` given the previous version and the unchanged prefix/suffix lengths. */
  private rechunk(prev: State, source: string, lines: LineIndex, prefix: number, suffix: number): PlacedChunk[] {
    const old = prev.chunks;
    const delta = source.length - prev.source.length;
    // The first chunk touched by the edit; start one earlier, since an edit at a chunk's first character can
    // merge it with the chunk before.
    const k = firstEndingAfter(old, prefix);
    const startIndex = Math.max(0, Math.min(k, old.length - 1) - 1);
    // The result: the chunks before the edit as they are, then the re-scanned ones, then the moved rest.
    const out = old.slice(0, startIndex);
    const from = startIndex < old.length ? (old[startIndex] as PlacedChunk).start : prev.bom;
    // Old chunks that start in the unchanged suffix, where a re-scan may stop: old[suffixFrom..].
    const suffixFrom = firstStartingAt(old, prev.source.length - suffix);
    const oldIndexOf = (start: number): number => {
      const i = firstStartingAt(old, start, suffixFrom);
      return i < old.length && (old[i] as PlacedChunk).start === start ? i : -1;
    };
    const unchangedFrom = source.length - suffix;
    // A chunk parsed at the document's start (front matter) is reused only where it still is the start, and
    // the other way round.
    const scan = scanChunks(source, from, from === prev.bom, (b) => b >= unchangedFrom && oldIndexOf(b - delta) !== -1 && (b - delta === prev.bom) === (b === prev.bom));
    for (const c of scan.chunks) out.push(this.place(source, c, prev.bom, lines));
    if (scan.stoppedAt !== undefined) {
      const lineDelta = lines.lineStarts.length - prev.lines.lineStarts.length;
      const moved = delta !== 0 || lineDelta !== 0;
      const inPlace = this.shareParagraphs;
      for (let i = oldIndexOf(scan.stoppedAt - delta); i < old.length; i++) {
        const c = old[i] as PlacedChunk;
        if (inPlace) {
          // Only the latest result is in use: move the chunk's paragraphs where they are instead of copying
          // them, so an edit allocates nothing for the (often large) part of the document after it.
          if (moved) for (const p of c.paragraphs) shiftParagraphInPlace(p, delta, lineDelta);
          c.start += delta;
          c.end += delta;
          out.push(c);
          continue;
        }
        out.push({
          start: c.start + delta,
          end: c.end + delta,
          parsed: c.parsed,
          paragraphs: moved ? c.paragraphs.map((p) => shiftParagraph(p, delta, lineDelta)) : c.paragraphs,
          handedOut: undefined,
        });
      }
    }
    return out;
  }

  /**
   * The definitions of the chunks placed, in order. When they differ from those the chunks were placed with,
   * every chunk whose stand-ins differ is placed again (its paragraphs are new objects).
   */
  private updateDefinitions(source: string, chunks: PlacedChunk[], bom: number, lines: LineIndex, assumed: DefinitionIndex): DefinitionIndex {
    let all: Definition[] | undefined;
    for (const c of chunks) {
      if (c.parsed.definitions.length === 0) continue;
      all ??= [];
      for (const d of c.parsed.definitions) all.push(d);
    }
    const actual = all ? new DefinitionIndex(all) : NO_DEFINITIONS;
    if (actual.signature() === assumed.signature()) return assumed;
    this.definitions = actual;
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i] as PlacedChunk;
      if (actual.prefixFor(c.parsed.keys) !== c.parsed.prefix) chunks[i] = this.place(source, c, bom, lines);
    }
    return actual;
  }

  private place(source: string, chunk: Chunk, bom: number, lines: LineIndex): PlacedChunk {
    const atStart = chunk.start === bom;
    const slice = source.slice(chunk.start, chunk.end);
    const keys = referenceKeys(slice);
    const prefix = this.definitions.prefixFor(keys);
    const key = `${atStart ? 'F' : 'B'}${prefix}\u0000${slice}`;
    let parsed = this.cache.get(key);
    if (!parsed) {
      // Parse a detached copy: engines keep a sliced string's whole parent alive, and every text of the
      // blocks (and every sentence and token the linter later cuts from them) would be a slice of `source`,
      // so cached chunks and analyses would pin one old version of a large document per edit.
      const text = detachString(slice);
      const result = markdownBlocks(text, 0, atStart, this.definitions);
      parsed = { blocks: result.blocks, frontMatter: result.frontMatter, definitions: result.definitions ?? [], keys, prefix };
      this.cache.set(detachString(key), parsed);
    }
    const paragraphs = parsed.blocks.map((b) => toParagraph(shiftBlock(b, chunk.start), lines, this.sentences));
    // Every field set here, in one order: all placed chunks share one shape, so the loops over them stay fast.
    return { start: chunk.start, end: chunk.end, parsed, paragraphs, handedOut: undefined };
  }

  /** The YAML is parsed again only when the front matter changed; every result gets its own copy. */
  private metadataOf(yaml: string | undefined): DocumentMetadata {
    if (!this.frontMatter || this.frontMatter.yaml !== yaml) this.frontMatter = { yaml, metadata: parseFrontMatter(yaml) };
    return structuredClone(this.frontMatter.metadata);
  }

  /** Keeps the caches bounded: parsed chunks of the current version, recent sentence splits. */
  private trimCaches(chunks: PlacedChunk[]): void {
    if (this.cache.size > chunks.length * 2 + 64) {
      const live = new Set(chunks.map((c) => c.parsed));
      for (const [key, value] of this.cache) if (!live.has(value)) this.cache.delete(key);
    }
    if (this.sentences.size > 200_000) this.sentences.clear();
  }
}

/** A handed-out copy still fits its template unless `assemble` made it non-prose (a table of contents). */
function fitsTemplate(copy: Paragraph, template: Paragraph): boolean {
  return copy.prose === template.prose && copy.sentences === template.sentences;
}

function fitsTemplates(copies: readonly Paragraph[], templates: readonly Paragraph[]): boolean {
  if (copies.length !== templates.length) return false;
  for (let i = 0; i < copies.length; i++) if (!fitsTemplate(copies[i]!, templates[i]!)) return false;
  return true;
}

/** Index of the first chunk that ends after `offset` (chunks are in order and do not overlap). */
function firstEndingAfter(chunks: readonly Chunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((chunks[mid] as Chunk).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first chunk at or after `offset`, searching from `from`. */
function firstStartingAt(chunks: readonly Chunk[], offset: number, from = 0): number {
  let lo = from;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((chunks[mid] as Chunk).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A block of a cached chunk at `delta`: always a new object with its own map (maps may be shifted in place). */
function shiftBlock(b: RawBlock, delta: number): RawBlock {
  return { ...b, start: b.start + delta, end: b.end + delta, map: shiftMap(b.map, delta) };
}

/** A paragraph of a chunk that moved as a whole: offsets and lines shift, columns stay. */
function shiftParagraph(p: Paragraph, delta: number, lineDelta: number): Paragraph {
  const span = (s: SourceSpan): SourceSpan => ({
    start: { line: s.start.line + lineDelta, column: s.start.column, offset: s.start.offset + delta },
    end: { line: s.end.line + lineDelta, column: s.end.column, offset: s.end.offset + delta },
  });
  const moved = copyParagraph(p);
  moved.span = span(p.span);
  moved.map = shiftMap(p.map, delta);
  const sentences: Sentence[] = new Array(p.sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = p.sentences[i]!;
    sentences[i] = { text: s.text, span: span(s.span), map: shiftMap(s.map, delta) };
  }
  moved.sentences = sentences;
  return moved;
}

/**
 * `shiftParagraph` without copies, for `shareParagraphs`: every span, position and map segment of a placed
 * paragraph is its own (see `place` and `toParagraph`), and results share them with nothing but each other.
 */
function shiftParagraphInPlace(p: Paragraph, delta: number, lineDelta: number): void {
  shiftSpanInPlace(p.span, delta, lineDelta);
  shiftMapInPlace(p.map, delta);
  for (const s of p.sentences) {
    shiftSpanInPlace(s.span, delta, lineDelta);
    shiftMapInPlace(s.map, delta);
  }
}

function shiftSpanInPlace(s: SourceSpan, delta: number, lineDelta: number): void {
  s.start.offset += delta;
  s.start.line += lineDelta;
  s.end.offset += delta;
  s.end.line += lineDelta;
}

function shiftMapInPlace(map: OffsetMap, delta: number): void {
  for (let i = 0; i < map.length; i++) (map[i] as OffsetSegment)[1] += delta;
}

/**
 * A shallow copy with the fields in `toParagraph`'s order. Spelled out rather than `{ ...p }`: object spread
 * of these differently shaped objects (optional `depth`/`ordinal`) takes a slow generic path, and every
 * check copies every paragraph.
 */
function copyParagraph(p: Paragraph): Paragraph {
  const copy: Paragraph = {
    kind: p.kind,
    text: p.text,
    span: p.span,
    map: p.map,
    sentences: p.sentences,
    prose: p.prose,
    quoted: p.quoted,
    sectionIndex: p.sectionIndex,
  };
  if (p.depth !== undefined) copy.depth = p.depth;
  if (p.ordinal !== undefined) copy.ordinal = p.ordinal;
  if (p.fallback !== undefined) copy.fallback = p.fallback;
  return copy;
}
