import {
  LineIndex,
  mapSpan,
  sliceMap,
  type Document,
  type DocumentKind,
  type DocumentMetadata,
  type Paragraph,
  type Sentence,
} from '@scherp/corpus';
import type { RawBlock } from './blocks.js';
import { detectBundle } from './bundle/detect-bundle.js';
import { baseName } from './detect.js';
import { buildSections } from './sections.js';
import { splitSentences, type TextRange } from './sentences.js';
import type { ParsedDocument, ParseOptions } from './types.js';

export interface AssembleInput {
  source: string;
  kind: DocumentKind;
  blocks: RawBlock[];
  metadata: DocumentMetadata;
  options: ParseOptions;
  /** Optional cache of sentence ranges by paragraph text (the incremental parser keeps one). */
  sentenceCache?: Map<string, TextRange[]>;
  /** A line index of `source` the caller already built. */
  lines?: LineIndex;
  /** Paragraphs the caller already built from `blocks` (fresh objects: `sectionIndex` is set here). */
  paragraphs?: Paragraph[];
}

/** Turns blocks into the final document: spans, sentences, sections, title and advice-bundle structure. */
export function assemble(input: AssembleInput): ParsedDocument {
  const { source, kind, blocks, metadata, options } = input;
  const lines = input.lines ?? new LineIndex(source);
  const paragraphs = input.paragraphs ?? blocks.map((b) => toParagraph(b, lines, input.sentenceCache));
  const sections = buildSections(paragraphs);
  const id = options.id ?? (options.filePath ? baseName(options.filePath) : 'untitled');
  const firstH1 = kind === 'markdown' ? paragraphs.find((p) => p.kind === 'heading' && p.depth === 1 && !p.quoted) : undefined;
  const bundle = detectBundle(paragraphs, source, metadata.title ?? firstH1?.text, kind === 'text');
  if (bundle.tableOfContents) markNonProse(paragraphs, bundle.tableOfContents);
  const document: Document = {
    id,
    title: metadata.title ?? firstH1?.text ?? id,
    kind,
    metadata,
    sections,
    paragraphs,
    themes: bundle.themes,
    experts: bundle.experts,
    contributions: bundle.contributions,
    recommendations: bundle.recommendations,
    quotes: bundle.quotes,
  };
  if (options.filePath !== undefined) document.path = options.filePath;
  return { document, source, lines };
}

export function toParagraph(b: RawBlock, lines: LineIndex, cache?: Map<string, TextRange[]>): Paragraph {
  const paragraph: Paragraph = {
    kind: b.kind,
    text: b.text,
    span: lines.span(b.start, Math.max(b.start, b.end)),
    map: b.map,
    sentences: b.prose ? sentencesOf(b, lines, cache) : [],
    prose: b.prose,
    quoted: b.quoted,
    sectionIndex: -1,
  };
  if (b.depth !== undefined) paragraph.depth = b.depth;
  if (b.ordinal !== undefined) paragraph.ordinal = b.ordinal;
  if (b.fallback !== undefined) paragraph.fallback = b.fallback;
  return paragraph;
}

function sentencesOf(b: RawBlock, lines: LineIndex, cache?: Map<string, TextRange[]>): Sentence[] {
  let ranges = cache?.get(b.text);
  if (!ranges) {
    ranges = splitSentences(b.text);
    cache?.set(b.text, ranges);
  }
  return ranges.map(({ start, end }) => ({
    text: b.text.slice(start, end),
    span: mapSpan(b.map, start, end, lines),
    map: sliceMap(b.map, start, end),
  }));
}

/**
 * A table of contents is not prose: its lines repeat headings with page numbers, and linting them would
 * duplicate every finding on a heading. The heading "Inhoud" itself stays prose.
 */
function markNonProse(paragraphs: Paragraph[], range: { start: number; end: number }): void {
  for (const p of paragraphs) {
    if (p.span.start.offset >= range.end) break;
    if (p.kind === 'heading' && p.span.start.offset === range.start) continue;
    if (p.span.start.offset >= range.start && p.span.start.offset < range.end && p.prose) {
      p.prose = false;
      p.sentences = [];
    }
  }
}
