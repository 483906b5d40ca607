/**
 * The one place the web page touches the linter's API (used only inside the worker). The linter is being
 * split into a pure `lint(text, config)` and an editor session; when that lands, only this file changes.
 * Today: an IncrementalParser + `createLinter` pair per open document (the language server's recipe), whose
 * result always equals `lint(parse(text), config)`.
 */
import { createLinter, lint, presets, rules, type LintConfig, type LintMessage, type LintResult } from '@scherp/linter';
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
  // Only the latest result is read (the worker turns it into plain findings at once), so results may share
  // paragraphs and findings with earlier ones: the language server's fast path.
  private readonly parser = new IncrementalParser({ shareParagraphs: true });
  private linter: ReturnType<typeof createLinter> | null = null;
  private configKey = '';

  lint(text: string, config: LintConfig, source: Source = {}): Linted {
    const key = JSON.stringify(config);
    if (!this.linter || key !== this.configKey) {
      this.linter = createLinter(config, { shareMessages: true });
      this.configKey = key;
    }
    const parsed = this.parser.parse(text, { filePath: source.fileName ?? 'tekst.md' });
    return { parsed, result: this.linter.lint(parsed) };
  }
}

/** A one-off lint (exports): the pure pipeline. */
export function lintText(text: string, config: LintConfig, source: Source = {}): Linted {
  const parsed = parse(text, { filePath: source.fileName ?? 'tekst.md' });
  const result = lint(parsed, config);
  return { parsed, result: { ...result, messages: result.messages.map((m) => ({ ...m, message: messageOf(m, config, source) })) } };
}

/**
 * A finding's message; in text from a Word file it names the Word paragraph, as `scherp lint nota.docx` does.
 * (A new string: session results are shared with later runs and must not be changed.)
 */
export function messageOf(m: LintMessage, config: LintConfig, source: Source): string {
  const number = source.wordParagraphs ? docxParagraphAt(source.wordParagraphs, m.line) : undefined;
  return number === undefined ? m.message : `${m.message} ${wordParagraphNote(number, config.locale)}`;
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
