import type { LintConfig, LintResult } from '@scherp/linter';
import { createLintSession } from '@scherp/linter/session';
import type { ParseOptions, ParsedDocument } from '@scherp/parser';

export interface Analysis {
  parsed: ParsedDocument;
  result: LintResult;
}

/**
 * Lints one open document repeatedly through its own lint session, which re-does only the work of what
 * changed. One per document, so closing the document frees its caches. The result always equals
 * `lint(text, config, options)`; only the latest result is valid (hovers and code actions ask for a fresh one).
 */
export class DocumentAnalyzer {
  private readonly session = createLintSession();

  analyze(text: string, options: ParseOptions, config: LintConfig): Analysis {
    return this.session.lint(text, config, options);
  }
}
