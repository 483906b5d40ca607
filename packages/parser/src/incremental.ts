import { shiftMap } from '@scherp/corpus';
import { assemble } from './assemble.js';
import type { RawBlock } from './blocks.js';
import { needsWholeDocument, splitChunks } from './block-split.js';
import { parseFrontMatter } from './front-matter.js';
import { markdownBlocks } from './markdown.js';
import { bomLength, parse, resolveKind } from './parse.js';
import type { TextRange } from './sentences.js';
import type { ParsedDocument, ParseOptions } from './types.js';

interface CachedChunk {
  blocks: RawBlock[];
  frontMatter?: string;
}

/**
 * Re-parses a document after small edits by parsing only the top-level chunks whose text changed (see
 * `block-split.ts`); unchanged chunks come from a cache keyed by their text, so an edit that shifts the
 * rest of the file costs a position shift, not a parse. Sentence splits are cached by paragraph text.
 * The document structure (sections, bundle) is rebuilt every time. The result deep-equals `parse(source)`.
 *
 * Plain text and Markdown with link reference definitions (whose meaning crosses chunks) are parsed whole.
 * One instance per document: the caches hold the previous version only.
 */
export class IncrementalParser {
  private chunks = new Map<string, CachedChunk>();
  private sentences = new Map<string, TextRange[]>();

  parse(source: string, options: ParseOptions = {}): ParsedDocument {
    const kind = resolveKind(source, options);
    if (kind !== 'markdown' || needsWholeDocument(source)) {
      this.chunks.clear();
      return parse(source, { ...options, format: kind });
    }
    const bom = bomLength(source);
    const nextChunks = new Map<string, CachedChunk>();
    const blocks: RawBlock[] = [];
    let frontMatter: string | undefined;
    for (const chunk of splitChunks(source, bom)) {
      const atStart = chunk.start === bom;
      const text = source.slice(chunk.start, chunk.end);
      const key = atStart ? `F${text}` : `B${text}`;
      let cached = nextChunks.get(key) ?? this.chunks.get(key);
      if (!cached) {
        const parsed = markdownBlocks(text, 0, atStart);
        cached = parsed.frontMatter !== undefined ? { blocks: parsed.blocks, frontMatter: parsed.frontMatter } : { blocks: parsed.blocks };
      }
      nextChunks.set(key, cached);
      if (cached.frontMatter !== undefined) frontMatter = cached.frontMatter;
      for (const b of cached.blocks) blocks.push(shift(b, chunk.start));
    }
    this.chunks = nextChunks;
    if (this.sentences.size > 200_000) this.sentences.clear();
    return assemble({
      source,
      kind,
      blocks,
      metadata: parseFrontMatter(frontMatter),
      options: { ...options, format: kind },
      sentenceCache: this.sentences,
    });
  }
}

function shift(b: RawBlock, delta: number): RawBlock {
  const out: RawBlock = { ...b, start: b.start + delta, end: b.end + delta, map: delta === 0 ? b.map : shiftMap(b.map, delta) };
  return out;
}
