export { lint, createLinter, lintWithAnalyzer, rules, getRule, presets, resolveConfig, configKey } from './linter.js';
export type { Linter, LintInput } from './linter.js';
export { ConfigError, DEFAULT_MAX_FINDINGS } from './config.js';
export { TOO_MANY_FINDINGS } from './finding-cap.js';
export type { ConfigErrorCode, ResolvedConfig, ResolvedRule } from './config.js';
export { formatMessage, ruleDocsUrl, RULE_DOCS_BASE_URL } from './messages.js';
export { applyFixes } from './fixes.js';
export { generateRuleDocs } from './docs.js';
export type { DocumentAnalyzer, SentenceAnalysisEntry } from './run.js';
export type {
  AdviceUnit,
  CheckedSentence,
  ReportDescriptor,
  ReportLocation,
  RuleContext,
  RuleModule,
  SentenceMatch,
  SuggestionDescriptor,
} from './rule-api.js';
export type { Directive, DirectiveKind, DirectiveRuleRef } from './directives.js';
