/**
 * Advice: does the sentence recommend, demand, promise or decide an action? Cues, strongest first:
 * performatives ("wij adviseren", "verzoekt de regering"), decisions ("het kabinet besluit"), importance
 * frames ("het is noodzakelijk dat"), demand modals in a main clause ("De minister moet …"), "er moet …
 * worden", commitments of a named actor or the speaker ("wij gaan …"), and imperatives ("Stel … in").
 * Questions, past tense and modals inside descriptive subordinate clauses are not advice.
 */
import { IMPERATIVE_STEMS, NOT_EER_STEMS, SUBJECT_PRONOUNS, COMMITMENT_AUX, CONDITIONAL_MODALS, DEMAND_MODALS, POSSIBILITY_MODALS } from '../lexicon/verbs.js';
import { FIRST_PERSON } from '../lexicon/actors.js';
import { PhraseMatcher } from '../phrases.js';
import type { AdviceCue, TextMatch } from '../../types.js';
import { isMainClause, segmentEndOf, segmentStartOf, spanOf, type SentenceView } from '../view.js';
import type { ActorMention } from './actors.js';

export type AdviceHit = TextMatch & { cue: AdviceCue };

interface CueData {
  cue: AdviceCue;
  /** A word that must follow within the clause ("beveelt … aan", "roept … op"). */
  particle?: string;
}

const CUE_PHRASES: Array<{ pattern: string; data: CueData }> = [
  ...['adviseer|adviseert|adviseren|adviseerde|adviseerden|geadviseerd', 'aanbeveling om', 'aanbeveling:', 'volgende aanbeveling', 'de aanbeveling', 'een van de aanbevelingen',
    'advies is', 'advies was', 'advies luidt', 'aanbevolen', 'pleit|pleiten|pleitte|pleitten|bepleit|bepleiten', 'verzoekt|verzoeken|verzoek',
    'voorstander van', 'dringt aan op|dringen aan op', 'spreekt uit dat|spreken uit dat', 'voorstel is|voorstel om', 'doet het voorstel|doen het voorstel',
    'raden aan|raadt aan|raad aan', 'eist|eisen dat'].map((pattern) => ({ pattern, data: { cue: 'performative' as AdviceCue } })),
  { pattern: 'beveel|beveelt|bevelen|beval|bevalen', data: { cue: 'performative', particle: 'aan' } },
  { pattern: 'stel|stelt|stellen|stelde|stelden', data: { cue: 'performative', particle: 'voor' } },
  { pattern: 'roep|roept|roepen|riep|riepen', data: { cue: 'performative', particle: 'op' } },
  { pattern: 'draagt|dragen', data: { cue: 'performative', particle: 'op' } },
  ...['besluit|besluiten|besloten', 'heeft besloten|hebben besloten', 'is overeengekomen|zijn overeengekomen', 'overeengekomen:',
    'is afgesproken|zijn afgesproken|afgesproken is', 'aangekondigd', 'onze opdracht', 'onze taak', 'doel van * is',
    'treedt|treden'].map((pattern) => ({ pattern, data: { cue: 'decision' as AdviceCue, ...(pattern.startsWith('treedt') ? { particle: 'werking' } : {}) } })),
  { pattern: 'kondigt|kondigen', data: { cue: 'decision', particle: 'aan' } },
  ...['het is van belang|het is van groot belang|het is van essentieel belang', 'is het van belang|is het van groot belang',
    'het is noodzakelijk|is het noodzakelijk', 'het is essentieel|is het essentieel', 'het is cruciaal|is het cruciaal', 'het is zaak|is het zaak',
    'het is belangrijk|is het belangrijk', 'het is tijd|het wordt tijd', 'het is nodig|is het nodig', 'het is wenselijk|is het wenselijk',
    'het zou verstandig|het zou goed|het zou beter|het zou wenselijk', 'het is raadzaam|het verdient aanbeveling', 'het is gewenst',
    'is geen luxe', 'een must', 'een absolute voorwaarde', 'een voorwaarde', 'een vereiste', 'noodzaak'].map((pattern) => ({ pattern, data: { cue: 'importance' as AdviceCue } })),
];

const cues = new PhraseMatcher(CUE_PHRASES);

