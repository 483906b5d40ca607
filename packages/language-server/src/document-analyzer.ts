import type { Locale } from '@scherp/corpus';
import type { LintConfig, LintResult, WriterFinding } from '@scherp/linter';
import { createLintSession, createWriterView } from '@scherp/linter/session';
import type { ParseOptions, ParsedDocument } from '@scherp/parser';

export interface Analysis {
  parsed: ParsedDocument;
  result: LintResult;
  /** The writer's view of this analysis, from the document's own view (which reuses its findings of the last edit). */
  writerFindings?: (locale: Locale) => WriterFinding[];
}

/**
 * Lints one open document repeatedly through its own lint session, which re-does only the work of what
 * changed. One per document, so closing the document frees its caches. The result always equals
 * `lint(text, config, options)`; only the latest result is valid (hovers and code actions ask for a fresh one).
 */
export class DocumentAnalyzer {
  private readonly session = createLintSession();
  private readonly view = createWriterView();

  analyze(text: string, options: ParseOptions, config: LintConfig): Analysis {
    const { parsed, result } = this.session.lint(text, config, options);
    return { parsed, result, writerFindings: (locale) => this.view.findings(result, parsed.document, locale) };
  }
}
