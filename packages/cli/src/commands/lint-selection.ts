import path from 'node:path';
import type { Locale } from '@scherp/corpus';
import { ConfigResolver } from '../config/config-resolver.js';
import type { CommandContext } from '../context.js';
import { CliError, msg } from '../errors.js';
import { collectFiles } from '../files/collect-files.js';
import { readAll } from '../io.js';
import { texts } from '../i18n.js';
import { lintFiles, lintText, type LintRun } from '../lint/lint-files.js';
import type { ReadFailure } from '../lint/lint-one.js';
import { parseCount, parseRuleOptions } from '../options.js';
import { createProgress } from '../progress.js';
import { displayPath } from '../formatters/paths.js';

/** The options `lint` and `report` share: what to lint and with which configuration. */
export interface SelectionOptions {
  config?: string;
  rule?: string[];
  ignorePattern?: string[];
  /** Commander's `--no-ignore`. */
  ignore?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: string;
  maxFindings?: string;
}

export function createResolver(options: SelectionOptions, cwd: string, locale: Locale | undefined): ConfigResolver {
  const rules = parseRuleOptions(options.rule ?? []);
  return new ConfigResolver({
    ...(options.config !== undefined ? { configFile: path.resolve(cwd, options.config) } : {}),
    commandLine: {
      rules,
      ...(locale !== undefined ? { locale } : {}),
      ...(options.maxFindings !== undefined ? { maxFindings: parseCount('--max-findings', options.maxFindings) } : {}),
    },
  });
}

const READ_FAILURE: Record<string, { nl: string; en: string }> = {
  'not-found': msg('bestand bestaat niet', 'file does not exist'),
  unreadable: msg('bestand is niet leesbaar', 'file is not readable'),
  'not-text': msg('geen tekstbestand (binaire inhoud)', 'not a text file (binary content)'),
  'invalid-utf8': msg('geen geldige UTF-8-tekst', 'not valid UTF-8 text'),
  'too-large': msg('bestand is te groot', 'file is too large'),
  'invalid-docx': msg('geen leesbaar Word-bestand (.docx)', 'not a readable Word (.docx) file'),
};

/** A file that could not be read becomes the same one-line error as any other input error. */
export function readFailureError(failure: ReadFailure, cwd: string): CliError {
  const text = READ_FAILURE[failure.code] ?? msg(failure.message, failure.message);
  const location: { file: string; line?: number; column?: number } = { file: displayPath(cwd, path.resolve(cwd, failure.file)) };
  if (failure.line !== undefined) location.line = failure.line;
  if (failure.column !== undefined) location.column = failure.column;
  return new CliError('input', text, location);
}

/**
 * Finds the files (or reads stdin), lints them with the nearest configuration and reports skipped files
 * on stderr. Unreadable files come back as `failures`; configuration and usage problems throw.
 */
export async function lintSelection(paths: string[], options: SelectionOptions, context: CommandContext, cliLocale: Locale | undefined): Promise<LintRun> {
  const { io } = context;
  const t = texts(context.locale);
  const resolver = createResolver(options, io.cwd, cliLocale);

  if (options.stdin) {
    if (paths.length > 0) throw new CliError('usage', msg('--stdin gaat niet samen met paden', '--stdin cannot be combined with paths'));
    const source = await readAll(io.stdin ?? process.stdin);
    const name = path.resolve(io.cwd, options.stdinFilename ?? '<stdin>');
    return lintText(source, name, { resolver });
  }

  const collected = await collectFiles(paths.length > 0 ? paths : ['.'], {
    cwd: io.cwd,
    ignorePatterns: options.ignorePattern ?? [],
    useIgnoreFiles: options.ignore !== false,
  });
  for (const file of collected.ignored) io.stderr.write(`scherp: ${t.fileIgnored(displayPath(io.cwd, file))}\n`);

  const progress = createProgress(io.stderr, collected.files.length, t.progress);
  try {
    return await lintFiles(collected.files, {
      resolver,
      ...(options.cache ? { cacheLocation: path.resolve(io.cwd, options.cacheLocation ?? '.scherpcache') } : {}),
      ...(options.concurrency !== undefined ? { parallel: concurrency(options.concurrency) } : {}),
      onProgress: (done) => progress.update(done),
    });
  } finally {
    progress.done();
  }
}

function concurrency(value: string): boolean | number {
  if (value === 'auto') return true;
  if (value === 'off') return false;
  return parseCount('--concurrency', value);
}
