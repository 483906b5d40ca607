import type { ParsedDocument } from '@scherp/parser';
import { rules } from '../rules/index.js';
import type { LintConfig, LintResult, PresetName } from '../types.js';
import { buildPresets, resolveConfigWith, type ResolvedConfig } from './config.js';
import type { RuleModule } from './rule-api.js';
import { runLint, type DocumentAnalyzer, type RunOptions } from './run.js';
import { createDocumentAnalyzer, type AnalysisCache } from './analyzer.js';
import { LruCache } from './lru.js';
import { detachString } from './strings.js';
import type { ParagraphCache } from './paragraph-cache.js';

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

export interface LinterOptions {
  /**
   * Sentence analyses kept between runs, per generation (see LruCache: up to twice this many are kept, least
   * recently used dropped first). Default 25 000, enough for a 1 MB document.
   */
  cacheSize?: number;
  /**
   * Let results share finding objects with earlier results: findings of paragraphs that did not change are not
   * copied, and with a parser that shares paragraphs (`IncrementalParser({ shareParagraphs: true })`) findings
   * that moved are moved in place. Faster and lighter for editors that re-lint per keystroke, but the results
   * must be treated as read-only and only the latest one is valid (an earlier result's positions, and its
   * advice records if first read later, may be those of a later run). Default false: every result is the
   * caller's to change and stays as it was.
   */
  shareMessages?: boolean;
}

export interface Linter {
  readonly config: ResolvedConfig;
  lint(parsed: ParsedDocument): LintResult;
}

/**
 * A linter that keeps sentence analyses between runs: re-linting a document in which few sentences changed
 * analyses only those. The configuration is validated once, here.
 */
export function createLinter(config?: LintConfig, options: LinterOptions = {}): Linter {
  const resolved = resolveConfig(config);
  const size = options.cacheSize ?? 25_000;
  // Sentence texts are slices of their paragraph's text: store copies, so entries pin no old text.
  const cache: AnalysisCache = new LruCache(size, detachString);
  const memo = new Map<string, Map<string, unknown>>(rules.map((r) => [r.meta.id, new LruCache<string, unknown>(size)]));
  const paragraphs: ParagraphCache = new LruCache(size);
  const analyze = createDocumentAnalyzer(cache, new LruCache(size, detachString), {});
  const runOptions: RunOptions = options.shareMessages === true ? { shareMessages: true, placed: {} } : {};
  return {
    config: resolved,
    lint: (parsed) => runLint(parsed, resolved, rules, analyze, memo, paragraphs, runOptions),
  };
}

/** Lints a parsed document once. */
export function lint(parsed: ParsedDocument, config?: LintConfig): LintResult {
  return runLint(parsed, resolveConfig(config), rules, createDocumentAnalyzer());
}

/** For tests and tools that bring their own analyses. */
export function lintWithAnalyzer(parsed: ParsedDocument, config: LintConfig | undefined, analyze: DocumentAnalyzer): LintResult {
  return runLint(parsed, resolveConfig(config), rules, analyze);
}
