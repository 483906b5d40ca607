/**
 * Hype: a buzzword offered as the answer with no societal goal or problem in the sentence. A buzzword that
 * is criticised ("prik door de hypes"), negated ("geen AI"), or only given as an example or topic ("zoals AI",
 * "zaken als GovTech") is not hype. Outside advice, only the claim "X is het antwoord/de oplossing" is hype.
 */
import {
  ANSWER_NOUNS, CLAIM_SUBJECTS, CLAIM_WORDS, NAMED_AFTER_TECH, USE_AS_END, GOAL_MARKERS, HYPE_CAUTION, HYPE_EXAMPLE_MARKERS, HYPE_LEXICON, HYPE_NEGATIONS, TOPIC_NOUNS_BEFORE_ALS,
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
  if (options.hasGoal) return [];
  if (!options.isAdvice) {
    const claim = techClaim(view);
    if (claim) return [claim];
  }
  const found = matcher.findAll(tokens).filter((m) => !NAMED_AFTER_TECH.has(tokens[m.to]?.lower.replace(/^-/, '') ?? '') && !/-(verordening|wet)$/.test(tokens[m.from]!.lower));
  if (found.length === 0) return [];
  // Outside advice a buzzword is hype only as THE answer ("X is de oplossing") or as the end itself ("de inzet van AI").
  if (!options.isAdvice && !tokens.some((t) => ANSWER_NOUNS.has(t.lower)) && !found.some((m) => USE_AS_END.has(tokens[m.from - 1]?.lower ?? '') || USE_AS_END.has(tokens[m.from - 2]?.lower ?? ''))) return [];
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

/**
 * A technology as the subject of praise or inevitability: "Digitalisering heeft ons leven verrijkt en biedt
 * ongekende kansen", "Blockchain blijft voorgoed". The subject opens the sentence (after a short lead such
 * as "Hoe dan ook:"), and a claim word or an inevitability ("niet meer verdwijnen") follows.
 */
function techClaim(view: SentenceView): TextMatch | null {
  const { tokens } = view;
  let start = 0;
  for (let k = 0; k < Math.min(tokens.length, 10); k++) if (tokens[k]!.text === ':') start = k + 1;
  const subject = tokens[start]?.lower === 'de' || tokens[start]?.lower === 'het' ? start + 1 : start;
  const head = tokens[subject];
  if (!head || !CLAIM_SUBJECTS.has(head.lower)) return null;
  if (tokens.some((t) => GOAL_MARKERS.has(t.lower) || HYPE_CAUTION.has(t.lower))) return null;
  const claim = tokens.slice(subject + 1).some((t) => CLAIM_WORDS.has(t.lower));
  return claim ? spanOf(view, subject, subject + 1) : null;
}
