/**
 * analyzeSentence: the Dutch analysis of one sentence. Pure and deterministic; offsets are into `text`, so the
 * result can be cached by (text, contextKey(context)) and reused wherever the sentence occurs.
 */
import type { SentenceAnalysis } from '../types.js';
import { DEFAULT_CONTEXT, relevantLeadIn, type SentenceContext } from './context.js';
import { detectAbsolutes } from './detectors/absolutes.js';
import { findActors } from './detectors/actors.js';
import { detectAdvice } from './detectors/advice.js';
import { detectDeadlines } from './detectors/deadline.js';
import { detectDeferral } from './detectors/deferral.js';
import { detectDependency, detectExitStrategy } from './detectors/dependency.js';
import { detectFunding } from './detectors/funding.js';
import { detectHype } from './detectors/hype.js';
import { detectMeasurable } from './detectors/measurable.js';
import { detectNominalizations } from './detectors/nominalizations.js';
import { detectOwner } from './detectors/owner.js';
import { detectPassives } from './detectors/passive.js';
import { detectProblem } from './detectors/problem.js';
import { detectVagueTerms } from './detectors/vague.js';
import { PAST_MARKERS } from './lexicon/verbs.js';
import { countWords } from './tokenize.js';
import { buildView, spanOf } from './view.js';

export function analyzeSentence(text: string, context: SentenceContext = DEFAULT_CONTEXT): SentenceAnalysis {
  const view = buildView(text);
  const { tokens } = view;
  const actors = findActors(view);
  const leadIn = relevantLeadIn(context);
  const leadInIsAdvice = leadIn !== '' && analyzeSentence(leadIn, { blockKind: 'paragraph' }).advice !== null;

  let advice = detectAdvice(view, actors, { isRecommendationHeading: !!context.isRecommendationHeading, leadInIsAdvice });
  const deadlines = detectDeadlines(view);
  // "Vanaf 1 januari 2027 bieden alle loketten …": a rule announced from a date on, in the present tense.
  if (!advice && !view.isQuestion) {
    const moment = deadlines.find((d) => d.fromMoment);
    if (moment && !tokens.some((t) => PAST_MARKERS.has(t.lower))) advice = { ...spanOf(view, moment.from, moment.to), cue: 'decision' };
  }
  const owner = detectOwner(view, actors, { firstPersonIsOwner: !!context.firstPersonIsOwner });
  const used = new Set<number>();
  for (const d of deadlines) for (let k = d.from; k < d.to; k++) used.add(k);
  const measurable = detectMeasurable(view, used);
  const problem = detectProblem(view);
  const funding = detectFunding(view, owner !== null);
  const isAdvice = advice !== null;

  return {
    wordCount: countWords(tokens),
    advice,
    owner,
    deadline: deadlines[0] ? spanOf(view, deadlines[0].from, deadlines[0].to) : null,
    measurable,
    problem,
    funding,
    vagueTerms: detectVagueTerms(view),
    hype: detectHype(view, { isAdvice, hasProblem: problem !== null }),
    deferral: detectDeferral(view, { isAdvice, hasMeasurable: measurable !== null, hasFunding: funding !== null }),
    absolutes: detectAbsolutes(view),
    passives: detectPassives(view),
    nominalizations: detectNominalizations(view),
    dependency: detectDependency(view),
    exitStrategy: detectExitStrategy(view),
  };
}
