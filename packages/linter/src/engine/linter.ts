import { parse, type ParseOptions, type ParsedDocument } from '@scherp/parser';
import { rules } from '../rules/index.js';
import type { LintConfig, LintResult, PresetName } from '../types.js';
import { buildPresets, resolveConfigWith, type ResolvedConfig } from './config.js';
import type { RuleModule } from './rule-api.js';
import { runLint, type DocumentAnalyzer } from './run.js';
import { createDocumentAnalyzer } from './analyzer.js';

export { rules };

/** The built-in presets: `recommended` (the default) and `strict` (every rule on, severities raised). */
export const presets: Readonly<Record<PresetName, LintConfig>> = deepFreeze(buildPresets(rules));

/** Presets are shared by every caller: freezing them keeps one caller's mutation from changing another's lint. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function getRule(id: string): RuleModule | undefined {
  return byId.get(id);
}

/** Validates a configuration and merges it over its presets. Throws `ConfigError` on unknown rules or bad values. */
export function resolveConfig(config?: LintConfig): ResolvedConfig {
  return resolveConfigWith(rules, presets, config);
}

/**
 * A key that is equal for equal configurations (plain data, as read from a file or settings): for callers
 * that keep something per configuration, such as one linter per distinct configuration.
 */
export function configKey(config: LintConfig | undefined): string {
  return JSON.stringify(config ?? {});
}

/** What to lint: a document's text (parsed with `parseOptions`), or a document parsed already. */
export type LintInput = string | ParsedDocument;

export interface Linter {
  readonly config: ResolvedConfig;
  lint(input: LintInput, parseOptions?: ParseOptions): LintResult;
}

/**
 * A linter for one configuration, validated once, here. Pure like `lint`: every result is a function of the
 * text and the configuration and is the caller's to keep or change. For re-linting a document as it is edited,
 * see `createLintSession` in `@scherp/linter/session`.
 */
export function createLinter(config?: LintConfig): Linter {
  const resolved = resolveConfig(config);
  return {
    config: resolved,
    lint: (input, parseOptions) => runLint(toParsed(input, parseOptions), resolved, rules, createDocumentAnalyzer()),
  };
}

/** Lints a document: its text (Markdown or plain text, see `ParseOptions`) or a parsed document. */
export function lint(input: LintInput, config?: LintConfig, parseOptions?: ParseOptions): LintResult {
  return runLint(toParsed(input, parseOptions), resolveConfig(config), rules, createDocumentAnalyzer());
}

/** For tests and tools that bring their own analyses. */
export function lintWithAnalyzer(parsed: ParsedDocument, config: LintConfig | undefined, analyze: DocumentAnalyzer): LintResult {
  return runLint(parsed, resolveConfig(config), rules, analyze);
}

function toParsed(input: LintInput, parseOptions: ParseOptions | undefined): ParsedDocument {
  return typeof input === 'string' ? parse(input, parseOptions) : input;
}