/** Predicative importance adjectives: "Een eigen budget is essentieel". */
const IMPORTANCE_ADJECTIVES = new Set(['essentieel', 'noodzakelijk', 'cruciaal', 'onmisbaar', 'vereist', 'onontbeerlijk', 'geboden', 'urgent', 'nodig', 'belangrijk', 'wenselijk', 'gewenst', 'onvermijdelijk', 'dringend']);
const COPULAS = new Set(['is', 'zijn']);
/** Matrix words that make a following "dat"-clause with a modal a (reported) demand. */
const DEMAND_MATRIX = new Set([
  'vind', 'vindt', 'vinden', 'vond', 'vonden', 'meent', 'menen', 'meende', 'wil', 'willen', 'wilt', 'eist', 'eisen', 'verwacht',
  'verwachten', 'belang', 'belangrijk', 'noodzakelijk', 'essentieel', 'cruciaal', 'zaak', 'nodig', 'zorg', 'zorgen', 'zorgt', 'ervoor',
  'erop', 'adviseert', 'adviseren', 'adviseer', 'pleit', 'pleiten', 'stelt', 'stellen', 'aanbeveling', 'geadviseerd', 'benadrukt',
  'benadrukken', 'vraagt', 'vragen', 'dringt', 'verzoekt', 'wenselijk', 'tijd', 'denk', 'denkt', 'denken', 'vereist', 'voorwaarde',
]);
/** Perfect/past context that turns "moeten" into history: "heeft … moeten", "had … moeten". */
const PERFECT_AUX = new Set(['heeft', 'hebben', 'had', 'hadden']);
const DESCRIPTIVE_ADVERBS = new Set(['eenmaal']);
/** Tokens that may precede an imperative at the start of a segment ("En zorg …", "Ook: maak …"). */
const LEADING_CONNECTIVES = new Set(['en', 'of', 'maar', 'dus', 'ook', 'daarom', 'dan', 'tot', 'slot', 'kortom', 'tenslotte', 'verder', 'vooral', 'bovendien']);
/** Ambiguous stems: noun readings are excluded by what follows ("Start van …", "Begin 2027 …", "Werk is …"). */
const NOT_AFTER_IMPERATIVE = new Set(['is', 'zijn', 'was', 'waren', 'wordt', 'van', 'dat', 'die', 'en', 'of', 'in', 'bij', 'op', 'als']);

export interface AdviceOptions {
  isRecommendationHeading: boolean;
  leadInIsAdvice: boolean;
}

export function detectAdvice(view: SentenceView, actors: readonly ActorMention[], options: AdviceOptions): AdviceHit | null {
  const { tokens } = view;
  if (tokens.length === 0) return null;
  if (options.isRecommendationHeading) return { ...spanOf(view, 0, tokens.length), cue: 'recommendation-heading' };
  if (view.isQuestion) return null;

  const phrase = findCuePhrase(view);
  if (phrase) return phrase;
  const modal = findModal(view, actors);
  if (modal) return modal;
  const imperative = findImperative(view);
  if (imperative) return imperative;
  const predicative = findPredicativeImportance(view);
  if (predicative) return predicative;
  if (options.leadInIsAdvice && tokens.some((t) => t.kind === 'word')) return { ...spanOf(view, 0, tokens.length), cue: 'performative' };
  return null;
}

function findCuePhrase(view: SentenceView): AdviceHit | null {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    for (const m of cues.matchAt(tokens, i)) {
      if (m.data.particle) {
        const end = segmentEndOf(view, i);
        let found = -1;
        for (let j = m.to; j < end; j++) if (tokens[j]!.lower === m.data.particle) found = j;
        if (found < 0) continue;
        // "stel je voor" is "imagine"; "draagt bij" is not "draagt op".
        if (m.data.particle === 'voor' && tokens[i + 1]?.lower === 'je') continue;
        return { ...spanOf(view, i, found + 1), cue: m.data.cue };
      }
      if (m.data.cue === 'importance' && tokens.slice(Math.max(0, i - 3), m.to + 1).some((t) => DESCRIPTIVE_ADVERBS.has(t.lower))) continue;
      // "een voorwaarde"/"noodzaak" only as a predicate of the main clause, not as a noun phrase in a description.
      if ((m.pattern === 'een voorwaarde' || m.pattern === 'noodzaak' || m.pattern === 'een vereiste') && !hasCopulaBefore(view, i)) continue;
      return { ...spanOf(view, m.from, m.to), cue: m.data.cue };
    }
  }
  return null;
}

