/**
 * @scherp/cli programmatic API: run the CLI in-process, lint files with config discovery, format results.
 */
export { runCli, createProgram } from './run-cli.js';
export type { CliIO, OutputStream } from './io.js';
export { lintFiles, lintText, PARALLEL_THRESHOLD, PARALLEL_MIN_BYTES, type LintFilesOptions, type LintRun } from './lint/lint-files.js';
export type { ReadFailure } from './lint/lint-one.js';
export { collectFiles, DOCUMENT_EXTENSIONS, type CollectOptions, type CollectedFiles } from './files/collect-files.js';
export { ConfigResolver, type ConfigResolverOptions, type FileConfig } from './config/config-resolver.js';
export { CONFIG_FILE_NAMES } from './config/load-config-file.js';
export { rulesDefinition, withRuleDefinitions } from '@scherp/config';
export type { ScherpConfig, ConfigOverride, LoadedConfig } from '@scherp/config';
export {
  formatters,
  formatGithub,
  formatJson,
  formatJunit,
  formatSarif,
  formatStylish,
  FORMAT_NAMES,
  type FormatContext,
  type FormatName,
  type Formatter,
} from './formatters/index.js';
export { CliError, type CliErrorKind } from './errors.js';
export { fileResult, totalsOf, type FileResult, type RunTotals } from './types.js';
export { renderReport, type ReportFileResult, type ReportOptions } from './report/index.js';
export { VERSION } from './version.js';
