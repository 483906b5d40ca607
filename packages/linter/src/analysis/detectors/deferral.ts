/**
 * Deferral: the only action is to study, explore, evaluate, report, pilot or talk. Research that is rejected
 * ("in plaats van nog meer rapportages") or paired with a concrete result does not count.
 */
import { DEFERRAL_PHRASES, DEFERRAL_REJECTION } from '../lexicon/deferral.js';
import { PhraseMatcher } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';

const matcher = new PhraseMatcher(DEFERRAL_PHRASES.map((pattern) => ({ pattern, data: null })));
const rejections = new PhraseMatcher(DEFERRAL_REJECTION.map((pattern) => ({ pattern, data: null })));

export interface DeferralOptions {
  isAdvice: boolean;
  hasMeasurable: boolean;
  hasFunding: boolean;
}

export function detectDeferral(view: SentenceView, options: DeferralOptions): TextMatch | null {
  if (!options.isAdvice || options.hasMeasurable || options.hasFunding) return null;
  const { tokens } = view;
  const hits = matcher.findAll(tokens);
  if (hits.length === 0) return null;
  const rejected = rejections.findAll(tokens);
  for (const h of hits) {
    // A rejection within four tokens before the research word cancels it.
    if (rejected.some((r) => r.to <= h.from && h.from - r.to <= 4)) continue;
    return spanOf(view, h.from, h.to);
  }
  return null;
}
