/** Hollow and hedging terms, located, with alternatives and a reason. */
import { VAGUE_LEXICON, type VagueEntry } from '../lexicon/vague.js';
import { PhraseMatcher } from '../phrases.js';
import type { VagueTermMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';

const matcher = new PhraseMatcher<VagueEntry>(VAGUE_LEXICON.flatMap((entry) => entry.patterns.map((pattern) => ({ pattern, data: entry }))));

export function detectVagueTerms(view: SentenceView): VagueTermMatch[] {
  return matcher.findAll(view.tokens).map((m) => ({
    ...spanOf(view, m.from, m.to),
    term: m.data.term,
    alternatives: m.data.alternatives,
    reason: m.data.reason,
  }));
}
