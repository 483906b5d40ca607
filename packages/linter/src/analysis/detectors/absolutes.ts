/**
 * Unrealistic absolutes: lexicon shapes ("altijd en overal", "100%", "nooit meer", "waterdicht") plus two
 * grammatical ones: a zero used as a target ("nul fouten", "de tolerantie is nul"), and a promise that
 * nothing goes wrong — a negated mishap after a guarantee or "kan" ("garanderen dat er geen lek ontstaat",
 * "kan er geen fout ontstaan").
 */
import { ABSOLUTE_PHRASES, GOAL_ONLY_ABSOLUTES, GUARANTEE_VERBS, MISHAP_VERBS } from '../lexicon/absolutes.js';
import { PhraseMatcher } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { spanOf, windowEnd, windowStart, type SentenceView } from '../view.js';

const matcher = new PhraseMatcher(ABSOLUTE_PHRASES.map((pattern) => ({ pattern, data: GOAL_ONLY_ABSOLUTES.has(pattern) })));
const NEGATIONS = new Set(['geen', 'niet', 'nooit', 'niets', 'nul']);

/** `isAdvice`: the sentence asks, promises or decides; only then is a goal-shaped claim an absolute. */
export function detectAbsolutes(view: SentenceView, isAdvice = true): TextMatch[] {
  const { tokens } = view;
  const out = matcher.findAll(tokens).filter((m) => isAdvice || !m.data).map((m) => spanOf(view, m.from, m.to));
  const covered = (i: number) => out.some((m) => m.start <= tokens[i]!.start && tokens[i]!.end <= m.end);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w === 'nul' && !covered(i)) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1]?.lower;
      if ((next?.kind === 'word' && !/^(komma|procent|euro|op|tot|en)$/.test(next.lower)) || prev === 'is' || prev === 'naar') out.push(spanOf(view, i, next?.kind === 'word' ? i + 2 : i + 1));
      continue;
    }
    if (!NEGATIONS.has(w) || covered(i)) continue;
    const end = Math.min(windowEnd(view, i), i + 6);
    let mishap = -1;
    for (let j = i + 1; j < end; j++) if (MISHAP_VERBS.has(tokens[j]!.lower)) mishap = j;
    if (mishap < 0) continue;
    // Only as a promise: after a guarantee verb or "kan/kunnen" in the same clause.
    const start = Math.max(0, windowStart(view, i) - 6);
    let promise = false;
    for (let j = start; j < i; j++) {
      const x = tokens[j]!.lower;
      if (GUARANTEE_VERBS.has(x) || x === 'kan' || x === 'kunnen') promise = true;
    }
    if (promise) out.push(spanOf(view, i, mishap + 1));
  }
  return out.sort((a, b) => a.start - b.start);
}
