import type { ParsedDocument } from '@scherp/parser';
import type { LintMessage, LintResult } from '../types.js';
import { checkRule, deferTexts, finishRun, mainRules, startRun, type DocumentAnalyzer } from './checks.js';
import type { ResolvedConfig } from './config.js';
import type { RuleModule } from './rule-api.js';

export type { DocumentAnalyzer, SentenceAnalysisEntry } from './checks.js';

/**
 * Runs every enabled rule over an analysed document. Pure: a function of the document and the configuration;
 * nothing is kept between calls (the editor session in `../session` is where reuse across edits lives).
 */
export function runLint(parsed: ParsedDocument, config: ResolvedConfig, rules: readonly RuleModule[], analyze: DocumentAnalyzer): LintResult {
  const run = startRun(parsed, config, rules, analyze(parsed));
  // Nobody sees a finding before the run is finished: the texts of those the cap drops need not be written.
  deferTexts(run);
  const found: LintMessage[] = [];
  for (const rule of mainRules(run)) checkRule(run, rule, found);
  return finishRun(run, found);
}
