import type { ParseErrorCode } from './types.js';

export interface ParseErrorOptions {
  line?: number;
  column?: number;
  cause?: unknown;
}

/**
 * The only error the parser throws. `code` lets callers (CLI exit codes, language server diagnostics) react
 * without parsing the message; the message always names the file and, where known, the position.
 */
export class ParseError extends Error {
  readonly code: ParseErrorCode;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;

  constructor(code: ParseErrorCode, file: string, detail: string, options: ParseErrorOptions = {}) {
    const where = options.line !== undefined ? `${file}:${options.line}:${options.column ?? 1}` : file;
    super(`${where}: ${detail}`, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'ParseError';
    this.code = code;
    this.file = file;
    if (options.line !== undefined) this.line = options.line;
    if (options.column !== undefined) this.column = options.column;
  }
}

export function isParseError(value: unknown): value is ParseError {
  return value instanceof ParseError;
}
