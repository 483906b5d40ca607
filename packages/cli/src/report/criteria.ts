import type { Citation, CriterionId, Locale } from '@scherp/corpus';
import { criterionIds, formatCitation, getCriterion } from '@scherp/corpus';
import { getRule } from '@scherp/linter';
import { ADVICE_CRITERIA, type AdviceCriterionId } from './stats.js';
import type { ReportTexts } from './texts.js';

/** Report order of criteria: the catalogue's, which lists the five of concrete advice first. */
const CRITERION_ORDER: readonly CriterionId[] = criterionIds;

export function criterionRank(id: CriterionId): number {
  const rank = CRITERION_ORDER.indexOf(id);
  return rank === -1 ? CRITERION_ORDER.length : rank;
}

export interface CriterionInfo {
  title: string;
  question?: string;
  reason?: string;
  /** Formatted citations: the criterion's own, then those the firing rules add, without duplicates. */
  citations: string[];
}

/** What the report says about a criterion: its title, the question to ask and where the corpus argues it. */
export function describeCriterion(id: CriterionId, ruleIds: Iterable<string>, locale: Locale, texts: ReportTexts): CriterionInfo {
  const criterion = getCriterion(id);
  const citations: Citation[] = [...(criterion?.citations ?? [])];
  for (const ruleId of ruleIds) citations.push(...(getRule(ruleId)?.meta.citations ?? []));
  const formatted = [...new Set(citations.map((c) => formatCitation(c, locale)))];
  const fallbackTitle = (ADVICE_CRITERIA as readonly string[]).includes(id) ? texts.criterionLabel[id as AdviceCriterionId] : id;
  return {
    title: criterion?.title[locale] ?? fallbackTitle,
    question: criterion?.question[locale],
    reason: criterion?.reason[locale],
    citations: formatted,
  };
}
