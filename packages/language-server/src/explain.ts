import type { Citation, Locale } from '@scherp/corpus';
import { formatCitation, getCriterion } from '@scherp/corpus';
import type { LintMessage } from '@scherp/linter';
import { getRule, ruleDocsUrl } from '@scherp/linter';
import { t } from './i18n.js';

// The explanation of a finding as Markdown, without anything of the LSP: the hover uses it, and so does the
// web page (`@scherp/language-server/explain`, safe to bundle for browsers).

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
