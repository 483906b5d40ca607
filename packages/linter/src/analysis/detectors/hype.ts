/**
 * Hype: a buzzword offered as the answer with no societal goal or problem in the sentence. A buzzword that
 * is criticised ("prik door de hypes"), cautioned against, or only given as an example ("zoals AI") is not hype.
 */
import { GOAL_MARKERS, HYPE_CAUTION, HYPE_EXAMPLE_MARKERS, HYPE_LEXICON, type HypeEntry } from '../lexicon/hype.js';
import { PhraseMatcher } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';

const matcher = new PhraseMatcher<HypeEntry>(HYPE_LEXICON.map((entry) => ({ pattern: entry.pattern, data: entry })));

export interface HypeOptions {
  isAdvice: boolean;
  hasProblem: boolean;
}

export function findBuzzwords(view: SentenceView): Array<{ from: number; to: number }> {
  return matcher.findAll(view.tokens).map((m) => ({ from: m.from, to: m.to }));
}

export function detectHype(view: SentenceView, options: HypeOptions): TextMatch[] {
  const { tokens } = view;
  const found = findBuzzwords(view);
  if (found.length === 0 || options.hasProblem) return [];
  // Claims outside advice are hype only when the buzzword is presented as "the answer/solution".
  if (!options.isAdvice && !tokens.some((t) => /^(antwoord|oplossing|sleutel)$/.test(t.lower))) return [];
  if (tokens.some((t) => HYPE_CAUTION.has(t.lower) || GOAL_MARKERS.has(t.lower))) return [];
  const out: TextMatch[] = [];
  for (const m of found) {
    const context = tokens.slice(Math.max(0, m.from - 3), m.from).map((t) => t.lower);
    if (context.some((w) => HYPE_EXAMPLE_MARKERS.has(w)) || view.inParens[m.from]) continue;
    out.push(spanOf(view, m.from, m.to));
  }
  return out;
}
