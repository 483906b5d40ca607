import { IncrementalParser } from '@scherp/parser/incremental';
import type { ParseOptions, ParsedDocument } from '@scherp/parser';
import { createDocumentAnalyzer } from '../engine/analyzer.js';
import type { DocumentAnalyzer } from '../engine/checks.js';
import { resolveConfigWith, type ResolvedConfig } from '../engine/config.js';
import { configKey, presets, rules as builtInRules } from '../engine/linter.js';
import { LruCache } from '../engine/lru.js';
import type { RuleModule } from '../engine/rule-api.js';
import type { LintConfig, LintResult } from '../types.js';
import { detachString } from '@scherp/corpus';
import { lintReusing, type ReuseState } from './reuse.js';

export interface LintSessionOptions {
  /**
   * Sentence analyses (and paragraph findings) kept between runs, per generation of an LRU cache (up to twice
   * this many are kept, least recently used dropped first). Default 25 000, enough for a 1 MB document.
   */
  cacheSize?: number;
}

/** One lint of the session: the parsed document and its findings. */
export interface SessionLint {
  parsed: ParsedDocument;
  result: LintResult;
}

/**
 * Lints one document again and again as it is edited, doing the work of what changed only. Every result
 * equals the pure `lint(text, config, parseOptions)`; but results share objects with each other (paragraphs
 * and findings that did not change are handed out again, moved in place when an edit before them moved them),
 * so **only the latest result is valid** and results must be treated as read-only.
 */
export interface LintSession {
  /** The configuration of the last lint. */
  readonly config: ResolvedConfig;
  /** Lints the document's current text. A configuration other than last time's starts the caches afresh. */
  lint(text: string, config?: LintConfig, parseOptions?: ParseOptions): SessionLint;
}

export function createLintSession(options: LintSessionOptions = {}): LintSession {
  return openSession(builtInRules, (config) => resolveConfigWith(builtInRules, presets, config), options);
}

/** The session over any rules (tests bring their own to check each rule scope). Not exported from the package. */
export function openSession(
  rules: readonly RuleModule[],
  resolve: (config: LintConfig | undefined) => ResolvedConfig,
  options: LintSessionOptions = {},
): LintSession {
  const size = options.cacheSize ?? 25_000;
  const parser = new IncrementalParser({ shareParagraphs: true });
  let key: string | undefined;
  let resolved: ResolvedConfig | undefined;
  let analyze: DocumentAnalyzer;
  let state: ReuseState;
  const reset = (config: LintConfig | undefined): void => {
    resolved = resolve(config);
    key = configKey(config);
    // A new configuration can change every finding: the caches start afresh.
    analyze = createDocumentAnalyzer({
      // Sentence texts are slices of their paragraph's text: store copies, so entries pin no old text.
      sentences: new LruCache(size, detachString),
      paragraphs: new LruCache(size, detachString),
      entries: {},
    });
    state = {
      paragraphs: new LruCache(size),
      memo: new Map(rules.map((r) => [r.meta.id, new LruCache<string, unknown>(size)])),
      placed: undefined,
    };
  };
  return {
    get config() {
      if (!resolved) reset(undefined);
      return resolved!;
    },
    lint(text, config, parseOptions = {}) {
      if (!resolved || configKey(config) !== key) reset(config);
      const parsed = parser.parse(text, parseOptions);
      return { parsed, result: lintReusing(parsed, resolved!, rules, analyze, state) };
    },
  };
}