function hasCopulaBefore(view: SentenceView, i: number): boolean {
  const start = segmentStartOf(view, i);
  for (let j = i - 1; j >= start; j--) if (COPULAS.has(view.tokens[j]!.lower) || view.tokens[j]!.lower === 'blijft') return true;
  return false;
}

function findModal(view: SentenceView, actors: readonly ActorMention[]): AdviceHit | null {
  const { tokens, clauses } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const w = t.lower;
    const segStart = segmentStartOf(view, i);
    const segEnd = segmentEndOf(view, i);
    const main = isMainClause(view, i);
    const inDemandDat = !main && governedByDemand(view, i);
    if (!main && !inDemandDat) continue;
    const clauseTokens = tokens.slice(segStart, segEnd);
    const before = tokens.slice(segStart, i);

    if (DEMAND_MODALS.has(w)) {
      if ((w === 'dient' || w === 'dienen' || w === 'hoort' || w === 'horen') && !clauseTokens.some((x) => x.lower === 'te')) continue;
      if ((w === 'moeten') && before.some((x) => PERFECT_AUX.has(x.lower))) continue;
      const er = tokens[i - 1]?.lower === 'er' || tokens[i + 1]?.lower === 'er';
      return { ...spanOf(view, i, i + 1), cue: er ? 'er-moet' : inDemandDat ? 'performative' : 'modal' };
    }
    if (CONDITIONAL_MODALS.has(w)) {
      // "zou moeten" recommends; "zou willen" wishes; "zou ik …" (as an expert) recommends.
      const rest = tokens.slice(i + 1, segEnd).map((x) => x.lower);
      if (rest.includes('moeten')) return { ...spanOf(view, i, i + 1), cue: 'modal' };
      if (rest.includes('willen') || rest.includes('kunnen') || rest.includes('hebben')) continue;
      if (tokens[i + 1]?.lower === 'ik' || tokens[i - 1]?.lower === 'ik') return { ...spanOf(view, i, i + 2), cue: 'modal' };
      continue;
    }
    if (COMMITMENT_AUX.has(w) && main) {
      if (/^(gaat|gaan|ga)$/.test(w) && /^(over|om|het|goed|mis|fout|niet)$/.test(tokens[i + 1]?.lower ?? '')) continue;
      if (clauseTokens.some((x) => x.lower === 'zou' || x.lower === 'zouden')) continue;
      const near = tokens.slice(Math.max(segStart, i - 4), Math.min(segEnd, i + 3));
      const firstPerson = near.some((x) => FIRST_PERSON.has(x.lower) && x.lower !== 'ons' && x.lower !== 'mijn' && x.lower !== 'onze');
      const actorNear = actors.some((a) => a.from >= segStart && a.from < segEnd && Math.abs(a.from - i) <= 5);
      if (firstPerson || actorNear) return { ...spanOf(view, i, i + 1), cue: 'decision' };
      continue;
    }
    if (POSSIBILITY_MODALS.has(w) && main) {
      // Suggestions: "Ook kan worden gekeken naar …", "Dit kan bijvoorbeeld door …", "kun je ook kiezen voor …".
      const window = tokens.slice(Math.max(segStart, i - 2), Math.min(segEnd, i + 4)).map((x) => x.lower);
      const suggestion = window.includes('bijvoorbeeld') || (window.includes('ook') && (window.includes('worden') || window.includes('je')));
      if (suggestion) return { ...spanOf(view, i, i + 1), cue: 'modal' };
      continue;
    }
    // "er is … nodig", "we hebben … nodig"
    if (w === 'nodig' && main && before.some((x) => x.lower === 'is' || x.lower === 'zijn' || x.lower === 'hebben' || x.lower === 'heeft')) {
      if (tokens[i - 1]?.lower === 'indien' || tokens[i - 1]?.lower === 'waar' || tokens[i - 1]?.lower === 'zo') continue;
      return { ...spanOf(view, i, i + 1), cue: 'importance' };
    }
    // "Dit vraagt (om) …", "Dat vereist …"
    if ((w === 'vraagt' || w === 'vereist' || w === 'vergt') && main && i - segStart <= 2 && /^(dit|dat|het|hetgeen|deze)$/.test(tokens[i - 1]?.lower ?? '')) {
      return { ...spanOf(view, i - 1, i + 1), cue: 'importance' };
    }
  }
  return null;
}

