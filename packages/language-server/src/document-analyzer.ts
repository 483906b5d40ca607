import type { LintConfig, LintResult } from '@scherp/linter';
import { createLinter } from '@scherp/linter';
import type { ParseOptions, ParsedDocument } from '@scherp/parser';
import { IncrementalParser } from '@scherp/parser';

type Linter = ReturnType<typeof createLinter>;

export interface Analysis {
  parsed: ParsedDocument;
  result: LintResult;
}

/**
 * Lints one open document repeatedly, re-analysing only what changed: the parser reuses unchanged top-level
 * blocks and the linter reuses its per-sentence analyses. Both caches are per document, so closing the
 * document frees them. The result always equals `lint(parse(text, options), config)`.
 */
export class DocumentAnalyzer {
  // Only the latest result is used (hovers and code actions ask for a fresh one), so results may share paragraphs.
  private readonly parser = new IncrementalParser({ shareParagraphs: true });
  private linter: Linter | null = null;
  private configKey = '';

  analyze(text: string, options: ParseOptions, config: LintConfig): Analysis {
    const key = JSON.stringify(config);
    if (!this.linter || key !== this.configKey) {
      // A new configuration can change every finding, so the sentence cache starts afresh. Nothing here
      // changes a result, so results may share unchanged findings with earlier ones (fewer copies per edit).
      this.linter = createLinter(config, { shareMessages: true });
      this.configKey = key;
    }
    const parsed = this.parser.parse(text, options);
    return { parsed, result: this.linter.lint(parsed) };
  }
}
