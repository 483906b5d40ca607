import { Command, CommanderError, Option } from 'commander';
import type { Locale } from '@scherp/corpus';
import { ConfigResolver } from './config/config-resolver.js';
import type { CommandContext } from './context.js';
import { lintCommand, writeOutput, type LintCommandOptions } from './commands/lint-command.js';
import { createResolver } from './commands/lint-selection.js';
import { listRules } from './commands/list-rules.js';
import { explainCommand, type ExplainCommandOptions } from './commands/explain-command.js';
import { parseCommand, type ParseCommandOptions } from './commands/parse-command.js';
import { printConfig } from './commands/print-config.js';
import { reportCommand, type ReportCommandOptions } from './commands/report-command.js';
import { FORMAT_NAMES } from './formatters/index.js';
import { processIO, type CliIO } from './io.js';
import { collect, parseLocale } from './options.js';
import { reportError } from './report-error.js';
import { VERSION } from './version.js';

type Common = { locale?: string; debug?: boolean };

/** The language of the CLI's own output: --locale, else the config nearest to cwd, else Dutch. */
async function outputLocale(cliLocale: Locale | undefined, cwd: string): Promise<Locale> {
  if (cliLocale) return cliLocale;
  try {
    return (await new ConfigResolver().nearest(cwd))?.config.locale ?? 'nl';
  } catch {
    return 'nl'; // the command itself will report the broken config
  }
}

function addSelectionOptions(command: Command): Command {
  return command
    .option('-c, --config <path>', 'use this configuration file for every input instead of searching for the nearest one')
    .option('--rule <id:severity>', 'set a rule severity (error, warning, info, off), e.g. missing-owner:error; repeatable', collect, [])
    .option('--ignore-pattern <glob>', 'skip files matching this gitignore-style pattern (relative to cwd); repeatable', collect, [])
    .option('--no-ignore', 'do not use .gitignore, .scherpignore and --ignore-pattern')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'file name for --stdin: used in messages and to find the configuration')
    .option('--cache', 'only re-lint files that changed since the last run')
    .option('--cache-location <path>', 'cache file', '.scherpcache')
    .option('--max-findings <n>', 'report at most n findings per document, then one that counts the rest (default 10000; 0: no limit)')
    .option('--concurrency <n>', 'worker threads besides the main thread: auto (default), off, or a number')
    .addOption(new Option('--locale <locale>', 'language of the messages (default: configuration, else nl)').choices(['nl', 'en']))
    .option('--debug', 'print stack traces for errors');
}

export function createProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const context = async (options: Common): Promise<CommandContext> => {
    const cliLocale = parseLocale(options.locale);
    return { io, locale: await outputLocale(cliLocale, io.cwd), debug: options.debug === true };
  };

  const program = new Command('scherp')
    .description('Scherp: lint Dutch policy advice for owner, deadline, measurable result, problem and funding.')
    .version(VERSION, '-v, --version', 'print the version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`scherp: ${s.replace(/^error: /, '')}`),
    })
    .showSuggestionAfterError(true);

  addSelectionOptions(
    program
      .command('lint', { isDefault: true })
      .description('lint files, directories (every .md, .markdown and .txt below) and globs; default: the current directory')
      .argument('[paths...]', 'files, directories or globs'),
  )
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output-file <path>', 'write the output to a file instead of stdout')
    .option('-q, --quiet', 'report errors only (warnings neither show nor fail)')
    .option('--max-warnings <n>', 'fail (exit 1) only when there are more than n warnings')
    .option('--print-config <file>', 'print the configuration that applies to a file and exit')
    .option('--list-rules', 'list every rule (id, criterion, default severity, description) and exit')
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors or warnings (notes never fail), 1 errors or warnings (or more than --max-warnings),\n2 usage error, configuration error or unreadable input.',
    )
    .action(async (paths: string[], options: LintCommandOptions & Common & { printConfig?: string; listRules?: boolean }) => {
      const ctx = await context(options);
      if (options.listRules) {
        await writeOutput(listRules(ctx, options.format === 'json'), options.outputFile, ctx);
        return setExitCode(0);
      }
      if (options.printConfig !== undefined) {
        const resolver = createResolver(options, io.cwd, parseLocale(options.locale));
        await writeOutput(await printConfig(options.printConfig, resolver, ctx), options.outputFile, ctx);
        return setExitCode(0);
      }
      setExitCode(await lintCommand(paths, options, ctx, parseLocale(options.locale)));
    });

  program
    .command('parse')
    .description('print the structure the parser finds: title, metadata, themes, experts, recommendations, sections')
    .argument('<files...>', 'Markdown or plain-text files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'text']).default('json'))
    .option('--full', 'JSON: the whole document model, with every paragraph and sentence')
    .option('-o, --output-file <path>', 'write the output to a file instead of stdout')
    .addOption(new Option('--locale <locale>', 'language of the text output').choices(['nl', 'en']))
    .option('--debug', 'print stack traces for errors')
    .action(async (files: string[], options: ParseCommandOptions & Common) => {
      setExitCode(await parseCommand(files, options, await context(options)));
    });

  program
    .command('explain')
    .description('explain the judgement of one sentence: clauses, advice cue, owner/deadline/measure evidence, and why each rule fired or not')
    .argument('<sentence>', 'the sentence, in quotes')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--locale <locale>', 'language of the output (default: configuration, else nl)').choices(['nl', 'en']))
    .option('--debug', 'print stack traces for errors')
    .action(async (sentence: string, options: ExplainCommandOptions & Common) => {
      setExitCode(explainCommand(sentence, options, await context(options)));
    });

  addSelectionOptions(
    program
      .command('report')
      .description('lint like `scherp lint` and write a self-contained HTML report')
      .argument('[paths...]', 'files, directories or globs'),
  )
    .option('-o, --output <path>', 'HTML file to write', 'scherp-report.html')
    .option('--title <title>', 'report title')
    .action(async (paths: string[], options: ReportCommandOptions & Common) => {
      setExitCode(await reportCommand(paths, options, await context(options), parseLocale(options.locale)));
    });

  return program;
}

/** Errors thrown before or outside a command still honour `--locale en` / `--locale=en`. */
function localeFromArgv(argv: readonly string[]): Locale | undefined {
  for (const [i, arg] of argv.entries()) {
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value === 'nl' || value === 'en') return value;
  }
  return undefined;
}

/**
 * Runs the CLI with `argv` (without node and script: `['lint', 'docs']`) and returns the exit code. Never
 * throws and never calls process.exit, so tests and tools can run it in-process.
 */
export async function runCli(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; every other commander error is bad usage, already printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    reportError(error, { io, locale: await outputLocale(localeFromArgv(argv), io.cwd), debug });
    return 2;
  }
}
