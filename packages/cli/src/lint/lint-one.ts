import type { Locale } from '@scherp/corpus';
import { adviceScopes, configKey, createLinter, type LintConfig, type LintMessage } from '@scherp/linter';
import { ParseError, docxParagraphAt, parse, readDocument, readDocxFile, wordParagraphNote, type DocxParagraph, type ParsedDocument } from '@scherp/parser';
import { fileResult, type FileResult } from '../types.js';

/** One file to lint. `source` is set for --stdin (then `filePath` is only the name to report). */
export interface LintTask {
  filePath: string;
  config: LintConfig;
  source?: string;
}

/** A file that could not be read as a document: structured-cloneable so workers can send it back. */
export interface ReadFailure {
  file: string;
  code: string;
  message: string;
  line?: number;
  column?: number;
}

export type LintOutcome = { ok: true; result: FileResult } | { ok: false; failure: ReadFailure };

/** A read document; for a Word file, where each block of the converted text came from. */
type ReadDocument = { ok: true; parsed: ParsedDocument; wordParagraphs?: DocxParagraph[] };

/**
 * One linter (its configuration validated once) per distinct configuration, reused across files. Configs are
 * plain data by the time they get here.
 */
const linters = new Map<string, ReturnType<typeof createLinter>>();

function linterFor(config: LintConfig) {
  const key = configKey(config);
  let linter = linters.get(key);
  if (!linter) {
    linter = createLinter(config);
    linters.set(key, linter);
  }
  return linter;
}

/** Reads (or takes) and parses one file. Never throws for unreadable input: that is an outcome. */
export async function readOne(task: LintTask): Promise<ReadDocument | { ok: false; failure: ReadFailure }> {
  try {
    if (task.source === undefined && /\.docx$/i.test(task.filePath)) {
      // Word: lint the converted text (headings, lists, paragraphs), positions are in that text.
      const docx = await readDocxFile(task.filePath);
      return { ok: true, parsed: parse(docx.text, { filePath: task.filePath, format: 'markdown' }), wordParagraphs: docx.paragraphs };
    }
    const parsed = task.source !== undefined ? parse(task.source, { filePath: task.filePath }) : await readDocument(task.filePath);
    return { ok: true, parsed };
  } catch (error) {
    if (error instanceof ParseError) {
      const failure: ReadFailure = { file: error.file ?? task.filePath, code: error.code, message: error.message };
      if (error.line !== undefined) failure.line = error.line;
      if (error.column !== undefined) failure.column = error.column;
      return { ok: false, failure };
    }
    // A parser bug: name the file so the one-line report says where it happened.
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${task.filePath}: ${message}`, { cause: error });
  }
}

/** Lints a parsed document with the linter for the task's configuration. */
export function lintParsed(task: LintTask, parsed: ParsedDocument, wordParagraphs?: DocxParagraph[]): LintOutcome {
  let result: ReturnType<ReturnType<typeof createLinter>['lint']>;
  try {
    result = linterFor(task.config).lint(parsed);
  } catch (error) {
    // A linter bug: name the file so the one-line report says where it happened.
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${task.filePath}: ${message}`, { cause: error });
  }
  const { messages, advice } = result;
  if (wordParagraphs) nameWordParagraphs(messages, wordParagraphs, task.config.locale);
  const file = fileResult(task.filePath, parsed.document.title, messages, advice);
  const scopes = adviceScopes(parsed.document);
  if (scopes.length > 0) file.scopes = scopes;
  return { ok: true, result: file };
}

/** Reads, parses and lints one file. */
export async function lintOne(task: LintTask): Promise<LintOutcome> {
  const read = await readOne(task);
  return read.ok ? lintParsed(task, read.parsed, read.wordParagraphs) : read;
}

/** Word users find text by paragraph, not by line of the converted text: say which paragraph. */
function nameWordParagraphs(messages: LintMessage[], paragraphs: DocxParagraph[], locale: Locale | undefined): void {
  for (const m of messages) {
    const number = docxParagraphAt(paragraphs, m.line);
    if (number !== undefined) m.message += ` ${wordParagraphNote(number, locale)}`;
  }
}
