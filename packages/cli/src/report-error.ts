import path from 'node:path';
import type { Locale } from '@scherp/corpus';
import type { CommandContext } from './context.js';
import { CliError, formatLocation, msg } from './errors.js';
import { displayPath } from './formatters/paths.js';

const KIND_LABEL = {
  usage: msg('Onjuist gebruik', 'Usage error'),
  config: msg('Configuratiefout', 'Configuration error'),
  input: msg('Kan bestand niet lezen', 'Cannot read file'),
} as const;

/** The one line every expected error becomes: `scherp: <kind>: <file:line:column>: <message>`. */
export function describeCliError(error: CliError, locale: Locale, cwd: string): string {
  const location = error.location ? { ...error.location, file: displayPath(cwd, path.resolve(cwd, error.location.file)) } : undefined;
  const where = location ? `${formatLocation(location)}: ` : '';
  return `scherp: ${KIND_LABEL[error.kind][locale]}: ${where}${error.text[locale]}`;
}

/** Writes the error line; the stack (of the cause, if any) only with --debug. */
export function reportError(error: unknown, context: CommandContext): void {
  const { io, locale, debug } = context;
  if (error instanceof CliError) {
    io.stderr.write(`${describeCliError(error, locale, io.cwd)}\n`);
    const cause = error.cause;
    if (debug && cause instanceof Error && cause.stack) io.stderr.write(`${cause.stack}\n`);
    return;
  }
  // Not an expected failure: still one line for the user, everything for a bug report under --debug.
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const label = locale === 'en' ? 'Internal error' : 'Interne fout';
  const hint = debug ? '' : locale === 'en' ? ' (run with --debug for details)' : ' (gebruik --debug voor details)';
  io.stderr.write(`scherp: ${label}: ${message}${hint}\n`);
  if (debug && error instanceof Error && error.stack) {
    io.stderr.write(`${error.stack}\n`);
    if (error.cause instanceof Error && error.cause.stack) io.stderr.write(`Caused by: ${error.cause.stack}\n`);
  }
}
