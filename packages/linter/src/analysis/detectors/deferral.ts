/**
 * Deferral: the only action is to study, explore, evaluate, report, pilot or talk. The research word must be
 * part of the advised action (at or after the advice cue: "Verzoekt de regering … te onderzoeken"), not be
 * rejected ("in plaats van weer een verkenning"), and the advice must not also name a concrete result.
 */
import { DEFERRAL_PHRASES, DEFERRAL_REJECTION } from '../lexicon/deferral.js';
import { PhraseMatcher, type PhraseMatch } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';

const matcher = new PhraseMatcher(DEFERRAL_PHRASES.map((pattern) => ({ pattern, data: null })));
const rejections = new PhraseMatcher(DEFERRAL_REJECTION.map((pattern) => ({ pattern, data: null })));

export interface DeferralOptions {
  /** Token index of the advice cue; research in an earlier clause is background ("na de evaluatie besluit …"). */
  adviceStart: number;
  hasMeasurable: boolean;
  hasFunding: boolean;
}

/** Research/exploration words that are not rejected, in order. */
export function findDeferralTerms(view: SentenceView): PhraseMatch<null>[] {
  const hits = matcher.findAll(view.tokens);
  if (hits.length === 0) return hits;
  // A rejection within four tokens before the research word cancels it (marked per token: linear time).
  const cancelled = new Uint8Array(view.tokens.length + 1);
  for (const r of rejections.findAll(view.tokens)) for (let k = r.to; k <= r.to + 4 && k < cancelled.length; k++) cancelled[k] = 1;
  // A capitalised compound names a body ("de Onderzoeksraad"), not research.
  return hits.filter((h) => cancelled[h.from] === 0 && !(view.tokens[h.from]!.text[0] !== view.tokens[h.from]!.lower[0] && h.from > 0 && view.tokens[h.from]!.lower.length > 12));
}

export function detectDeferral(view: SentenceView, terms: readonly PhraseMatch<null>[], options: DeferralOptions): TextMatch | null {
  if (options.hasMeasurable || options.hasFunding) return null;
  const cueSegment = view.clauses.segment[options.adviceStart];
  const h = terms.find((t) => t.from >= options.adviceStart || view.clauses.segment[t.from] === cueSegment);
  return h ? spanOf(view, h.from, h.to) : null;
}
