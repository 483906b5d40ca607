import type { Locale } from '@scherp/corpus';
import type { CommandContext } from '../context.js';
import { texts } from '../i18n.js';
import { renderReport } from '../report/index.js';
import { reportError } from '../report-error.js';
import { writeOutput } from './lint-command.js';
import { lintSelection, readFailureError, type SelectionOptions } from './lint-selection.js';

export interface ReportCommandOptions extends SelectionOptions {
  output: string;
  title?: string;
}

/**
 * `scherp report`: lints like `scherp lint` and writes one self-contained HTML page. Findings do not fail
 * it (the report is for reading); unreadable input does (exit 2), after writing the report on the rest.
 */
export async function reportCommand(paths: string[], options: ReportCommandOptions, context: CommandContext, cliLocale: Locale | undefined): Promise<number> {
  const { io } = context;
  const run = await lintSelection(paths, options, context, cliLocale);
  const html = renderReport(run.results, {
    locale: context.locale,
    baseDir: io.cwd,
    // Dated so a team lead can tell which run they are reading.
    generatedAt: new Date(),
    ...(options.title !== undefined ? { title: options.title } : {}),
  });
  await writeOutput(html, options.output, context);
  io.stderr.write(`${texts(context.locale).reportWritten(options.output, run.results.length)}\n`);
  for (const failure of run.failures) reportError(readFailureError(failure, io.cwd), context);
  return run.failures.length > 0 ? 2 : 0;
}
