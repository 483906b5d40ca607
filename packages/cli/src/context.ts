import type { Locale } from '@scherp/corpus';
import type { CliIO } from './io.js';

/** What a command needs from the run: the injected IO and the output language. */
export interface CommandContext {
  io: CliIO;
  locale: Locale;
  debug: boolean;
}

/** Colours only when writing to a terminal, unless NO_COLOR forbids or FORCE_COLOR insists (as picocolors). */
export function useColor(io: CliIO): boolean {
  const env = io.env ?? process.env;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined) return env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
  return io.stdout.isTTY === true;
}
