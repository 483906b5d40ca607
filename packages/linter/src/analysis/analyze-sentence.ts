/**
 * analyzeSentence: the Dutch analysis of one sentence. Pure and deterministic; offsets are into `text`, so the
 * result can be cached by (text, contextKey(context)) and reused wherever the sentence occurs.
 */
import type { SentenceAnalysis } from '../types.js';
import { DEFAULT_CONTEXT, relevantLeadIn, type SentenceContext } from './context.js';
import { detectAbsolutes } from './detectors/absolutes.js';
import { findActors } from './detectors/actors.js';
import { detectAdvice, isNounPhraseHeading, matchCueTable, findActionItem, findFirstPersonPlan, findPassivePlan, findPossibilityProposal, findPresentCommitment, findThereComes } from './detectors/advice.js';
import { detectDeadlines } from './detectors/deadline.js';
import { detectDeferral, findDeferralTerms } from './detectors/deferral.js';
import { detectDependency, detectExitStrategy } from './detectors/dependency.js';
import { detectFunding } from './detectors/funding.js';
import { detectHype } from './detectors/hype.js';
import { detectMeasurable } from './detectors/measurable.js';
import { detectNominalizations } from './detectors/nominalizations.js';
import { detectOwner, ownerOfAdvice } from './detectors/owner.js';
import { detectPassives } from './detectors/passive.js';
import { detectProblem, hasPurposePointer } from './detectors/problem.js';
import { detectVagueTerms } from './detectors/vague.js';
import { reportsPast } from './grammar.js';
import type { ActorMention } from './detectors/actors.js';
import { countWords } from './tokenize.js';
import { buildView, isMainClause, spanOf, tokenIndexAt } from './view.js';
import { isBoundary } from './clauses.js';

/**
 * Whether each list lead-in is advice, for the sentences of one document: every item of a list has the same
 * lead-in, which would otherwise be analysed again for each of them. Made per call of the caller (a document
 * analysis), so nothing outlives it.
 */
export type LeadInAdvice = Map<string, boolean>;

export function analyzeSentence(text: string, context: SentenceContext = DEFAULT_CONTEXT): SentenceAnalysis {
  return analyzeSentenceWith(text, context, undefined);
}

/** `analyzeSentence` with the lead-in answers of the document being analysed (see LeadInAdvice). */
export function analyzeSentenceWith(text: string, context: SentenceContext, leadIns: LeadInAdvice | undefined): SentenceAnalysis {
  const view = buildView(text);
  const { tokens } = view;
  const actors = findActors(view);
  const leadIn = relevantLeadIn(context);
  const leadInIsAdvice = leadIn !== '' && isLeadInAdvice(leadIn, leadIns);

  const matched = matchCueTable(view, actors);
  const table = context.blockKind === 'heading' && isNounPhraseHeading(view, matched) ? null : matched;
  // A motion's "overwegende dat …" or a recounted request is never advice, whatever modal it holds.
  const blocked = table?.row.cue === 'none' && !context.isRecommendationHeading;
  let advice = detectAdvice(view, actors, { isRecommendationHeading: !!context.isRecommendationHeading, leadInIsAdvice, table });
  const deadlines = detectDeadlines(view);
  const passives = detectPassives(view);
  const past = reportsPast(view);
  // "Vanaf 1 januari 2027 bieden alle loketten …": a rule announced from a date on, in the present tense.
  if (!advice && !blocked && !view.isQuestion && !past) {
    const moment = deadlines.find((d) => d.fromMoment && isMainClause(view, d.from));
    if (moment) advice = { ...spanOf(view, moment.from, moment.to), cue: 'decision' };
  }
  let owner = detectOwner(view, actors, { firstPersonIsOwner: !!context.firstPersonIsOwner });
  const used = new Set<number>();
  for (const d of deadlines) for (let k = d.from; k < d.to; k++) used.add(k);
  const research = findDeferralTerms(view);
  // A rule that applies from a date on ("per 1 januari 2027 …") is itself checkable.
  const fromMoment = deadlines.find((d) => d.fromMoment);
  const measure = (cue: typeof advice) =>
    detectMeasurable(view, {
      used,
      hasActor: actors.length > 0,
      ...studyObject(view, research, cue ? tokenIndexAt(view, cue.start) : -1),
      agent: passiveAgent(view, actors),
    }) ??
    (fromMoment ? spanOf(view, fromMoment.from, fromMoment.to) : null);
  let measurable = measure(advice);
  const problem = detectProblem(view);
  const funding = detectFunding(view, owner !== null);
  // A named actor announcing a concrete action in the present tense ("Het college richt in 2027 een loket in").
  if (!advice && !blocked && !view.isQuestion && !past) {
    // A recurring moment in the present tense describes routine ("Het UWV verwerkt jaarlijks …").
    const futureDeadline = deadlines.some((d) => !d.recurring && !isPastYear(view, d.from, d.to));
    advice =
      findPresentCommitment(view, actors, futureDeadline || measurable !== null || funding !== null) ??
      findFirstPersonPlan(view, futureDeadline) ??
      // A passive with a recurring moment arranges something ("wordt elk kwartaal geïnformeerd").
      findPassivePlan(view, passives, futureDeadline || deadlines.some((d) => d.recurring)) ??
      findThereComes(view, measurable !== null) ??
      findActionItem(view, context.blockKind, actors) ??
      (futureDeadline ? findPossibilityProposal(view) : null);
    // What is being studied is not a result: measure again now that the action is known.
    if (advice) measurable = measure(advice);
  }
  owner = ownerOfAdvice(view, actors, advice, owner, { firstPersonIsOwner: !!context.firstPersonIsOwner });
  const isAdvice = advice !== null;
  const exitStrategy = detectExitStrategy(view);

  return {
    wordCount: countWords(tokens),
    advice,
    owner,
    deadline: deadlines[0] ? spanOf(view, deadlines[0].from, deadlines[0].to) : null,
    measurable,
    problem,
    funding,
    vagueTerms: detectVagueTerms(view),
    // A sentence that already guards the exit ("met een exitstrategie") is managing a technology, not hyping it.
    hype: detectHype(view, { isAdvice, hasGoal: problem !== null || hasPurposePointer(view) || exitStrategy !== null }),
    deferral: advice ? detectDeferral(view, research, { adviceStart: tokenIndexAt(view, advice.start), hasMeasurable: measurable !== null && !REPORTS.test(measurable.text), hasFunding: funding !== null && (research.length === 0 || tokenIndexAt(view, funding.start) < research[0]!.from) }) : null,
    absolutes: detectAbsolutes(view, isAdvice),
    passives,
    nominalizations: detectNominalizations(view),
    dependency: detectDependency(view),
    exitStrategy,
  };
}