/** A modal inside "dat …" counts when the matrix demands it: "vindt dat er … moet komen". */
function governedByDemand(view: SentenceView, i: number): boolean {
  const sub = view.clauses.subordinator[i]!;
  if (sub < 0) return false;
  const word = view.tokens[sub]!.lower;
  if (word !== 'dat') return false;
  const start = segmentStartOf(view, sub);
  for (let j = Math.max(start, sub - 6); j < sub; j++) if (DEMAND_MATRIX.has(view.tokens[j]!.lower)) return true;
  return false;
}

function findImperative(view: SentenceView): AdviceHit | null {
  const { tokens } = view;
  let atStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      // A new imperative may start after ":" or ";" (but not after a comma: that would catch inversions).
      atStart = t.text === ':' || t.text === ';' || t.text === '.' || t.text === '!' || (atStart && (t.text === '(' || t.text === '"' || t.text === '‘' || t.text === '“'));
      continue;
    }
    if (!atStart) continue;
    if (LEADING_CONNECTIVES.has(t.lower)) continue;
    atStart = false;
    if (t.kind !== 'word' || !isImperativeForm(t.lower)) continue;
    const next = tokens[i + 1];
    if (!next) continue;
    if (SUBJECT_PRONOUNS.has(next.lower)) continue;
    if (next.kind === 'punct' && next.text !== ':' ) continue;
    if (NOT_AFTER_IMPERATIVE.has(next.lower)) continue;
    if (t.lower === 'stel' && next.lower === 'dat') continue;
    if (t.lower === 'begin' && (next.kind === 'number' || /^(volgend|dit|komend|van|deze)$/.test(next.lower))) continue;
    if (t.lower === 'pas' && !tokens.slice(i, i + 12).some((x) => x.lower === 'toe')) continue;
    if (t.lower === 'kijk' && next.lower !== 'naar') continue;
    if (t.lower === 'zie' && next.lower !== 'erop' && next.lower !== 'toe') continue;
    if (t.lower === 'open' || t.lower === 'deel' || t.lower === 'test' || t.lower === 'regel' || t.lower === 'start' || t.lower === 'werk') {
      // Noun readings: "Open data is …", "Deel van …"; as verbs they take an object or particle.
      if (next.kind !== 'word' || /^(data|source|van|is)$/.test(next.lower)) continue;
    }
    return { ...spanOf(view, i, i + 1), cue: 'imperative' };
  }
  return null;
}

function isImperativeForm(word: string): boolean {
  if (IMPERATIVE_STEMS.has(word)) return true;
  // Latinate verbs: "organiseer", "formuleer", "standaardiseer".
  return word.length >= 7 && word.endsWith('eer') && !NOT_EER_STEMS.has(word);
}

/** "Een exit-plan is essentieel", "Samenwerking is noodzakelijk om …": a predicate that demands. */
function findPredicativeImportance(view: SentenceView): AdviceHit | null {
  const { tokens } = view;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!IMPORTANCE_ADJECTIVES.has(t.lower) || !isMainClause(view, i)) continue;
    const next = tokens[i + 1];
    // Attributive use ("een noodzakelijke stap") has an inflected form and is not listed; guard against a noun after it.
    if (next && next.kind === 'word' && !/^(om|dat|voor|en|omdat|want|zodat|bij|in|als)$/.test(next.lower)) continue;
    const start = segmentStartOf(view, i);
    let copula = -1;
    for (let j = i - 1; j >= Math.max(start, i - 4); j--) if (COPULAS.has(tokens[j]!.lower)) copula = j;
    if (copula < 0) continue;
    if (tokens.slice(copula, i).some((x) => DESCRIPTIVE_ADVERBS.has(x.lower) || x.lower === 'niet')) continue;
    return { ...spanOf(view, copula, i + 1), cue: 'importance' };
  }
  return null;
}

