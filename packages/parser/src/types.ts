import type { Document, LineIndex } from '@scherp/corpus';

export type InputFormat = 'markdown' | 'text' | 'auto';

export interface ParseOptions {
  /** Used for `Document.path` and `Document.id` (base name) and in error messages. */
  filePath?: string;
  /** Overrides the id derived from `filePath`. */
  id?: string;
  /**
   * `auto` (default): `.md`/`.markdown`/`.mdx` → markdown; anything else (including `.txt`, often Markdown in
   * practice) is sniffed from the content — see `detectFormat`.
   */
  format?: InputFormat;
}

/** A parsed document together with the exact source it came from. */
export interface ParsedDocument {
  document: Document;
  source: string;
  lines: LineIndex;
}

export type ParseErrorCode = 'not-found' | 'unreadable' | 'not-text' | 'invalid-utf8' | 'too-large' | 'invalid-docx';
