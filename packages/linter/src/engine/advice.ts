import type { Document } from '@scherp/corpus';
import { insidePlaceholder } from '../placeholders.js';
import type { AdviceCriteria, AdviceRecord, TextMatch } from '../types.js';
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
  // `sentences` are in document order, so each paragraph's sentences are one run `[from, to)`.
  let runs: Map<number, [number, number]> | undefined;
  const runOf = (paragraphIndex: number): [number, number] | undefined => {
    if (!runs) {
      runs = new Map();
      for (let i = 0; i < sentences.length; ) {
        const p = sentences[i]!.paragraphIndex;
        const from = i;
        while (i < sentences.length && sentences[i]!.paragraphIndex === p) i++;
        runs.set(p, [from, i]);
      }
    }
    return runs.get(paragraphIndex);
  };
  let recommendationOf: Map<number, number[]> | undefined;
  const recommendationParagraphs = (paragraphIndex: number): number[] | undefined => {
    if (!recommendationOf) {
      recommendationOf = new Map();
      for (const rec of document.recommendations) {
        for (const p of rec.paragraphIndices) recommendationOf.set(p, rec.paragraphIndices);
      }
    }
    return recommendationOf.get(paragraphIndex);
  };
  const criteriaOver = (scope: ReadonlyArray<readonly [number, number]>): AdviceCriteria => {
    const criteria: AdviceCriteria = { owner: false, deadline: false, measurable: false, problem: false, funding: false };
    for (const [from, to] of scope) {
      for (let i = from; i < to; i++) {
        const a = sentences[i]!.analysis;
        const text = sentences[i]!.sentence.text;
        // A placeholder ("[wie betaalt?]") is an open task, never the criterion itself.
        const met = text.indexOf('?]') < 0 ? isSet : (m: TextMatch | null) => m !== null && !insidePlaceholder(text, m.start, m.end);
        if (a.advice !== null) {
          criteria.owner ||= met(a.owner);
          criteria.deadline ||= met(a.deadline);
          criteria.measurable ||= met(a.measurable);
        }
        criteria.problem ||= met(a.problem);
        criteria.funding ||= met(a.funding);
      }
    }
    return criteria;
  };

  // The criteria depend only on the scope, so they are computed once per scope (and shared by its units).
  const units: AdviceUnit[] = [];
  let paragraphCriteria: AdviceCriteria | undefined;
  let runStart = 0;
  const recommendationCriteria = new Map<number[], AdviceCriteria>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (i === 0 || sentences[i - 1]!.paragraphIndex !== s.paragraphIndex) {
      runStart = i;
      paragraphCriteria = undefined;
    }
    const cue = s.analysis.advice;
    if (!cue) continue;
    let criteria: AdviceCriteria;
    const rec = cue.cue === 'recommendation-heading' ? recommendationParagraphs(s.paragraphIndex) : undefined;
    if (rec) {
      let c = recommendationCriteria.get(rec);
      if (!c) {
        const scope: Array<[number, number]> = [];
        for (const p of rec) {
          const run = runOf(p);
          if (run) scope.push(run);
        }
        c = criteriaOver(scope);
        recommendationCriteria.set(rec, c);
      }
      criteria = c;
    } else {
      if (!paragraphCriteria) {
        let runEnd = runStart;
        while (runEnd < sentences.length && sentences[runEnd]!.paragraphIndex === s.paragraphIndex) runEnd++;
        paragraphCriteria = criteriaOver([[runStart, runEnd]]);
      }
      criteria = paragraphCriteria;
    }
    const deferral = s.analysis.deferral !== null;
    units.push({ sentence: s, cue, criteria, deferral, vague: isVague(criteria, deferral) });
  }
  return units;
}

const isSet = (m: TextMatch | null): boolean => m !== null;

/** The dev set's verdict: two of owner/deadline/measurable missing, or deferral with neither owner nor deadline. */
export function isVague(criteria: AdviceCriteria, deferral: boolean): boolean {
  // Counted without a list: this runs for every advice in the document on every re-lint.
  const missing = (criteria.owner ? 0 : 1) + (criteria.deadline ? 0 : 1) + (criteria.measurable ? 0 : 1);
  return missing >= 2 || (deferral && !criteria.owner && !criteria.deadline);
}

export function toAdviceRecord(unit: AdviceUnit): AdviceRecord {
  const { span, text } = unit.sentence.sentence;
  const c = unit.criteria;
  return {
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    text,
    // Field by field: object spread takes a slow generic path, and every re-lint builds every record.
    criteria: { owner: c.owner, deadline: c.deadline, measurable: c.measurable, problem: c.problem, funding: c.funding },
    vague: unit.vague,
  };
}
