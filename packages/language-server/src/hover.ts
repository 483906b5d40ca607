import type { Locale } from '@scherp/corpus';
import type { LintMessage } from '@scherp/linter';
import type { Hover } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Analysis } from './document-analyzer.js';
import { spanToRange } from './diagnostics.js';
import { explainFinding } from './explain.js';

export { explainFinding };

/** Findings whose span contains `offset` (end inclusive, so the caret right after a word still counts). */
export function messagesAt(messages: LintMessage[], offset: number): LintMessage[] {
  return messages.filter((m) => m.span.start.offset <= offset && offset <= m.span.end.offset);
}

/** A Markdown hover explaining every finding at the position; null when there is none. */
export function hoverAt(analysis: Analysis, line: number, character: number, locale: Locale): Hover | null {
  const offset = analysis.parsed.lines.offsetAt(line + 1, character + 1);
  const found = messagesAt(analysis.result.messages, offset);
  if (found.length === 0) return null;
  const first = found[0] as LintMessage;
  return {
    contents: { kind: MarkupKind.Markdown, value: found.map((m) => explainFinding(m, locale)).join('\n\n---\n\n') },
    range: spanToRange(first.span),
  };
}
