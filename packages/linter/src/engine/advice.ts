import type { Document } from '@scherp/corpus';
import type { AdviceCriteria, AdviceRecord } from '../types.js';
import type { AdviceUnit, CheckedSentence } from './rule-api.js';

/**
 * Groups advice sentences with the sentences whose information counts for them. A criterion is met when it
 * appears anywhere in the advice sentence's paragraph ("Het register moet er komen. De minister van BZK zorgt
 * daarvoor vóór 2027." is concrete), and for a numbered recommendation's heading anywhere in its body.
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

  const units: AdviceUnit[] = [];
  for (const s of sentences) {
    const cue = s.analysis.advice;
    if (!cue) continue;
    const paragraphs =
      cue.cue === 'recommendation-heading' ? (recommendationOf.get(s.paragraphIndex) ?? [s.paragraphIndex]) : [s.paragraphIndex];
    const scope = paragraphs.flatMap((p) => byParagraph.get(p) ?? []);
    const criteria: AdviceCriteria = {
      owner: scope.some((x) => x.analysis.owner !== null),
      deadline: scope.some((x) => x.analysis.deadline !== null),
      measurable: scope.some((x) => x.analysis.measurable !== null),
      problem: scope.some((x) => x.analysis.problem !== null),
      funding: scope.some((x) => x.analysis.funding !== null),
    };
    const deferral = s.analysis.deferral !== null;
    units.push({ sentence: s, cue, criteria, deferral, vague: isVague(criteria, deferral) });
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
