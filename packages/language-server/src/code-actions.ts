import type { Locale } from '@scherp/corpus';
import { getCriterion } from '@scherp/corpus';
import type { LintMessage, Suggestion, WriterFinding } from '@scherp/linter';
import { getRule, ruleDocsUrl } from '@scherp/linter';
import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Analysis } from './document-analyzer.js';
import { DIAGNOSTIC_SOURCE, spanToRange, toDiagnostic, toLspEdit } from './diagnostics.js';
import { t } from './i18n.js';
import { FIX_ALL_KIND, MORE_ACTIONS_COMMAND, OPEN_RULE_DOCS_COMMAND } from './protocol.js';
import { writerFindings } from './writer-view.js';

export interface CodeActionRequest {
  uri: string;
  /** A fresh analysis of the document's current version. */
  analysis: Analysis;
  range: Range;
  /** The diagnostics the client shows in the range (any source). */
  diagnostics: Diagnostic[];
  only?: string[];
  locale: Locale;
  /**
   * The client shows a menu for {@link MORE_ACTIONS_COMMAND} (the VS Code extension does): "turn off" and
   * "docs" then sit behind one row. Other clients get them as separate code actions.
   */
  moreActionsMenu?: boolean;
}

/** One row of the "turn off or explain" menu: an edit to apply or a page to open. */
export interface MoreActionItem {
  label: string;
  detail?: string;
  edit?: WorkspaceEdit;
  url?: string;
}

/**
 * Quick fixes for the writer's findings in the range (one per missing piece of an advice, word swaps for
 * language findings), then "turn off or explain" in one row, plus "fix all" when the client asks for that kind.
 */
export function codeActions(req: CodeActionRequest): CodeAction[] {
  const actions: CodeAction[] = [];
  const findings = writerFindings(req.analysis, req.locale);
  if (wants(req.only, CodeActionKind.QuickFix)) {
    const ours = req.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    for (const finding of findingsInRange(findings, req)) {
      const diagnostic =
        ours.find((d) => d.code === finding.ruleId && sameRange(d.range, spanToRange(finding.span))) ??
        toDiagnostic(finding);
      actions.push(...quickFixes(finding, diagnostic, req));
    }
  }
  if (wants(req.only, FIX_ALL_KIND, true)) {
    const edits = safeEdits(req.analysis.result.messages, req);
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
function findingsInRange(findings: WriterFinding[], req: CodeActionRequest): WriterFinding[] {
  const ours = req.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  if (ours.length === 0) return [];
  const exact = findings.filter((m) =>
    ours.some((d) => d.code === m.ruleId && sameRange(d.range, spanToRange(m.span))),
  );
  if (exact.length > 0) return exact;
  const ruleIds = new Set(ours.map((d) => d.code));
  return findings.filter((m) => ruleIds.has(m.ruleId) && overlaps(spanToRange(m.span), req.range));
}

function quickFixes(finding: WriterFinding, diagnostic: Diagnostic, req: CodeActionRequest): CodeAction[] {
  const { lines } = req.analysis.parsed;
  const actions: CodeAction[] = [];
  let preferredGiven = false;
  for (const suggestion of finding.suggestions ?? []) {
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
  if (finding.parts.length === 1) {
    const sameRule = req.analysis.result.messages.filter((m) => m.ruleId === finding.ruleId);
    const ruleEdits = safeEdits(sameRule, req);
    if (ruleEdits.length > 1) {
      actions.push({
        title: t(req.locale, 'fixAllOfRule', { rule: ruleTitle(finding.ruleId, req.locale), count: ruleEdits.length }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [req.uri]: ruleEdits } },
      });
    }
  }
  const items = moreActionItems(finding, req);
  if (req.moreActionsMenu) {
    const title = t(req.locale, 'moreActions');
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title, command: MORE_ACTIONS_COMMAND, arguments: [{ title, items }] },
    });
  } else {
    for (const item of items) {
      actions.push({
        title: item.label,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(item.edit
          ? { edit: item.edit }
          : { command: { title: item.label, command: OPEN_RULE_DOCS_COMMAND, arguments: [item.url] } }),
      });
    }
  }
  return actions;
}

/** "Turn off" (an inline directive with a reason, per rule behind the finding) and "docs" rows. */
export function moreActionItems(finding: WriterFinding, req: CodeActionRequest): MoreActionItem[] {
  const ruleIds = [...new Set(finding.parts.map((p) => p.ruleId))];
  const items: MoreActionItem[] = [];
  // Directives are HTML comments, which only Markdown hides from readers.
  if (req.analysis.parsed.document.kind === 'markdown') {
    for (const ruleId of ruleIds) {
      items.push({
        label: t(req.locale, 'disableForLine', { rule: ruleTitle(ruleId, req.locale) }),
        detail: ruleId,
        edit: { changes: { [req.uri]: [disableCommentEdit(finding, req, ruleId)] } },
      });
    }
  }
  for (const ruleId of ruleIds) {
    items.push({ label: t(req.locale, 'openDocs', { rule: ruleTitle(ruleId, req.locale) }), detail: ruleId, url: ruleDocsUrl(ruleId) });
  }
  return items;
}

/** What a writer calls a rule: its criterion's title ("Eigenaar"), not its id. */
function ruleTitle(ruleId: string, locale: Locale): string {
  const criterion = getRule(ruleId)?.meta.criterion;
  return (criterion && getCriterion(criterion)?.title[locale]) ?? ruleId;
}

/**
 * `<!-- scherp-disable-next-line rule -- reden: … -->` on its own line above the finding's first line, with
 * that line's indentation and block-quote markers so the comment stays in the same container.
 */
export function disableCommentEdit(
  message: LintMessage,
  req: Pick<CodeActionRequest, 'analysis' | 'locale'>,
  ruleId: string = message.ruleId,
): TextEdit {
  const { source, lines } = req.analysis.parsed;
  const lineNumber = message.span.start.line;
  const lineStart = lines.lineStarts[lineNumber - 1] ?? 0;
  const lineText = source.slice(lineStart, lines.lineStarts[lineNumber] ?? source.length);
  const prefix = /^[ \t>]*/.exec(lineText)?.[0] ?? '';
  const eol = /\r\n?|\n/.exec(source)?.[0] ?? '\n';
  const comment = `${prefix}<!-- scherp-disable-next-line ${ruleId} -- ${t(req.locale, 'reasonPlaceholder')} -->${eol}`;
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
