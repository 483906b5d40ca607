import type { Locale } from '@scherp/corpus';
import type { LintMessage, Suggestion } from '@scherp/linter';
import { ruleDocsUrl } from '@scherp/linter';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Analysis } from './document-analyzer.js';
import { DIAGNOSTIC_SOURCE, spanToRange, toDiagnostic, toLspEdit } from './diagnostics.js';
import { t } from './i18n.js';
import { FIX_ALL_KIND, OPEN_RULE_DOCS_COMMAND } from './protocol.js';

export interface CodeActionRequest {
  uri: string;
  /** A fresh analysis of the document's current version. */
  analysis: Analysis;
  range: Range;
  /** The diagnostics the client shows in the range (any source). */
  diagnostics: Diagnostic[];
  only?: string[];
  locale: Locale;
}

/** Quick fixes for the findings in the range, plus "fix all" when the client asks for that kind. */
export function codeActions(req: CodeActionRequest): CodeAction[] {
  const actions: CodeAction[] = [];
  const { messages } = req.analysis.result;
  if (wants(req.only, CodeActionKind.QuickFix)) {
    const ours = req.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    for (const message of messagesInRange(messages, req)) {
      const diagnostic =
        ours.find((d) => d.code === message.ruleId && sameRange(d.range, spanToRange(message.span))) ??
        toDiagnostic(message);
      actions.push(...quickFixes(message, diagnostic, req));
    }
  }
  if (wants(req.only, FIX_ALL_KIND, true)) {
    const edits = safeEdits(messages, req);
    if (edits.length > 0) {
      actions.push({
        title: t(req.locale, 'fixAll'),
        kind: FIX_ALL_KIND,
        edit: { changes: { [req.uri]: edits } },
      });
    }
  }
  return actions;
}

/**
 * Findings to offer fixes for: those the client reports in the range, matched to the fresh analysis by rule
 * and position. When the client's diagnostics are stale (edited since), fall back to overlapping findings of
 * the same rules, so the offered edits always fit the current text.
 */
function messagesInRange(messages: LintMessage[], req: CodeActionRequest): LintMessage[] {
  const ours = req.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  if (ours.length === 0) return [];
  const exact = messages.filter((m) =>
    ours.some((d) => d.code === m.ruleId && sameRange(d.range, spanToRange(m.span))),
  );
  if (exact.length > 0) return exact;
  const ruleIds = new Set(ours.map((d) => d.code));
  return messages.filter((m) => ruleIds.has(m.ruleId) && overlaps(spanToRange(m.span), req.range));
}

function quickFixes(message: LintMessage, diagnostic: Diagnostic, req: CodeActionRequest): CodeAction[] {
  const { lines } = req.analysis.parsed;
  const actions: CodeAction[] = [];
  let preferredGiven = false;
  for (const suggestion of message.suggestions ?? []) {
    const preferred: boolean = suggestion.safe && !preferredGiven;
    preferredGiven ||= preferred;
    actions.push({
      title: suggestion.desc,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: preferred,
      edit: { changes: { [req.uri]: [toLspEdit(suggestion.fix, lines)] } },
    });
  }
  const sameRule = req.analysis.result.messages.filter((m) => m.ruleId === message.ruleId);
  const ruleEdits = safeEdits(sameRule, req);
  if (ruleEdits.length > 1) {
    actions.push({
      title: t(req.locale, 'fixAllOfRule', { rule: message.ruleId, count: ruleEdits.length }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [req.uri]: ruleEdits } },
    });
  }
  // Directives are HTML comments, which only Markdown hides from readers.
  if (req.analysis.parsed.document.kind === 'markdown') {
    actions.push({
      title: t(req.locale, 'disableForLine', { rule: message.ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [req.uri]: [disableCommentEdit(message, req)] } },
    });
  }
  const url = ruleDocsUrl(message.ruleId);
  actions.push({
    title: t(req.locale, 'openDocs', { rule: message.ruleId }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: t(req.locale, 'openDocs', { rule: message.ruleId }), command: OPEN_RULE_DOCS_COMMAND, arguments: [url] },
  });
  return actions;
}

/**
 * `<!-- scherp-disable-next-line rule -- reden: … -->` on its own line above the finding's first line, with
 * that line's indentation and block-quote markers so the comment stays in the same container.
 */
export function disableCommentEdit(message: LintMessage, req: Pick<CodeActionRequest, 'analysis' | 'locale'>): TextEdit {
  const { source, lines } = req.analysis.parsed;
  const lineNumber = message.span.start.line;
  const lineStart = lines.lineStarts[lineNumber - 1] ?? 0;
  const lineText = source.slice(lineStart, lines.lineStarts[lineNumber] ?? source.length);
  const prefix = /^[ \t>]*/.exec(lineText)?.[0] ?? '';
  const eol = /\r\n?|\n/.exec(source)?.[0] ?? '\n';
  const comment = `${prefix}<!-- scherp-disable-next-line ${message.ruleId} -- ${t(req.locale, 'reasonPlaceholder')} -->${eol}`;
  const at = { line: lineNumber - 1, character: 0 };
  return { range: { start: at, end: at }, newText: comment };
}

/** The first safe suggestion of each finding, without overlapping edits, as one batch. */
function safeEdits(messages: LintMessage[], req: CodeActionRequest): TextEdit[] {
  const fixes = messages
    .map((m) => (m.suggestions ?? []).find((s) => s.safe))
    .filter((s): s is Suggestion => s !== undefined)
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const edits: TextEdit[] = [];
  let end = -1;
  for (const s of fixes) {
    const [from, to] = s.fix.range;
    if (from < end || (from === end && from === to)) continue;
    edits.push(toLspEdit(s.fix, req.analysis.parsed.lines));
    end = to;
  }
  return edits;
}

/** LSP `only` semantics: kinds are hierarchical ("source.fixAll" includes "source.fixAll.scherp"). */
function wants(only: string[] | undefined, kind: string, explicitOnly = false): boolean {
  if (!only || only.length === 0) return !explicitOnly;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
