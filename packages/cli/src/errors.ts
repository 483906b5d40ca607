import type { Localized } from '@scherp/corpus';

/**
 * Errors the CLI reports as ONE line and exit code 2: bad usage, a bad configuration file or input it
 * cannot read. Anything else is a bug and is reported the same way, with a stack trace only under --debug.
 */
export type CliErrorKind = 'usage' | 'config' | 'input';

export interface ErrorLocation {
  file: string;
  line?: number;
  column?: number;
}

export class CliError extends Error {
  override readonly name = 'CliError';
  readonly kind: CliErrorKind;
  /** The message in both languages; `message` holds the Dutch one. */
  readonly text: Localized;
  readonly location: ErrorLocation | undefined;

  constructor(kind: CliErrorKind, text: Localized | string, location?: ErrorLocation, options?: { cause?: unknown }) {
    const localized = typeof text === 'string' ? { nl: text, en: text } : text;
    super(localized.nl, options);
    this.kind = kind;
    this.text = localized;
    this.location = location;
  }
}

/** Shorthand for a bilingual message. */
export const msg = (nl: string, en: string): Localized => ({ nl, en });

/** `file:line:column` with whatever parts are known. */
export function formatLocation(location: ErrorLocation): string {
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  return text;
}

/** Collapses a multi-line library message (YAML code frames, ajv lists) to its first meaningful line. */
export function oneLine(message: string): string {
  const first = message.split(/\r?\n/).find((l) => l.trim() !== '') ?? message;
  return first.trim();
}
