import type { Locale } from '@scherp/corpus';
import { formatCitation, getCriterion } from '@scherp/corpus';
import type { LintMessage, WriterFinding } from '@scherp/linter';
import { ruleDocsUrl } from '@scherp/linter';
import type { Hover } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Analysis } from './document-analyzer.js';
import { spanToRange } from './diagnostics.js';
import { t } from './i18n.js';
import { writerFindings } from './writer-view.js';

/** Findings whose span contains `offset` (end inclusive, so the caret right after a word still counts). */
export function messagesAt<M extends LintMessage>(messages: readonly M[], offset: number): M[] {
  return messages.filter((m) => m.span.start.offset <= offset && offset <= m.span.end.offset);
}

/**
 * A short Markdown hover for the writer's findings at the position. The editor already shows each diagnostic's
 * message (what is wrong) above it, so the hover adds only how to fix it (one line per missing piece, or the
 * criterion's question), one source, and "meer uitleg" behind a link to the rule's page: each message once.
 * Null when there is none.
 */
export function hoverAt(analysis: Analysis, line: number, character: number, locale: Locale): Hover | null {
  const offset = analysis.parsed.lines.offsetAt(line + 1, character + 1);
  const found = messagesAt(writerFindings(analysis, locale), offset);
  if (found.length === 0) return null;
  const first = found[0]!;
  return {
    contents: { kind: MarkupKind.Markdown, value: found.map((f) => explainFinding(f, locale)).join('\n\n---\n\n') },
    range: spanToRange(first.span),
  };
}

/** The hover card of one writer finding (a plain `LintMessage` counts as a finding of its own). */
export function explainFinding(finding: LintMessage | WriterFinding, locale: Locale): string {
  const parts: string[] = [];
  const pieces = 'pieces' in finding ? finding.pieces : undefined;
  // The editor shows the diagnostic's message right above this hover: it is not repeated here.
  if (pieces && pieces.length > 0) {
    // One line per piece: the rule's advice without its opening question (the label says what is missing).
    parts.push(
      pieces
        .map((p) => `- **${escapeMarkdown(capitalise(p.label))}:** ${escapeMarkdown(withoutQuestion(p.finding.message))}`)
        .join('\n'),
    );
  } else {
    const criterion = getCriterion(finding.criterion);
    if (criterion) parts.push(`**${escapeMarkdown(criterion.title[locale])}:** ${escapeMarkdown(criterion.question[locale])}`);
  }
  const citation = getCriterion(finding.criterion)?.citations[0];
  if (citation) parts.push(`${t(locale, 'source')}: ${escapeMarkdown(formatCitation(citation, locale))}`);
  const rules = pieces ? pieces.map((p) => ({ label: p.label, id: p.finding.ruleId })) : [{ label: '', id: finding.ruleId }];
  const links = rules.length === 1
    ? `[${t(locale, 'moreInfo')}](${ruleDocsUrl(rules[0]!.id)})`
    : `${t(locale, 'moreInfo')}: ${rules.map((r) => `[${escapeMarkdown(r.label)}](${ruleDocsUrl(r.id)})`).join(' · ')}`;
  parts.push(links);
  return parts.join('\n\n');
}

/**
 * The how-to part of a piece's message, without its opening sentence (the label already says what is missing):
 * "Wie voert dit uit? Noem de verantwoordelijke …" → "Noem de verantwoordelijke …".
 */
function withoutQuestion(message: string): string {
  const m = /^[^.!?]*[.!?]\s+(?=\p{Lu})/u.exec(message);
  return m ? message.slice(m[0].length) : message;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Writers' text and corpus titles may contain `*`, `_` or brackets; show them literally. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
