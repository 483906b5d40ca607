/**
 * explainSentence: why the analysis judged one sentence as it did — for writers asking "why?" and for
 * developers reading a miss. Pure: it re-runs the analysis and reports the evidence; it decides nothing new.
 */
import type { Locale } from '@scherp/corpus';
import type { SentenceAnalysis, TextMatch } from '../types.js';
import { analyzeSentence } from './analyze-sentence.js';
import { DEFAULT_CONTEXT, type SentenceContext } from './context.js';
import { matchCueTable } from './detectors/advice.js';
import { findActors } from './detectors/actors.js';
import { buildView } from './view.js';

export interface SentenceExplanation {
  text: string;
  /** Tokens with the index of the clause (segment) they belong to and whether that clause is subordinate. */
  tokens: Array<{ text: string; clause: number; subordinate: boolean }>;
  /** The cue-table row that matched (also when it blocks advice), or null. */
  table: { pattern: string; cue: string; why: string; text: string } | null;
  analysis: SentenceAnalysis;
  /** One line per piece of evidence, in the requested language. */
  evidence: Array<{ field: string; found: string | null; note: string }>;
}

const L = {
  nl: {
    adviceFound: (cue: string) => `advies (${cue})`,
    blocked: 'geen advies: een regel uit de cue-tabel sluit dit uit',
    noAdvice: 'geen advies: geen verzoek, belofte, besluit, doel of eis gevonden',
    owner: ['wie', 'geen specifieke actor genoemd (algemeen "de overheid", "we moeten" of een passief zonder "door")'],
    deadline: ['wanneer', 'geen datum, jaar of begrensde periode ("zo snel mogelijk" telt niet)'],
    measurable: ['meetbaar', 'geen getal, op te leveren product of ja/nee-criterium'],
    problem: ['probleem', 'geen reden of probleem in de zin'],
    funding: ['geld', 'niet gezegd wie betaalt of hoeveel'],
    deferral: ['uitstel', 'de actie is meer dan alleen onderzoeken, verkennen of praten'],
    hype: ['hype', 'geen modewoord als antwoord zonder doel'],
    absolute: ['absoluut', 'geen onhaalbare absolute belofte'],
    vague: ['vaag', 'geen vage woorden'],
  },
  en: {
    adviceFound: (cue: string) => `advice (${cue})`,
    blocked: 'not advice: a row of the cue table rules it out',
    noAdvice: 'not advice: no request, promise, decision, goal or demand found',
    owner: ['who', 'no specific actor named (generic "de overheid", "we moeten" or a passive without "door")'],
    deadline: ['when', 'no date, year or bounded period ("zo snel mogelijk" does not count)'],
    measurable: ['measurable', 'no number, deliverable or yes/no criterion'],
    problem: ['problem', 'no reason or problem in the sentence'],
    funding: ['funding', 'does not say who pays or how much'],
    deferral: ['deferral', 'the action is more than only studying, exploring or talking'],
    hype: ['hype', 'no buzzword offered as the answer without a goal'],
    absolute: ['absolute', 'no unrealistic absolute promise'],
    vague: ['vague', 'no vague words'],
  },
} as const;

const show = (m: TextMatch | null | undefined) => (m ? m.text : null);

export function explainSentence(text: string, locale: Locale = 'nl', context: SentenceContext = DEFAULT_CONTEXT): SentenceExplanation {
  const view = buildView(text);
  const analysis = analyzeSentence(text, context);
  const m = matchCueTable(view, findActors(view));
  const t = L[locale];
  const table = m ? { pattern: m.row.pattern, cue: m.row.cue, why: m.row.why, text: text.slice(view.tokens[m.from]!.start, view.tokens[m.to - 1]!.end) } : null;
  const verdict = analysis.advice ? t.adviceFound(analysis.advice.cue) : table?.cue === 'none' ? t.blocked : t.noAdvice;
  const row = (field: keyof typeof t, found: string | null) => {
    const entry = t[field] as readonly [string, string];
    return { field: entry[0], found, note: found ? '' : entry[1] };
  };
  const evidence = [
    { field: locale === 'nl' ? 'advies' : 'advice', found: show(analysis.advice), note: verdict },
    row('owner', show(analysis.owner)),
    row('deadline', show(analysis.deadline)),
    row('measurable', show(analysis.measurable)),
    row('problem', show(analysis.problem)),
    row('funding', show(analysis.funding)),
    row('deferral', show(analysis.deferral)),
    row('hype', analysis.hype.map((h) => h.text).join(', ') || null),
    row('absolute', analysis.absolutes.map((h) => h.text).join(', ') || null),
    row('vague', analysis.vagueTerms.map((h) => h.text).join(', ') || null),
  ];
  const tokens = view.tokens.map((tok, i) => ({ text: tok.text, clause: view.clauses.segment[i]!, subordinate: view.clauses.subordinator[i] !== -1 }));
  return { text, tokens, table, analysis, evidence };
}
