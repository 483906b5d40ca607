/**
 * The one place the web page touches the linter's API (used only inside the worker): the linter's editor
 * session (`@scherp/linter/session`, incremental parse and caches; every result equals the pure lint) for
 * typing, and the pure `lint(text, config)` for exports.
 */
import { lint, presets, rules, type LintConfig, type LintMessage, type LintResult } from '@scherp/linter';
import { createLintSession } from '@scherp/linter/session';
import { docxParagraphAt, parse, wordParagraphNote, type DocxParagraph, type ParsedDocument } from '@scherp/parser';
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

/** Re-lints one document per keystroke, re-analysing only what changed. Results are read-only. */
export class EditorSession {
  private readonly session = createLintSession();

  lint(text: string, config: LintConfig, source: Source = {}): Linted {
    return this.session.lint(text, config, { filePath: source.fileName ?? 'tekst.md' });
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
