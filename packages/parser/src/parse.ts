import type { DocumentKind } from '@scherp/corpus';
import { assemble } from './assemble.js';
import { detectFormat } from './detect.js';
import { parseFrontMatter } from './front-matter.js';
import { markdownBlocks } from './markdown.js';
import { plainTextBlocks } from './plaintext.js';
import type { ParsedDocument, ParseOptions } from './types.js';

/** Resolves `options.format` (default `auto`) for a source. */
export function resolveKind(source: string, options: ParseOptions): DocumentKind {
  const format = options.format ?? 'auto';
  return format === 'auto' ? detectFormat(options.filePath, source) : format;
}

/** Length of a leading byte order mark: parsed as if absent, but all offsets stay offsets into `source`. */
export function bomLength(source: string): number {
  return source.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/**
 * Parses Markdown or plain text into the Scherp document model. Synchronous, pure and total: any string
 * yields a document (malformed Markdown or front matter degrades, it never throws).
 */
export function parse(source: string, options: ParseOptions = {}): ParsedDocument {
  const kind = resolveKind(source, options);
  const bom = bomLength(source);
  const body = bom > 0 ? source.slice(bom) : source;
  if (kind === 'markdown') {
    const { blocks, frontMatter } = markdownBlocks(body, bom);
    return assemble({ source, kind, blocks, metadata: parseFrontMatter(frontMatter), options });
  }
  return assemble({ source, kind, blocks: plainTextBlocks(body, bom), metadata: parseFrontMatter(undefined), options });
}
