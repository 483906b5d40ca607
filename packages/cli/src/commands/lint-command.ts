import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@scherp/corpus';
import { type CommandContext, useColor } from '../context.js';
import { CliError, msg } from '../errors.js';
import { reportError } from '../report-error.js';
import { formatters, type FormatName } from '../formatters/index.js';
import { texts } from '../i18n.js';
import { parseCount } from '../options.js';
import { fileResult, totalsOf, type FileResult } from '../types.js';
import { lintSelection, readFailureError, type SelectionOptions } from './lint-selection.js';

export interface LintCommandOptions extends SelectionOptions {
  format: FormatName;
  outputFile?: string;
  quiet?: boolean;
  maxWarnings?: string;
}

/** Writes `text` to `--output-file` (creating directories) or to stdout. */
export async function writeOutput(text: string, outputFile: string | undefined, context: CommandContext): Promise<void> {
  if (outputFile === undefined) {
    context.io.stdout.write(text);
    return;
  }
  const target = path.resolve(context.io.cwd, outputFile);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'onbekend';
    throw new CliError('input', msg(`kan uitvoerbestand niet schrijven (${code})`, `cannot write output file (${code})`), { file: outputFile });
  }
}

/** `--quiet`: errors only, so warnings neither show nor fail the run. */
function errorsOnly(results: readonly FileResult[]): FileResult[] {
  return results.map((r) => fileResult(r.filePath, r.title, r.messages.filter((m) => m.severity === 'error'), r.advice));
}

/**
 * Exit code: 0 clean (notes never fail), 1 an error, or a warning (more than --max-warnings when given),
 * 2 when some input could not be read (the readable files are still reported).
 */
export async function lintCommand(paths: string[], options: LintCommandOptions, context: CommandContext, cliLocale: Locale | undefined): Promise<number> {
  const { io } = context;
  const maxWarnings = options.maxWarnings !== undefined ? parseCount('--max-warnings', options.maxWarnings) : undefined;
  const run = await lintSelection(paths, options, context, cliLocale);
  const results = options.quiet ? errorsOnly(run.results) : run.results;

  const color = options.outputFile === undefined && useColor(io);
  await writeOutput(formatters[options.format](results, { cwd: io.cwd, locale: context.locale, color }), options.outputFile, context);

  for (const failure of run.failures) reportError(readFailureError(failure, io.cwd), context);
  if (run.failures.length > 0) return 2;

  const totals = totalsOf(results);
  if (totals.errors > 0) return 1;
  if (maxWarnings !== undefined) {
    if (totals.warnings > maxWarnings) {
      io.stderr.write(`${texts(context.locale).tooManyWarnings(totals.warnings, maxWarnings)}\n`);
      return 1;
    }
    return 0;
  }
  return totals.warnings > 0 ? 1 : 0;
}
