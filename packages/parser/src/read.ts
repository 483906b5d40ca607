import { readDocx, type DocxText } from './docx.js';
import { ParseError } from './errors.js';
import { parse } from './parse.js';
import type { ParsedDocument, ParseOptions } from './types.js';

/** Larger inputs are refused: a policy document is never this big, and the linter is not built for it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Reads a UTF-8 file and parses it. Throws only {@link ParseError}: `not-found`, `unreadable` (directory,
 * permissions), `too-large` (> 50 MB), `not-text` (NUL bytes: a binary file) or `invalid-utf8` (with the
 * line and column of the first bad byte). A UTF-8 byte order mark is dropped by the decoder, so offsets are
 * offsets into the text the editor shows.
 */
export async function readDocument(path: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  const source = await readText(path);
  return parse(source, { ...options, filePath: options.filePath ?? path });
}

/** Reads and validates a text file; exported for tools that want the text without parsing it. */
export async function readText(path: string): Promise<string> {
  return decodeUtf8(await readBytes(path), path);
}

/** A Word file's text (see {@link readDocx}), with the same checks as text files (exists, regular file, ≤ 50 MB). */
export async function readDocxFile(path: string): Promise<DocxText> {
  return readDocx(await readBytes(path), path);
}

async function readBytes(path: string): Promise<Uint8Array> {
  // Loaded here, not at the top: the browser build of the parser must not need a file system to load.
  const { readFile, stat } = await import('node:fs/promises');
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ParseError('unreadable', path, 'is a directory, not a text file');
    if (!info.isFile()) throw new ParseError('unreadable', path, 'is not a regular file');
    size = info.size;
  } catch (error) {
    throw toParseError(error, path);
  }
  if (size > MAX_FILE_BYTES) {
    throw new ParseError('too-large', path, `is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw toParseError(error, path);
  }
  if (bytes.length > MAX_FILE_BYTES) throw new ParseError('too-large', path, 'is larger than the 50 MB limit');
  return bytes;
}

/** Decodes UTF-8 strictly, reporting binary content and the position of the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = positionOfByte(bytes, nul);
    throw new ParseError('not-text', path, 'contains NUL bytes: this looks like a binary file, not text', { line, column });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    const hex = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
    throw new ParseError('invalid-utf8', path, `is not valid UTF-8 (byte 0x${hex} at byte offset ${bad}); save the file as UTF-8`, {
      line,
      column,
      cause,
    });
  }
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** 1-based line and column (in UTF-16 code units of the valid text before it) of a byte. */
function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, index));
  return { line, column: prefix.length + 1 };
}

function toParseError(error: unknown, path: string): ParseError {
  if (error instanceof ParseError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ParseError('not-found', path, 'file not found', { cause: error });
  if (code === 'EISDIR') return new ParseError('unreadable', path, 'is a directory, not a text file', { cause: error });
  if (code === 'EACCES' || code === 'EPERM') return new ParseError('unreadable', path, 'permission denied', { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new ParseError('unreadable', path, `cannot be read (${detail})`, { cause: error });
}
