import type { LineIndex, SourceSpan } from '@scherp/corpus';
import type { LintMessage, Severity, TextEdit as ScherpEdit } from '@scherp/linter';
import { ruleDocsUrl } from '@scherp/linter';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';

export const DIAGNOSTIC_SOURCE = 'scherp';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** LSP positions are 0-based; the model's are 1-based. Both count UTF-16 code units. */
export function spanToRange(span: SourceSpan): Range {
  return {
    start: { line: span.start.line - 1, character: span.start.column - 1 },
    end: { line: span.end.line - 1, character: span.end.column - 1 },
  };
}

export function offsetsToRange(lines: LineIndex, start: number, end: number): Range {
  return spanToRange(lines.span(start, end));
}

export function toLspEdit(edit: ScherpEdit, lines: LineIndex): TextEdit {
  return { range: offsetsToRange(lines, edit.range[0], edit.range[1]), newText: edit.text };
}

const docsUrls = new Map<string, string>();

export function docsUrlOf(ruleId: string): string {
  let url = docsUrls.get(ruleId);
  if (url === undefined) {
    url = ruleDocsUrl(ruleId);
    docsUrls.set(ruleId, url);
  }
  return url;
}

/**
 * One LSP diagnostic per finding. No `data`: code actions, hovers and quick fixes are computed from a fresh
 * analysis of the current version, matched by rule and range, so nothing needs to travel with each of the
 * thousands of diagnostics every check republishes. `_lines` and `_version` are unused but kept so existing
 * callers compile.
 */
export function toDiagnostic(message: LintMessage, _lines?: LineIndex, _version?: number): Diagnostic {
  return {
    range: spanToRange(message.span),
    severity: SEVERITY[message.severity],
    source: DIAGNOSTIC_SOURCE,
    code: message.ruleId,
    codeDescription: { href: docsUrlOf(message.ruleId) },
    message: message.message,
  };
}
