import type { Document } from '@scherp/corpus';
import type { AdviceCriteria, AdviceRecord } from '../types.js';
import type { AdviceUnit, CheckedSentence } from './rule-api.js';

/**
 * Groups advice sentences with the sentences whose information counts for them. The scope is the advice
 * sentence's paragraph, and for a numbered recommendation's heading its whole body. Within the scope:
 *  - owner, deadline and measurable result count when any ADVICE sentence states them ("Er moet een register
 *    komen. De minister van BZK moet het vóór 2027 openen." is concrete): an actor or date in a descriptive
 *    sentence usually belongs to something else ("BZK liet in 2023 onderzoek doen.");
 *  - problem and funding count from any sentence, as reasons and money usually get a sentence of their own.
 */
export function buildAdviceUnits(document: Document, sentences: readonly CheckedSentence[]): AdviceUnit[] {
  const byParagraph = new Map<number, CheckedSentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraphIndex);
    if (list) list.push(s);
    else byParagraph.set(s.paragraphIndex, [s]);
  }
  const recommendationOf = new Map<number, number[]>();
  for (const rec of document.recommendations) {
    for (const p of rec.paragraphIndices) recommendationOf.set(p, rec.paragraphIndices);
  }

  // The criteria depend only on the scope, so they are computed once per scope, not once per advice sentence.
  const criteriaOf = new Map<number | number[], AdviceCriteria>();
  const units: AdviceUnit[] = [];
  for (const s of sentences) {
    const cue = s.analysis.advice;
    if (!cue) continue;
    const scopeKey = cue.cue === 'recommendation-heading' ? (recommendationOf.get(s.paragraphIndex) ?? s.paragraphIndex) : s.paragraphIndex;
    let criteria = criteriaOf.get(scopeKey);
    if (!criteria) {
      const paragraphs = typeof scopeKey === 'number' ? [scopeKey] : scopeKey;
      const scope = paragraphs.flatMap((p) => byParagraph.get(p) ?? []);
      const adviceScope = scope.filter((x) => x.analysis.advice !== null);
      criteria = {
        owner: adviceScope.some((x) => x.analysis.owner !== null),
        deadline: adviceScope.some((x) => x.analysis.deadline !== null),
        measurable: adviceScope.some((x) => x.analysis.measurable !== null),
        problem: scope.some((x) => x.analysis.problem !== null),
        funding: scope.some((x) => x.analysis.funding !== null),
      };
      criteriaOf.set(scopeKey, criteria);
    }
    const deferral = s.analysis.deferral !== null;
    units.push({ sentence: s, cue, criteria: { ...criteria }, deferral, vague: isVague(criteria, deferral) });
  }
  return units;
}

/** The dev set's verdict: two of owner/deadline/measurable missing, or deferral with neither owner nor deadline. */
export function isVague(criteria: AdviceCriteria, deferral: boolean): boolean {
  const missing = [criteria.owner, criteria.deadline, criteria.measurable].filter((met) => !met).length;
  return missing >= 2 || (deferral && !criteria.owner && !criteria.deadline);
}

export function toAdviceRecord(unit: AdviceUnit): AdviceRecord {
  const { span, text } = unit.sentence.sentence;
  return {
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    text,
    criteria: { ...unit.criteria },
    vague: unit.vague,
  };
}
