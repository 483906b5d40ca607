import type { Localized } from '@scherp/corpus';

/**
 * Why a configuration file cannot be used: the file, the position where there is one, and the reason in
 * Dutch and English. The CLI turns it into one line and exit code 2; the language server into a notice.
 */
export class ConfigFileError extends Error {
  override readonly name = 'ConfigFileError';
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly text: Localized;

  constructor(file: string, text: Localized, position?: { line?: number; column?: number }, options?: { cause?: unknown }) {
    super(`${file}${position?.line !== undefined ? `:${position.line}${position.column !== undefined ? `:${position.column}` : ''}` : ''}: ${text.en}`, options);
    this.file = file;
    this.line = position?.line;
    this.column = position?.column;
    this.text = text;
  }
}

export const isConfigFileError = (error: unknown): error is ConfigFileError => error instanceof ConfigFileError;

export const msg = (nl: string, en: string): Localized => ({ nl, en });

/** The first meaningful line of a multi-line library message. */
export function oneLine(message: string): string {
  return (message.split(/\r?\n/).find((l) => l.trim() !== '') ?? message).trim();
}
