/**
 * The one place the web page touches the linter's API (used only inside the worker). The linter is being
 * split into a pure `lint(text, config)` and an editor session; when that lands, only this file changes.
 * Today: an IncrementalParser + `createLinter` pair per open document (the language server's recipe), whose
 * result always equals `lint(parse(text), config)`.
 */
import type { Locale } from '@scherp/corpus';
import { createLinter, lint, presets, rules, type LintConfig, type LintResult } from '@scherp/linter';
import { IncrementalParser, docxParagraphAt, parse, wordParagraphNote, type DocxParagraph, type ParsedDocument } from '@scherp/parser';
import type { RuleInfo } from './protocol.js';

/**
 * Where the text came from: the file name decides Markdown or sniffed plain text as in the CLI (`.md` and
 * typed text are Markdown); a Word file's paragraph map names paragraphs in the messages.
 */
export interface Source {
  fileName?: string;
  wordParagraphs?: DocxParagraph[];
}

export interface Linted {
  parsed: ParsedDocument;
  result: LintResult;
}

/** Re-lints one document per keystroke, re-analysing only what changed. */
export class EditorSession {
  private readonly parser = new IncrementalParser();
  private linter: ReturnType<typeof createLinter> | null = null;
  private configKey = '';

  lint(text: string, config: LintConfig, source: Source = {}): Linted {
    const key = JSON.stringify(config);
    if (!this.linter || key !== this.configKey) {
      this.linter = createLinter(config);
      this.configKey = key;
    }
    const parsed = this.parser.parse(text, { filePath: source.fileName ?? 'tekst.md' });
    const result = this.linter.lint(parsed);
    if (source.wordParagraphs) nameWordParagraphs(result, source.wordParagraphs, config.locale);
    return { parsed, result };
  }
}

/** A one-off lint (exports): the pure pipeline. */
export function lintText(text: string, config: LintConfig, source: Source = {}): Linted {
  const parsed = parse(text, { filePath: source.fileName ?? 'tekst.md' });
  const result = lint(parsed, config);
  if (source.wordParagraphs) nameWordParagraphs(result, source.wordParagraphs, config.locale);
  return { parsed, result };
}

/** Text from a Word file keeps its paragraph numbers in the messages, as `scherp lint nota.docx` does. */
function nameWordParagraphs(result: LintResult, paragraphs: DocxParagraph[], locale: Locale | undefined): void {
  for (const m of result.messages) {
    const number = docxParagraphAt(paragraphs, m.line);
    if (number !== undefined) m.message += ` ${wordParagraphNote(number, locale)}`;
  }
}

export function ruleCatalogue(): RuleInfo[] {
  const settingIn = (preset: keyof typeof presets, id: string) => {
    const setting = presets[preset].rules?.[id] ?? 'off';
    return Array.isArray(setting) ? setting[0] : setting;
  };
  return rules.map((r) => ({
    id: r.meta.id,
    criterion: r.meta.criterion,
    description: { nl: r.meta.description.nl, en: r.meta.description.en },
    presets: { recommended: settingIn('recommended', r.meta.id), strict: settingIn('strict', r.meta.id) },
  }));
}
