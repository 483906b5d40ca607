import type { Citation, Locale } from '@scherp/corpus';
import { formatCitation, getCriterion } from '@scherp/corpus';
import type { LintMessage } from '@scherp/linter';
import { getRule, ruleDocsUrl } from '@scherp/linter';
import type { Hover } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Analysis } from './document-analyzer.js';
import { spanToRange } from './diagnostics.js';
import { t } from './i18n.js';

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

/** Criterion, the finding itself, why it matters, how to fix it and where the corpus argues it. */
export function explainFinding(message: LintMessage, locale: Locale): string {
  const criterion = getCriterion(message.criterion);
  const rule = getRule(message.ruleId);
  const docsUrl = ruleDocsUrl(message.ruleId);
  const parts: string[] = [];
  parts.push(`**${escapeMarkdown(criterion?.title[locale] ?? message.criterion)}** · \`${message.ruleId}\``);
  parts.push(escapeMarkdown(message.message));
  if (criterion) {
    parts.push(`**${t(locale, 'whyItMatters')}:** ${escapeMarkdown(criterion.reason[locale])}`);
    parts.push(`**${t(locale, 'howToFix')}:** ${escapeMarkdown(criterion.question[locale])}`);
  }
  const citations = uniqueCitations([...(criterion?.citations ?? []), ...(rule?.meta.citations ?? [])]);
  if (citations.length > 0) {
    const list = citations
      .map((c) => `- ${escapeMarkdown(formatCitation(c, locale))}${c.note ? ` — ${escapeMarkdown(c.note[locale])}` : ''}`)
      .join('\n');
    parts.push(`**${t(locale, 'sources')}:**\n${list}`);
  }
  parts.push(`[${t(locale, 'ruleDocs')}](${docsUrl})`);
  return parts.join('\n\n');
}

function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.document}|${c.expert ?? ''}|${c.recommendation ?? ''}|${c.section ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Writers' text and corpus titles may contain `*`, `_` or brackets; show them literally. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