function isLeadInAdvice(leadIn: string, leadIns: LeadInAdvice | undefined): boolean {
  let advice = leadIns?.get(leadIn);
  if (advice === undefined) {
    advice = analyzeSentence(leadIn, { blockKind: 'paragraph' }).advice !== null;
    leadIns?.set(leadIn, advice);
  }
  return advice;
}

/** Deliverables that are themselves a report: promising one is still only reporting ("een overzicht geven"). */
const REPORTS = /^(een |het |de )?(overzicht|monitor|standpunt|antwoorden|rapport|rapportage|brief|voortgangsbrief|inzicht)\b/i;

/** A deadline that is only a year before the current decade is history, not a commitment. */
function isPastYear(view: ReturnType<typeof buildView>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'number' && t.text.length === 4 && Number(t.text) < 2000) return true;
  }
  return false;
}

/**
 * The token range that is only the object of a study: after a research noun up to the end of its clause or
 * a new verb phrase ("onderzoek naar een register en komt met …"), or — Dutch puts the infinitive last — from
 * the advice cue to a clause-final research verb ("… een register te onderzoeken"). -1/-1 without research.
 */
const EMBEDDED_QUESTION = new Set(['of', 'hoe', 'welke', 'wat', 'waar', 'wie', 'waarom', 'wanneer', 'waarmee', 'waarvoor']);

function studyObject(
  view: ReturnType<typeof buildView>,
  research: ReadonlyArray<{ from: number; to: number }>,
  cue: number,
): { researchFrom: number; researchTo: number } {
  const r = cue < 0 ? undefined : research.find((x) => x.from >= cue);
  if (!r) return { researchFrom: -1, researchTo: -1 };
  const { tokens } = view;
  const next = tokens[r.to];
  // "te onderzoeken of/hoe …": an embedded question is what is studied, as is everything before the verb.
  // Only a clause-final infinitive ("… te onderzoeken of") has its object before it; "laat onderzoeken hoe …" does not.
  if (next && EMBEDDED_QUESTION.has(next.lower)) return { researchFrom: tokens[r.from - 1]?.lower === 'te' ? cue : r.from, researchTo: tokens.length };
  const clauseFinal = !next || next.kind === 'punct' || next.lower === 'en';
  if (clauseFinal) return { researchFrom: cue, researchTo: r.to };
  // The object runs to the end of the clause, or to "en/maar" + a finite verb that starts a new action.
  let to = r.to;
  while (to < tokens.length && !isBoundary(tokens[to]!)) {
    const w = tokens[to]!.lower;
    const after = tokens[to + 1];
    if ((w === 'en' || w === 'maar') && after && after.kind === 'word' && after.lower.length > 3 && after.lower.endsWith('t')) break;
    to++;
  }
  return { researchFrom: r.from, researchTo: to };
}

/** "… door de CIO-Rijk": the actor right after "door" in a sentence with a passive. */
function passiveAgent(view: ReturnType<typeof buildView>, actors: readonly ActorMention[]): { from: number; to: number } | null {
  for (const a of actors) {
    const before = view.tokens[a.from - 1]?.lower === 'door' ? a.from - 1 : view.tokens[a.from - 2]?.lower === 'door' ? a.from - 2 : -1;
    if (before >= 0) return { from: before, to: a.to };
  }
  return null;
}
