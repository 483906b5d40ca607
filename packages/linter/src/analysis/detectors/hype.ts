/**
 * Hype: a buzzword offered as the answer with no societal goal or problem in the sentence. A buzzword that
 * is criticised ("prik door de hypes"), negated ("geen AI"), or only given as an example or topic ("zoals AI",
 * "zaken als GovTech") is not hype. Outside advice, only the claim "X is het antwoord/de oplossing" is hype.
 */
import {
  ANSWER_NOUNS, GOAL_MARKERS, HYPE_CAUTION, HYPE_EXAMPLE_MARKERS, HYPE_LEXICON, HYPE_NEGATIONS, TOPIC_NOUNS_BEFORE_ALS,
  type HypeEntry,
} from '../lexicon/hype.js';
import { PhraseMatcher } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';

const matcher = new PhraseMatcher<HypeEntry>(HYPE_LEXICON.map((entry) => ({ pattern: entry.pattern, data: entry })));

export interface HypeOptions {
  isAdvice: boolean;
  /** The sentence states a problem or a purpose ("om dit te voorkomen" still signals one). */
  hasGoal: boolean;
}

export function detectHype(view: SentenceView, options: HypeOptions): TextMatch[] {
  const { tokens } = view;
  const found = matcher.findAll(tokens);
  if (found.length === 0 || options.hasGoal) return [];
  if (!options.isAdvice && !tokens.some((t) => ANSWER_NOUNS.has(t.lower))) return [];
  if (tokens.some((t) => HYPE_CAUTION.has(t.lower) || GOAL_MARKERS.has(t.lower))) return [];
  const out: TextMatch[] = [];
  for (const m of found) {
    if (view.inParens[m.from]) continue;
    const before = tokens.slice(Math.max(0, m.from - 3), m.from).map((t) => t.lower);
    if (before.some((w) => HYPE_EXAMPLE_MARKERS.has(w))) continue;
    if (before.slice(-2).some((w) => HYPE_NEGATIONS.has(w))) continue;
    const als = before.lastIndexOf('als');
    if (als > 0 && TOPIC_NOUNS_BEFORE_ALS.has(before[als - 1]!)) continue;
    out.push(spanOf(view, m.from, m.to));
  }
  return out;
}
