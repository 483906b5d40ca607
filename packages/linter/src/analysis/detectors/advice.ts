/**
 * Advice: does the sentence recommend, demand, promise or decide an action? Cues, strongest first:
 * performatives ("wij adviseren", "verzoekt de regering"), decisions ("het kabinet besluit"), importance
 * frames ("het is noodzakelijk dat"), demand modals in a main clause ("De minister moet …"), "er moet …
 * worden", commitments of a named actor or the speaker ("wij gaan …"), and imperatives ("Stel … in").
 * Questions, past tense and modals inside descriptive subordinate clauses are not advice.
 */
import { isFiniteAt, isImperativeAt, isPastAt, isSubjectPronounAt, modalRoleAt } from '../grammar.js';
import { FIRST_PERSON } from '../lexicon/actors.js';
import { MONTHS } from '../lexicon/time.js';
import { isKnownVerb, isPresentTense, isSeen, isVerbStem } from '@scherp/dutch';
import { PhraseMatcher } from '../phrases.js';
import { ADVICE_CUES, type AdviceCueRow } from '../lexicon/advice-cues.js';
import type { AdviceCue, TextMatch } from '../../types.js';
import type { Token } from '../tokenize.js';
import { CLAUSE_WINDOW, isMainClause, segmentEndOf, segmentStartOf, spanOf, tokenIndexAt, windowEnd, windowStart, type SentenceView } from '../view.js';
import type { ActorMention } from './actors.js';

export type AdviceHit = TextMatch & { cue: AdviceCue };

/** The cue table, compiled once; each match carries its row and the row's rank (lower is stronger). */
const cues = new PhraseMatcher(ADVICE_CUES.map((row, rank) => ({ pattern: row.pattern, data: { ...row, rank } })));
type RankedRow = AdviceCueRow & { rank: number };

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
/** Subjects that make a verb describe an effect ("Dat roept vragen op"), not an appeal by someone. */
const POINTER_SUBJECTS = new Set(['dit', 'dat', 'het', 'wat', 'die', 'deze', 'hetgeen']);
/** What "oproepen" evokes rather than appeals to. */
const EVOKED = new Set(['vragen', 'weerstand', 'discussie', 'herinneringen', 'emoties', 'beelden', 'reacties', 'onrust']);
/** Verbs that report a view ("stelt dat", "zegt dat"): a named actor using them announces nothing. */
/**
 * A separable particle at the end of the clause turns a reporting verb into another verb that can announce an
 * action: "stelt … op" (draws up), "stelt … vast" (adopts), "wijst … aan" (appoints), "ziet … toe" (supervises).
 * The last word is a particle when the tagger reads it as one (`VZ|fin`) or particle + the verb's lemma is itself
 * a verb ("vast" + "stellen"); "beschikbaar stellen" (provide) is written apart, but announces an action as well.
 */
function clauseEndsInParticle(view: SentenceView, verbIndex: number): boolean {
  const end = Math.min(segmentEndOf(view, verbIndex), view.tokens.length - 1);
  for (let k = end; k > verbIndex; k--) {
    const token = view.tokens[k]!;
    if (token.kind !== 'word') continue;
    return token.lower === 'beschikbaar' || view.tags[k]!.xpos === 'VZ|fin' || isKnownVerb(token.lower + (view.tags[verbIndex]?.lemma ?? ''));
  }
  return false;
}

const REPORTING_VERBS = new Set(['stelt', 'zegt', 'meldt', 'schrijft', 'constateert', 'concludeert', 'denkt', 'vindt', 'meent', 'verwacht', 'benadrukt', 'wijst', 'erkent', 'betoogt', 'signaleert', 'waarschuwt', 'ziet', 'weet', 'hoopt']);
/** Infinitives of state: "we zullen niet alle antwoorden hebben" predicts, it does not commit. */
const STATE_INFINITIVES = new Set(['hebben', 'zijn', 'blijven', 'kunnen', 'lijken', 'heten', 'liggen', 'bestaan', 'merken', 'zien', 'verdwijnen', 'veranderen']);

/** Speech verbs that turn "moet worden …" into a discourse formula ("moet worden opgemerkt dat"). */
const DISCOURSE_VERBS = new Set(['melden', 'mededelen', 'meedelen', 'berichten', 'laten', 'opgemerkt', 'opmerken', 'gezegd', 'zeggen', 'vermeld', 'vermelden', 'benadrukt', 'benadrukken', 'geconstateerd', 'constateren', 'toegegeven', 'toegeven', 'erkend', 'gesteld', 'aangetekend', 'aantekenen']);

/** Adjectives in "het zou verstandig zijn als/om …". */
const ADVISABLE = new Set(['verstandig', 'goed', 'beter', 'wenselijk', 'raadzaam', 'nuttig', 'mooi', 'slim', 'logisch', 'passend']);
/** Words ending in -en that are not infinitives. */
const NOT_INFINITIVES = new Set(['een', 'geen', 'alleen', 'heen', 'tussen', 'tegen', 'open', 'boven', 'binnen', 'buiten', 'zonder', 'even', 'samen', 'meden', 'verleden', 'volgen']);

function looksLikeInfinitive(word: string): boolean {
  return word.length > 3 && word.endsWith('en') && !NOT_INFINITIVES.has(word);
}

/** Infinitives of feeling and judging: "Dat moet ons zorgen baren", "Dat moet je te denken geven". */
const EVALUATIVE_INFINITIVES = new Set(['baren', 'verbazen', 'verontrusten', 'verbazen', 'verrassen', 'opvallen', 'aanspreken', 'benauwen', 'inspireren']);

/** Subordinators that open a fronted clause; the clause after its comma is the main clause. */
const FRONTED_SUBORDINATORS = new Set(['omdat', 'doordat', 'aangezien', 'hoewel', 'als', 'indien', 'wanneer', 'zodra', 'nadat', 'nu', 'zolang', 'terwijl', 'voordat']);

/** Perfect/past context that turns "moeten" into history: "heeft … moeten", "had … moeten". */
const PERFECT_AUX = new Set(['heeft', 'hebben', 'had', 'hadden']);
const DESCRIPTIVE_ADVERBS = new Set(['eenmaal']);
/** Tokens that may precede an imperative at the start of a segment ("En zorg …", "Ook: maak …"). */
const LEADING_CONNECTIVES = new Set(['en', 'of', 'maar', 'dus', 'ook', 'daarom', 'dan', 'tot', 'slot', 'kortom', 'tenslotte', 'verder', 'vooral', 'bovendien']);
/** Ambiguous stems: noun readings are excluded by what follows ("Start van …", "Begin 2027 …", "Werk is …"). */
const NOT_AFTER_IMPERATIVE = new Set(['is', 'zijn', 'was', 'waren', 'wordt', 'van', 'en', 'of', 'als']);

export interface AdviceOptions {
  isRecommendationHeading: boolean;
  leadInIsAdvice: boolean;
  /** The cue table's verdict, when the caller already matched it (see matchCueTable). */
  table?: CueTableMatch | null;
}

export function detectAdvice(view: SentenceView, actors: readonly ActorMention[], options: AdviceOptions): AdviceHit | null {
  const { tokens } = view;
  if (tokens.length === 0) return null;
  if (options.isRecommendationHeading) return { ...spanOf(view, 0, tokens.length), cue: 'recommendation-heading' };
  if (view.isQuestion) return null;

  const table = options.table !== undefined ? options.table : matchCueTable(view, actors);
  if (table?.row.cue === 'none') return null;
  if (table) return { ...spanOf(view, table.from, table.to), cue: table.row.cue as AdviceCue };
  const modal = findModal(view, actors);
  if (modal) return modal;
  const imperative = findImperative(view);
  if (imperative) return imperative;
  const predicative = findPredicativeImportance(view);
  if (predicative) return predicative;
  if (options.leadInIsAdvice && tokens.some((t) => t.kind === 'word')) return { ...spanOf(view, 0, tokens.length), cue: 'performative' };
  return null;
}

/** The table row that decided, with where it matched (for `scherp explain`). */
export interface CueTableMatch {
  row: AdviceCueRow;
  from: number;
  to: number;
}

/** Determiners and prepositions that make "verzoek"/"besluit" a noun ("ons verzoek", "op verzoek van"). */
const NOUN_BEFORE = /^(het|een|dit|dat|deze|die|elk|ieder|zo'n|ons|onze|uw|mijn|zijn|haar|hun|op|dat|welk|dergelijk|eerder|eerdere|voorliggend|voorliggende|onderhavig|onderhavige|genoemd|genoemde|dit|nieuw|nieuwe)$/;

/**
 * The strongest row of the cue table that matches the sentence (lowest rank, then leftmost), or null. A row
 * with cue 'none' blocks advice.
 */
export function matchCueTable(view: SentenceView, actors: readonly ActorMention[] = []): CueTableMatch | null {
  const { tokens } = view;
  let firstWord = 0;
  while (firstWord < tokens.length && tokens[firstWord]!.kind !== 'word') firstWord++;
  let best: { row: RankedRow; from: number; to: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    for (const m of cues.matchAt(tokens, i)) {
      const row = m.data;
      if (best && best.row.rank <= row.rank) continue;
      const hit = checkRow(view, row, m.from, m.to, m.pattern, firstWord, actors);
      if (hit) best = { row, from: hit[0], to: hit[1] };
    }
  }
  return best ? { row: best.row, from: best.from, to: best.to } : null;
}

function checkRow(view: SentenceView, row: RankedRow, from: number, to: number, pattern: string, firstWord: number, actors: readonly ActorMention[]): [number, number] | null {
  const { tokens } = view;
  const i = from;
  if (row.at === 'start' && from !== firstWord) return null;
  const word = tokens[i]!.lower;
  if ((word === 'verzoek' || word === 'besluit') && NOUN_BEFORE.test(tokens[i - 1]?.lower ?? '')) return null;
  // "… als: Besluit Bestuurlijke Boeten": a capitalised cue word inside a sentence is a title.
  if (i > firstWord && tokens[i]!.text[0] !== word[0] && tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.text[0] !== tokens[i + 1]!.lower[0]) return null;
  if (row.needsDemand === true && !demandAfter(view, to)) return null;
  if (row.needsActor === true) {
    // "vraagt het Rijk om middelen", "De VNG vraagt duidelijkheid": not "de vragen" (a noun) or "vragen of" (asks whether).
    if (NOUN_BEFORE.test(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.lower === 'de' || tokens[to]?.lower === 'of' || tokens[to]?.lower === 'zich') return null;
    const near = actorNearCue(view, actors, i);
    if (!near || !isMainClause(view, i)) return null;
  }
  if (RECOUNTABLE.has(word) && isRecounted(view, i)) return null;
  // "dragen bij aan …" contributes; "aanbevolen hulpmiddelen" is an attributive participle.
  if ((word === 'draagt' || word === 'dragen') && tokens[i + 1]?.lower === 'bij') return null;
  if (word === 'aanbevolen' && tokens[i + 1]?.kind === 'word' && !/^(om|dat|te|wordt|worden|is|zijn)$/.test(tokens[i + 1]!.lower)) return null;
  // "Aanleiding voor die vraag was een eerdere belofte …": a decision word in a past-tense sentence recounts.
  if ((row.cue === 'decision' || row.cue === 'importance') && sentenceFacts(view).past) return null;
  if (row.particle) {
    // Sentence-initial "Stel … voor", "Roep … op" are imperatives; let the imperative detector report them.
    if (isImperativeAt(view, i) && i === firstWord) return null;
    const end = windowEnd(view, i);
    let found = -1;
    for (let j = to; j < end; j++) if (tokens[j]!.lower === row.particle) found = j;
    if (found < 0) return null;
    // "stel je voor" is "imagine"; "Dat roept vragen op" evokes, it does not appeal.
    if (row.particle === 'voor' && tokens[i + 1]?.lower === 'je') return null;
    // "vraagt het college om … te …" appeals; "De burger vraagt om duidelijkheid" only states a need.
    if (row.particle === 'om' && !tokens.slice(found + 1, windowEnd(view, found)).some((x) => x.lower === 'te')) return null;
    if (row.particle === 'om' && row.cue === 'importance' && found - to > 6) return null;
    if (row.particle === 'op' && (POINTER_SUBJECTS.has(tokens[i - 1]?.lower ?? '') || tokens.slice(i + 1, found).some((x) => EVOKED.has(x.lower)))) return null;
    // "Het doel van de wet is …" is a goal only in the present tense, right after the noun phrase.
    if (row.particle === 'is' && found - to > 8) return null;
    // "Doel van Stichting X is …" describes an organisation's mission; it commits to nothing.
    if (row.particle === 'is' && tokens.slice(to, found).some((x) => x.kind === 'word' && x.text[0] !== x.lower[0])) return null;
    return [i, found + 1];
  }
  // "het besluit van 2019" is a noun, not a decision being taken.
  if (pattern === 'besluit' && /^(het|een|dit|dat|deze|elk|ieder|zo'n)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  if (row.cue === 'importance' && tokens.slice(Math.max(0, i - 3), to + 1).some((t) => DESCRIPTIVE_ADVERBS.has(t.lower))) return null;
  // "een voorwaarde"/"noodzaak" only as a predicate of the main clause, not as a noun phrase in a description.
  if ((pattern === 'een voorwaarde' || pattern === 'noodzaak' || pattern === 'een vereiste') && !hasCopulaBefore(view, i)) return null;
  return [from, to];
}

/** Participles of deciding and promising: with a perfect tense and a past moment they recount. */
const RECOUNTABLE = new Set(['toegezegd', 'besloten', 'afgesproken', 'aangekondigd', 'overeengekomen', 'gevraagd', 'verzocht', 'geadviseerd', 'aanbevolen']);

/**
 * "Tijdens het debat op 3 mei heeft de minister toegezegd …", "In 2021 heeft de gemeente besloten …": a
 * perfect tense with a moment ("in/op/tijdens …") reports a past event; someone else's earlier decision is
 * background. The speaker's own promise stays a promise ("heb ik toegezegd … te zullen").
 */
function isRecounted(view: SentenceView, cue: number): boolean {
  const f = sentenceFacts(view);
  return !f.firstPerson && f.firstPerfect < cue && f.firstMoment < cue;
}

/** Sentence-level facts the cue table tests for many matches, computed once per view (linear time). */
interface SentenceFacts {
  firstPerson: boolean;
  /** Index of the first perfect auxiliary, or Infinity. */
  firstPerfect: number;
  /** Index of the first dated moment after "in/op/tijdens/…", or Infinity. */
  firstMoment: number;
  /** Index of the last demand word, or -1. */
  lastDemand: number;
  past: boolean;
}
const factsOf = new WeakMap<SentenceView, SentenceFacts>();

function sentenceFacts(view: SentenceView): SentenceFacts {
  let f = factsOf.get(view);
  if (f) return f;
  const { tokens } = view;
  f = { firstPerson: false, firstPerfect: Infinity, firstMoment: Infinity, lastDemand: -1, past: false };
  let lastMomentPreposition = -10;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const w = t.lower;
    if (w === 'ik' || w === 'wij' || w === 'we') f.firstPerson = true;
    if (/^(heeft|hebben|is|zijn)$/.test(w) && f.firstPerfect === Infinity) f.firstPerfect = k;
    if (/^(in|op|tijdens|sinds|medio|eind|begin|van)$/.test(w)) lastMomentPreposition = k;
    const dated = MONTHS.has(w) || (t.kind === 'number' && t.text.length === 4 && /^(19|20)/.test(t.text));
    if (dated && k - lastMomentPreposition <= 4 && f.firstMoment === Infinity) f.firstMoment = k;
    if (isPastAt(view, k)) f.past = true;
    const role = modalRoleAt(view, k);
    if (role === 'demand' || (role === 'commitment' && view.tags[k]!.lemma === 'zullen') || w === 'onaanvaardbaar' || w === 'onwenselijk' || w === 'ongewenst') f.lastDemand = k;
    if (w === 'niet' && (tokens[k + 1]?.lower === 'langer' || tokens[k - 1]?.lower === 'mag' || tokens[k - 1]?.lower === 'mogen')) f.lastDemand = k;
  }
  factsOf.set(view, f);
  return f;
}

/** Actor boundaries per token, built once per view (the cue table may test many matches). */
const actorEdges = new WeakMap<SentenceView, { ends: Uint8Array; starts: Uint8Array }>();

function actorNearCue(view: SentenceView, actors: readonly ActorMention[], i: number): boolean {
  let edges = actorEdges.get(view);
  if (!edges) {
    const n = view.tokens.length + 1;
    edges = { ends: new Uint8Array(n), starts: new Uint8Array(n) };
    for (const a of actors) {
      edges.ends[a.to] = 1;
      edges.starts[a.from] = 1;
    }
    actorEdges.set(view, edges);
  }
  // The subject right before ("De VNG vraagt") or an actor within three words after ("vraagt het Rijk").
  if (edges.ends[i] || (i > 0 && view.tokens[i - 1]!.kind === 'punct' && edges.ends[i - 1])) return true;
  for (let k = i + 1; k <= i + 3 && k < edges.starts.length; k++) if (edges.starts[k]) return true;
  return false;
}

/** A demand modal later in the sentence: "spreekt uit dat de regering … moet". */
function demandAfter(view: SentenceView, from: number): boolean {
  return sentenceFacts(view).lastDemand >= from;
}

function hasCopulaBefore(view: SentenceView, i: number): boolean {
  const start = windowStart(view, i);
  for (let j = i - 1; j >= start; j--) if (COPULAS.has(view.tokens[j]!.lower) || view.tokens[j]!.lower === 'blijft') return true;
  return false;
}

/** Words besides the modal verbs that findModal looks at; everything else is skipped cheaply. */
const MODAL_TRIGGERS = new Set(['nodig', 'vraagt', 'vereist', 'vergt', 'zet', 'zetten', 'ingezet', 'verwacht']);

function findModal(view: SentenceView, actors: readonly ActorMention[]): AdviceHit | null {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const role = modalRoleAt(view, i);
    if (role === null && !MODAL_TRIGGERS.has(t.lower)) continue;
    const w = t.lower;
    const lemma = view.tags[i]!.lemma;
    const segStart = windowStart(view, i);
    const segEnd = windowEnd(view, i);
    // A finite verb directly followed by a subject pronoun is in a main clause (V2 inversion).
    const main = isMainClause(view, i) || (isSubjectPronounAt(view, i + 1) && i > segmentStartOf(view, i));
    const inDemandDat = !main && governedByDemand(view, i);
    // "In mijn brief heb ik meegedeeld dat ik … zal …": the speaker's own promise, reported.
    if (role === 'commitment' && lemma === 'zullen' && !main && reportsOwnPromise(view, i)) return { ...spanOf(view, i, i + 1), cue: 'decision' };
    if (!main && !inDemandDat) continue;
    // Allocation-free look-around (this runs for every modal in every sentence).
    const anyIn = (from: number, to: number, test: (x: Token) => boolean): boolean => {
      for (let k = from; k < to; k++) if (test(tokens[k]!)) return true;
      return false;
    };

    if (role === 'demand') {
      // "Daarbij moet worden opgemerkt dat …" is a discourse formula, not a demand.
      if (tokens.slice(i + 1, Math.min(segEnd, i + 5)).some((x) => DISCOURSE_VERBS.has(x.lower))) continue;
      if ((lemma === 'dienen' || lemma === 'horen') && !anyIn(segStart, segEnd, (x) => x.lower === 'te')) continue;
      if (w === 'moeten' && anyIn(segStart, i, (x) => PERFECT_AUX.has(x.lower))) continue;
      // "Dat moet ons zorgen baren": a modal with a verb of feeling is rhetoric, not a demand.
      if (anyIn(i + 1, segEnd, (x) => EVALUATIVE_INFINITIVES.has(x.lower))) continue;
      // "We moeten steeds meer … opvangen" states a trend, not a demand.
      if (anyIn(segStart, segEnd, (x) => x.lower === 'steeds') && anyIn(segStart, segEnd, (x) => x.lower === 'meer' || x.lower === 'vaker')) continue;
      const er = tokens[i - 1]?.lower === 'er' || tokens[i + 1]?.lower === 'er';
      return { ...spanOf(view, i, i + 1), cue: er ? 'er-moet' : inDemandDat ? 'performative' : 'modal' };
    }
    // A prohibition in a main clause: "Dit mag niet meer", "Gegevens mogen niet worden verkocht".
    if (role === 'permission' && main) {
      const rest = tokens.slice(i + 1, Math.min(segEnd, i + 8)).map((x) => x.lower);
      if (rest.includes('niet') || rest.includes('geen') || anyIn(segStart, i, (x) => x.lower === 'niets' || x.lower === 'niemand' || x.lower === 'geen')) {
        return { ...spanOf(view, i, i + 1), cue: 'modal' };
      }
      continue;
    }
    if (role === 'conditional') {
      // "zou moeten" recommends; "zou willen" wishes; "zou ik …" (as an expert) recommends; "het zou verstandig zijn" advises.
      const rest = tokens.slice(i + 1, segEnd).map((x) => x.lower);
      if (rest.includes('moeten')) return { ...spanOf(view, i, i + 1), cue: 'modal' };
      if (rest.slice(0, 4).some((x) => ADVISABLE.has(x)) && rest.includes('zijn')) return { ...spanOf(view, i, i + 1), cue: 'importance' };
      if (rest.includes('willen') || rest.includes('kunnen') || rest.includes('hebben')) continue;
      if (tokens[i + 1]?.lower === 'ik' || tokens[i - 1]?.lower === 'ik') return { ...spanOf(view, i, i + 2), cue: 'modal' };
      continue;
    }
    // "Vervolgens zal worden onderzocht …", "ook dat komt in de volgende brief terug": the author's letter plans it.
    if (role === 'commitment' && lemma === 'zullen' && main && isPlannedFuture(view, i, segEnd)) return { ...spanOf(view, i, i + 1), cue: 'decision' };
    if (role === 'commitment' && main) {
      // "…, willen we het doel bereiken": a conditional inversion ("if we want to").
      // After a fronted subordinate clause ("Omdat …, willen wij …") it is the main clause itself.
      if (tokens[i - 1]?.text === ',' && isSubjectPronounAt(view, i + 1) && !FRONTED_SUBORDINATORS.has(tokens[0]?.lower ?? '')) continue;
      // "Na de zomer gaan de scholen ermee aan de slag": getting to work is a plan, whoever does it.
      if (lemma === 'gaan' && tokens.slice(i + 1, segEnd).some((x, k, arr) => x.lower === 'slag' && arr[k - 1]?.lower === 'de' && arr[k - 2]?.lower === 'aan')) return { ...spanOf(view, i, i + 1), cue: 'decision' };
      // "Of je het wilt of niet" is an idiom.
      if (tokens[i + 1]?.lower === 'of' || (tokens[i + 2]?.lower === 'of' && tokens[i + 3]?.lower === 'niet')) continue;
      if (lemma === 'gaan' && /^(over|om|het|goed|mis|fout|niet)$/.test(tokens[i + 1]?.lower ?? '')) continue;
      if (anyIn(segStart, segEnd, (x) => x.lower === 'zou' || x.lower === 'zouden')) continue;
      const firstPerson = anyIn(Math.max(segStart, i - 4), Math.min(segEnd, i + 3), (x) => FIRST_PERSON.has(x.lower) && x.lower !== 'ons' && x.lower !== 'mijn' && x.lower !== 'onze');
      const actorNear = actors.some((a) => a.from >= segStart && a.from < segEnd && Math.abs(a.from - i) <= 5 && !anyIn(Math.max(0, a.from - 2), a.from, (x) => /^(volgens|zoals|namens)$/.test(x.lower)));
      if (!firstPerson && !actorNear) continue;
      // An auxiliary needs a verb to help: "gaat van … naar …" or "wil geld" is a main verb, not a commitment.
      // "ik wil een loket" needs no infinitive; "gaat van … naar …" does.
      const wants = lemma === 'willen' && firstPerson;
      const verbs = tokens.slice(i + 1, segEnd).filter((x) => looksLikeInfinitive(x.lower)).map((x) => x.lower);
      const getsToWork = tokens.slice(i + 1, segEnd).some((x, k, arr) => x.lower === 'slag' && arr[k - 1]?.lower === 'de' && arr[k - 2]?.lower === 'aan');
      // Dutch puts the main infinitive last; a state verb there predicts rather than commits.
      if (!wants && !getsToWork && tokens[i + 1]?.lower !== 'dat' && (verbs.length === 0 || STATE_INFINITIVES.has(verbs[verbs.length - 1]!))) continue;
      return { ...spanOf(view, i, i + 1), cue: 'decision' };
    }
    if (role === 'possibility' && main) {
      // Suggestions: "Ook kan worden gekeken naar …", "Dit kan bijvoorbeeld door …", "kun je ook kiezen voor …".
      const window = tokens.slice(Math.max(segStart, i - 2), Math.min(segEnd, i + 4)).map((x) => x.lower);
      // "X kan … door Y te doen" names a means: a suggestion of how to act.
      const rest = tokens.slice(i + 1, segEnd).map((x) => x.lower);
      const byMeans = rest.indexOf('door') >= 0 && rest.indexOf('te', rest.indexOf('door')) > 0;
      // Only for a pointer subject ("Dit kan door …") or impersonally: "Rijkswaterstaat kan bijvoorbeeld …" describes a capability.
      const pointer = POINTER_SUBJECTS.has(tokens[i - 1]?.lower ?? '') || POINTER_SUBJECTS.has(tokens[i + 1]?.lower ?? '');
      const suggestion = (pointer && (byMeans || window.includes('bijvoorbeeld'))) || (window.includes('ook') && (window.includes('worden') || window.includes('je')));
      if (suggestion) return { ...spanOf(view, i, i + 1), cue: 'modal' };
      continue;
    }
    // "Van gemeenten wordt verwacht dat …" places a demand; "Er wordt verwacht dat de prijzen stijgen" forecasts.
    if (w === 'verwacht' && tokens[i + 1]?.lower === 'dat' && anyIn(segStart, i, (x) => x.lower === 'wordt' || x.lower === 'worden') && anyIn(segStart, i, (x) => x.lower === 'van')) {
      return { ...spanOf(view, i, i + 2), cue: 'importance' };
    }
    // "Het kabinet zet in op …", "Er wordt ingezet op …": the usual Kamerbrief commitment.
    if ((w === 'zet' || w === 'zetten') && main && i > segStart && tokens[i + 1]?.lower === 'in' && tokens[i + 2]?.lower === 'op') return { ...spanOf(view, i, i + 3), cue: 'decision' };
    if (w === 'ingezet' && tokens[i + 1]?.lower === 'op' && tokens.slice(Math.max(segStart, i - 5), i).some((x) => x.lower === 'wordt' || x.lower === 'worden')) {
      return { ...spanOf(view, i, i + 2), cue: 'decision' };
    }
    // "er is … nodig", "we hebben … nodig"
    if (w === 'nodig' && main && anyIn(segStart, i, (x) => x.lower === 'is' || x.lower === 'zijn' || x.lower === 'hebben' || x.lower === 'heeft')) {
      if (tokens[i - 1]?.lower === 'indien' || tokens[i - 1]?.lower === 'waar' || tokens[i - 1]?.lower === 'zo') continue;
      // "Dit is nodig vanwege …" justifies what was said before; it asks nothing new.
      if (POINTER_SUBJECTS.has(tokens[segStart]?.lower ?? '') && /^(vanwege|omdat|doordat|gezien)$/.test(tokens[i + 1]?.lower ?? '')) continue;
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
  for (let j = Math.max(start, sub - 6); j < sub; j++) {
    // "de vragen zijn dermate technisch dat …": a noun, not the verb "vragen".
    if (DEMAND_MATRIX.has(view.tokens[j]!.lower) && !/^(de|het|een|deze|die|zijn|haar|hun|onze|uw)$/.test(view.tokens[j - 1]?.lower ?? '')) return true;
  }
  return false;
}

function findImperative(view: SentenceView): AdviceHit | null {
  const { tokens } = view;
  let atStart = true;
  let afterFullStop = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      // A new imperative may start after ":" or ";", not after a comma: after a fronted clause the main clause
      // opens with its finite verb ("Waar …, is de gemeente …"), which looks the same as a command.
      atStart = t.text === ':' || t.text === ';' || t.text === '.' || t.text === '!' || (atStart && (t.text === '(' || t.text === '"' || t.text === '‘' || t.text === '“'));
      afterFullStop = t.text === '.';
      continue;
    }
    if (!atStart) continue;
    if (LEADING_CONNECTIVES.has(t.lower)) continue;
    atStart = false;
    // After an abbreviation ("m.b.t. onderzoek") a full stop does not start a sentence.
    if (afterFullStop && t.text[0] === t.lower[0]) continue;
    // "Denk aan …", "Neem bijvoorbeeld …" introduce examples.
    if ((t.lower === 'denk' && tokens[i + 1]?.lower === 'aan') || (t.lower === 'neem' && tokens[i + 1]?.lower === 'bijvoorbeeld')) continue;
    if (t.kind !== 'word' || !isImperativeAt(view, i)) continue;
    const next = tokens[i + 1];
    // (A subject pronoun after the verb makes a question or inversion: the clause analysis has ruled that out.)
    if (!next) continue;
    if (next.kind === 'punct' && next.text !== ':' ) continue;
    if (NOT_AFTER_IMPERATIVE.has(next.lower)) continue;
    if (t.lower === 'stel' && next.lower === 'dat') continue;
    if (t.lower === 'begin' && (next.kind === 'number' || /^(volgend|dit|komend|van|deze)$/.test(next.lower))) continue;
    if (t.lower === 'pas' && !tokens.slice(i + 2, i + 14).some((x) => x.lower === 'toe' || x.lower === 'aan')) continue;
    if (t.lower === 'kijk' && next.lower !== 'naar') continue;
    if (t.lower === 'zie' && next.lower !== 'erop' && next.lower !== 'toe') continue;
    if (t.lower === 'open' || t.lower === 'deel' || t.lower === 'test' || t.lower === 'regel' || t.lower === 'start' || t.lower === 'werk') {
      // Noun readings: "Open data is …", "Deel van …"; as verbs they take an object or particle.
      if (next.kind !== 'word' || next.kind === 'word' && /^(data|source|van|is|in|op|bij)$/.test(next.lower) && t.lower !== 'werk') continue;
    }
    return { ...spanOf(view, i, i + 1), cue: 'imperative' };
  }
  return null;
}

/** "Een exit-plan is essentieel", "Samenwerking is noodzakelijk om …": a predicate that demands. */
function findPredicativeImportance(view: SentenceView): AdviceHit | null {
  const { tokens } = view;
  // Fronted: "Belangrijk daarbij zijn …", "Essentieel is dat …".
  const head = tokens[0];
  if (head && IMPORTANCE_ADJECTIVES.has(head.lower)) {
    for (let j = 1; j <= 3 && j < tokens.length; j++) if (COPULAS.has(tokens[j]!.lower)) return { ...spanOf(view, 0, j + 1), cue: 'importance' };
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!IMPORTANCE_ADJECTIVES.has(t.lower) || !isMainClause(view, i)) continue;
    const next = tokens[i + 1];
    // Attributive use ("een noodzakelijke stap") has an inflected form and is not listed; guard against a noun after it.
    if (next && next.kind === 'word' && !/^(om|dat|voor|en|omdat|want|zodat|bij|in|als)$/.test(next.lower)) continue;
    const start = segmentStartOf(view, i);
    let copula = -1;
    for (let j = i - 1; j >= Math.max(start, i - 8); j--) if (COPULAS.has(tokens[j]!.lower)) copula = j;
    if (copula < 0) continue;
    if (tokens.slice(copula, i).some((x) => DESCRIPTIVE_ADVERBS.has(x.lower) || x.lower === 'niet')) continue;
    return { ...spanOf(view, copula, i + 1), cue: 'importance' };
  }
  return null;
}


const ROUTINE_ADVERBS = new Set(['vaak', 'meestal', 'doorgaans', 'gewoonlijk', 'soms', 'regelmatig', 'telkens']);

/**
 * Is token `i` a present-tense third person singular ("legt", "richt", "investeert") according to the tagger?
 * "versterkt" is also a participle: without an auxiliary in the sentence it is the finite verb.
 */
function isPresentSingularAt(view: SentenceView, i: number): boolean {
  const tag = view.tags[i];
  if (tag === undefined || !tag.word.endsWith('t') || (tag.upos !== 'VERB' && tag.upos !== 'AUX')) return false;
  if (isPresentTense(tag)) return !tag.xpos.includes('|mv');
  return tag.xpos.startsWith('WW|vd') && !view.tags.some((t) => t.upos === 'AUX');
}

/** Auxiliaries and modals: they help another verb, they do not announce an action themselves. */
function isAuxiliaryAt(view: SentenceView, i: number): boolean {
  const lemma = view.tags[i]?.lemma;
  return modalRoleAt(view, i) !== null || lemma === 'hebben' || lemma === 'zijn' || lemma === 'worden';
}

/** Heads of actors that write policy documents and commit themselves in them. */
const GOVERNMENT_AUTHORS = new Set(['kabinet', 'regering', 'college', 'provincie', 'gemeente', 'waterschap', 'rijk', 'minister', 'ministerie', 'staatssecretaris', 'staten', 'gemeenteraad', 'raad', 'bestuur', 'hoogheemraadschap']);

/** Third-person singular verbs that perceive, think, report, hold a state or measure: they describe. */
const NON_ACTION_SINGULAR = new Set([
  'constateert', 'merkt', 'ziet', 'hoort', 'leest', 'ontvangt', 'krijgt', 'hoopt', 'verwacht', 'kent', 'begrijpt', 'vertrouwt', 'meent',
  'betreurt', 'dankt', 'waardeert', 'staat', 'ligt', 'zit', 'blijft', 'lijkt', 'hoeft', 'schrijft', 'meldt', 'beschrijft', 'noemt', 'bedoelt',
  'beseft', 'herkent', 'deelt', 'kijkt', 'stelt', 'concludeert', 'signaleert', 'mist', 'gebruikt', 'kan', 'weet', 'denkt', 'gelooft', 'voelt',
  'spreekt', 'praat', 'zegt', 'vraagt', 'informeert', 'heeft', 'is', 'vindt', 'gaat', 'bestaat', 'telt', 'omvat', 'valt', 'betekent', 'kost',
  'bedraagt', 'geldt', 'beschikt', 'bevat', 'speelt', 'toont', 'laat', 'erkent', 'benadrukt', 'wijst', 'onderschrijft', 'steunt', 'kiest',
  'reageert', 'antwoordt', 'beantwoordt', 'bericht', 'verwijst',
]);


/**
 * An announced action of a named actor in the present tense: "De minister legt voor 1 juli een wetsvoorstel
 * voor", "Het college richt in 2027 een loket in". The present tense alone also describes routine ("Logius
 * beheert …"), so the sentence must also give a future deadline, a checkable result or money.
 */
export function findPresentCommitment(view: SentenceView, actors: readonly ActorMention[], concrete: boolean): AdviceHit | null {
  const { tokens } = view;
  // "De provincie stelt per jaar … vast": a rate or routine describes how things work (computed once: linear time).
  const routine = !concrete && tokens.some((t, k) => (t.lower === 'per' && /^(jaar|halfjaar|kwartaal|maand|week)$/.test(tokens[k + 1]?.lower ?? '')) || t.lower === 'elk' || t.lower === 'elke');
  for (const a of actors) {
    // A government author states its own policy in the present tense ("Het kabinet investeert in …", "De
    // provincie stuurt op …"); without that, the present tense needs something concrete to be a plan.
    if (!concrete && !tokens.slice(a.from, a.to).some((t) => GOVERNMENT_AUTHORS.has(t.lower))) continue;
    if (routine) continue;
    if (!isMainClause(view, a.from)) continue;
    const start = segmentStartOf(view, a.from);
    if (a.from - start > 8) continue;
    const lead = tokens.slice(start, a.from).filter((t) => t.kind === 'word').map((t) => t.lower);
    // Subject first ("De minister legt …") or inverted after a fronted phrase ("In 2027 richt het college …").
    const subjectFirst = lead.every((w) => /^(de|het|en|ook)$/.test(w));
    const verb = subjectFirst ? tokens[a.to] : tokens[a.from - 1]?.lower === 'het' || tokens[a.from - 1]?.lower === 'de' ? tokens[a.from - 2] : tokens[a.from - 1];
    if (!verb || verb.kind !== 'word') continue;
    // "De minister verwacht dat …", "stelt het instituut dat …" report a view; they announce nothing.
    if (tokens[verb.index + 1]?.lower === 'dat' || tokens[a.to]?.lower === 'dat' || (REPORTING_VERBS.has(verb.lower) && !tokens.slice(a.to, a.to + 10).some((x) => x.lower === 'voor' || x.lower === 'beschikbaar') && !clauseEndsInParticle(view, verb.index))) continue;
    if (NON_ACTION_SINGULAR.has(verb.lower) && !clauseEndsInParticle(view, verb.index) && !(concrete && /^(stelt|geeft|neemt|komt|maakt|houdt|stuurt)$/.test(verb.lower))) continue;
    if (!concrete && (verb.lower === 'wordt' || !isMainClause(view, verb.index))) continue;
    if (verb.lower === 'houdt' && tokens[verb.index + 1]?.lower === 'zich') continue;
    // Frequency adverbs describe routine ("geeft de gemeente vaak … af").
    if (tokens.some((t) => ROUTINE_ADVERBS.has(t.lower))) continue;
    // The tagger tells the finite verb from a noun ("Auditdienst") and from a past tense ("liet", "besloot").
    if ((isPresentSingularAt(view, verb.index) && !isAuxiliaryAt(view, verb.index)) || (verb.lower === 'wordt' && subjectFirst)) return { ...spanOf(view, a.from, verb.index + 1 > a.to ? verb.index + 1 : a.to), cue: 'decision' };
  }
  return null;
}

const FIRST_PERSON_SUBJECTS = new Set(['ik', 'wij', 'we']);


/** Present-tense verbs that perceive, think, report or hold a state: with "wij" they describe, they do not commit. */
const NON_ACTION_VERBS = new Set([
  'constateren', 'constateer', 'merken', 'merk', 'zien', 'zie', 'horen', 'hoor', 'lezen', 'lees', 'ontvangen', 'ontvang', 'krijgen', 'krijg',
  'hopen', 'hoop', 'verwachten', 'verwacht', 'kennen', 'ken', 'begrijpen', 'begrijp', 'vertrouwen', 'vertrouw', 'menen', 'meen', 'twijfelen',
  'twijfel', 'betreuren', 'betreur', 'danken', 'dank', 'waarderen', 'waardeer', 'leven', 'wonen', 'woon', 'staan', 'sta', 'liggen', 'lig',
  'zitten', 'zit', 'blijven', 'blijf', 'lijken', 'lijk', 'hoeven', 'hoef', 'schrijven', 'schrijf', 'melden', 'meld', 'beschrijven', 'beschrijf',
  'noemen', 'noem', 'bedoelen', 'bedoel', 'realiseren', 'beseffen', 'besef', 'herkennen', 'herken', 'delen', 'deel', 'kijken', 'kijk',
  'stellen', 'concluderen', 'concludeer', 'signaleren', 'signaleer', 'missen', 'mis', 'kunnen', 'weten', 'denken', 'geloven', 'geloof',
  'voelen', 'voel', 'spreken', 'spreek', 'praten', 'zeggen', 'zeg',
]);

/**
 * Is the clause of a present-tense first-person verb an own policy statement? Not when it is conditional
 * ("als we …"), generic ("we allemaal", "we als samenleving") or a habit ("we vaak").
 */
function isGovernmentAuthorPlan(view: SentenceView, verbIndex: number): boolean {
  if (!isMainClause(view, verbIndex)) return false;
  const end = segmentEndOf(view, verbIndex);
  for (let k = segmentStartOf(view, verbIndex); k < end; k++) {
    const w = view.tokens[k]!.lower;
    if (w === 'allemaal' || w === 'samenleving' || w === 'vaak' || w === 'soms' || w === 'nog' && view.tokens[k + 1]?.lower === 'steeds') return false;
    // "We werken al jaren samen …", "We doen dit traditioneel …": a description of how things have been.
    if ((w === 'al' && /^(jaren|lang|decennia|tijden|sinds|eeuwen)$/.test(view.tokens[k + 1]?.lower ?? '')) || w === 'traditioneel' || w === 'inmiddels') return false;
  }
  return true;
}

/** Future or ongoing time: with a present tense this makes a plan ("We onderzoeken de komende tijd …"). */
const FUTURE_TIME = new Set(['binnenkort', 'straks', 'momenteel', 'voortaan', 'vanaf', 'komende', 'volgend', 'volgende', 'komend']);

/**
 * The speaker announces its own plan in the present tense: "Wij onderzoeken de komende tijd …", "We zijn bezig
 * een stuurgroep in te stellen". Present tense without a future or ongoing marker describes routine instead.
 */
export function findFirstPersonPlan(view: SentenceView, hasFutureDeadline: boolean): AdviceHit | null {
  const { tokens } = view;
  const firstWord = tokens.findIndex((t) => t.kind === 'word');
  if (firstWord < 0) return null;
  // Subject first ("Wij onderzoeken …") or inverted after a fronted time phrase ("De komende periode werk ik …").
  let first = firstWord;
  let verb = tokens[first + 1];
  if (!FIRST_PERSON_SUBJECTS.has(tokens[first]!.lower)) {
    // Within five words of the start, or right after a fronted clause ("Door te zorgen voor …, creëren wij …").
    // Or after a fronted means phrase without a comma ("Door te zorgen voor kennis creëren wij …").
    const frontedMeans = /^(door|om|via|met|dankzij)$/.test(tokens[firstWord]!.lower);
    const inverted = tokens.findIndex(
      (t, k) => k > firstWord && FIRST_PERSON_SUBJECTS.has(t.lower) && tokens[k - 1]!.kind === 'word' && (k <= firstWord + 5 || tokens[k - 2]?.text === ',' || (frontedMeans && looksLikeInfinitive(tokens[k - 1]!.lower))),
    );
    if (inverted < 0 || !isMainClause(view, inverted)) return null;
    if (segmentStartOf(view, inverted) !== segmentStartOf(view, firstWord) && tokens[inverted - 2]?.text !== ',' && !frontedMeans) return null;
    // "…, willen we het doel bereiken": a conditional inversion, not a plan.
    if (tokens[inverted - 2]?.text === ',' && /^(willen|wil|moeten|moet)$/.test(tokens[inverted - 1]!.lower)) return null;
    first = inverted;
    verb = tokens[inverted - 1];
    if (!verb || isPastAt(view, verb.index)) return null; // past tense: "werkte ik"
    if (/^(maar|en|of|want|dat|als|toen|omdat|zodat|terwijl|wat|waar|hoe|die|nu|dan)$/.test(verb.lower)) return null;
  }
  const subject = tokens[first]!.lower;
  if (!verb || verb.kind !== 'word') return null;
  const rest = tokens.slice(first + 2, first + 2 + CLAUSE_WINDOW).map((t) => t.lower).concat(tokens.slice(firstWord, first).map((t) => t.lower));
  if ((verb.lower === 'zijn' || verb.lower === 'ben') && rest.slice(0, 3).includes('bezig')) return { ...spanOf(view, Math.min(first, verb.index), Math.max(first, verb.index) + 1), cue: 'decision' };
  // The tagger reads "investeren" after "wij" as finite or, out of context, as an infinitive: both are present.
  const verbTag = view.tags[verb.index]!;
  const present = isPresentTense(verbTag) || (subject !== 'ik' && verbTag.xpos.startsWith('WW|inf'));
  // "We werken met …" describes a way of working.
  if (verb.lower === 'werken' && tokens[verb.index + 1]?.lower === 'met') return null;
  const span = first > verb.index ? spanOf(view, verb.index, first + 1) : spanOf(view, first, first + 2);
  if (!present || /^(zijn|hebben|ben|heb|worden|word|vinden|vind|denken|denk|weten|weet|zien|zie|kunnen|kan|moeten|moet|willen|wil|gaan|ga|zullen|zal|mogen|mag|proberen|probeer)$/.test(verb.lower)) return null;
  // A government author states its own policy in the present tense ("Wij investeren in …", "We zorgen voor …");
  // verbs of perceiving, thinking and reporting describe instead ("We constateren dat …").
  if (NON_ACTION_VERBS.has(verb.lower) || tokens[verb.index + 1]?.lower === 'dat' || tokens[first + 1]?.lower === 'dat') return null;
  if (!hasFutureDeadline && !rest.some((w) => FUTURE_TIME.has(w)) && !isGovernmentAuthorPlan(view, verb.index)) return null;
  // "Dat gebeurt aan de hand van …" says how, "Elk voorjaar stellen wij … op" describes a routine.
  if (first > firstWord && POINTER_SUBJECTS.has(tokens[firstWord]!.lower) && first - firstWord <= 2) return null;
  if (!hasFutureDeadline && tokens.some((t, k) => (t.lower === 'elke' || t.lower === 'iedere') && k < first)) return null;
  return { ...span, cue: 'decision' };
}

/** "dat ik … zal" after the speaker's own report verb ("heb ik meegedeeld", "heb ik laten weten"). */
function reportsOwnPromise(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  const sub = view.clauses.subordinator[i]!;
  if (sub < 0 || tokens[sub]!.lower !== 'dat') return false;
  const before = tokens.slice(Math.max(0, sub - 10), sub).map((t) => t.lower);
  const speaker = before.includes('ik') || before.includes('wij') || before.includes('we');
  return speaker && before.some((w) => /^(meegedeeld|medegedeeld|gemeld|aangegeven|toegezegd|weten|aangekondigd|beloofd)$/.test(w));
}

/** "zal worden <participle of a planned action>" or "zal … aan de orde/bod komen". */
function isPlannedFuture(view: SentenceView, i: number, segEnd: number): boolean {
  const { tokens } = view;
  for (let k = i + 1; k < segEnd; k++) {
    const w = tokens[k]!.lower;
    if (w === 'worden' && (PLANNING_PARTICIPLES.has(tokens[k + 1]?.lower ?? '') || PLANNING_PARTICIPLES.has(tokens[k - 1]?.lower ?? ''))) return true;
    if ((w === 'orde' || w === 'bod') && tokens[k + 1]?.lower === 'komen') return true;
  }
  return false;
}

/** Participles that announce work in progress when used in a present passive ("Er wordt bekeken of …"). */
const PLANNING_PARTICIPLES = new Set([
  'bekeken', 'onderzocht', 'verkend', 'uitgezocht', 'nagegaan', 'uitgewerkt', 'voorbereid', 'geëvalueerd', 'ingevoerd', 'gestart',
  'geactualiseerd', 'herzien', 'bijgesteld', 'opgesteld', 'ingediend', 'aangeboden', 'toegezonden', 'gepubliceerd', 'ingericht', 'opgezet',
  'vastgesteld', 'uitgebreid', 'aangepast', 'afgerond', 'opgestart', 'voorgelegd', 'gerealiseerd',
]);

/**
 * A present passive in a main clause announces a plan when it has a future deadline ("Het loket wordt in 2027
 * geopend") or announces work in progress ("In overleg met de provincies wordt bekeken of …").
 */
export function findPassivePlan(view: SentenceView, passives: readonly TextMatch[], hasFutureDeadline: boolean): AdviceHit | null {
  for (const p of passives) {
    // The passive span starts with the auxiliary or ends with it ("gemaakt wordt").
    const first = view.tokens[tokenIndexAt(view, p.start)]!;
    const last = view.tokens[tokenIndexAt(view, p.end - 1)]!;
    const aux = first.lower === 'wordt' || first.lower === 'worden' ? first : last.lower === 'wordt' || last.lower === 'worden' ? last : null;
    // "Indien …, dan wordt het plan herzien": the clause after "dan" is the main clause.
    if (!aux || (!isMainClause(view, aux.index) && view.tokens[aux.index - 1]?.lower !== 'dan')) continue;
    const participle = p.text.slice(p.text.lastIndexOf(' ') + 1).toLowerCase();
    if (hasFutureDeadline || PLANNING_PARTICIPLES.has(participle)) return { ...p, cue: 'decision' };
  }
  return null;
}

/** "Het is mogelijk om binnen een jaar een register te hebben": with a future deadline, a possibility proposes. */
export function findPossibilityProposal(view: SentenceView): AdviceHit | null {
  const { tokens } = view;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'mogelijk' || !isMainClause(view, i)) continue;
    const a = tokens[i - 2]?.lower;
    const b = tokens[i - 1]?.lower;
    if ((a === 'het' && b === 'is') || (a === 'is' && b === 'het')) return { ...spanOf(view, i - 2, i + 1), cue: 'importance' };
  }
  return null;
}

/** "Er komt een landelijk meldpunt": an announced new thing, when what comes is checkable. */
export function findThereComes(view: SentenceView, hasMeasurable: boolean): AdviceHit | null {
  const { tokens } = view;
  // "Er komt periodiek een overzicht": a recurring deliverable is announced too.
  if (!hasMeasurable && !tokens.some((t) => /^(periodiek|jaarlijks|halfjaarlijks|tweejaarlijks|elk|ieder)$/.test(t.lower))) return null;
  const first = tokens.findIndex((t) => t.kind === 'word');
  if (first < 0 || tokens[first]!.lower !== 'er') return null;
  const verb = tokens[first + 1]?.lower;
  if (verb === 'komt' || verb === 'komen') return { ...spanOf(view, first, first + 2), cue: 'decision' };
  return null;
}

/** Conjunctions after which an item's finite verbs belong to a subordinate clause. */
const SUBORDINATORS_OF_ITEMS = new Set(['zodat', 'omdat', 'waarbij', 'waardoor', 'waarmee', 'wanneer', 'als', 'indien', 'die', 'dat', 'om', 'opdat']);

/** Comparatives that head a goal fragment ("Meer zicht op …", "Minder regeldruk voor …"). */
const GOAL_COMPARATIVES = new Set(['meer', 'minder', 'betere', 'beter', 'snellere', 'sneller', 'sterkere', 'lagere', 'hogere', 'kortere', 'eenvoudigere']);

/** Words that begin a descriptive fragment rather than an action ("Meer zicht op …", "Daarnaast …"). */
const NOT_ACTION_HEADS = new Set(['tussen', 'tegen', 'boven', 'binnen', 'buiten', 'onder', 'samen', 'even', 'ouderen', 'jongeren', 'kinderen', 'burgers', 'gemeenten', 'inwoners', 'bewoners', 'ondernemers', 'studenten', 'leerlingen', 'regelingen', 'woningen', 'middelen', 'kosten', 'gegevens', 'maatregelen', 'voorzieningen', 'organisaties']);

/**
 * An action item without a finite verb, as in the numbered items of a decision ("vast te stellen het plan …",
 * "de raad voor te leggen;") or the goals of a plan ("Versterken van toezicht in de haven."). It continues
 * a lead-in ("besluit:", "Wij stellen voor:") that the writer need not repeat. Headings are titles, not items.
 */
export function findActionItem(view: SentenceView, blockKind: string, actors: readonly ActorMention[] = []): AdviceHit | null {
  if (blockKind === 'heading' || blockKind === 'table-cell') return null;
  const { tokens } = view;
  // Cheap exit first: an item starts with an infinitive, a nominalisation or a comparative, or holds "te".
  let firstWordIndex = 0;
  while (firstWordIndex < tokens.length && tokens[firstWordIndex]!.kind !== 'word') firstWordIndex++;
  const head = tokens[firstWordIndex]?.lower ?? '';
  if (!looksLikeInfinitive(head) && !/(ing|atie)$/.test(head) && !GOAL_COMPARATIVES.has(head) && !tokens.some((t) => t.lower === 'te')) return null;
  // "De gemeente houdt zich bezig om …", "hoopt de gemeente te …": a finite verb next to the subject.
  for (const a of actors) {
    const after = tokens[a.to];
    const before = tokens[a.from - 1]?.lower === 'de' || tokens[a.from - 1]?.lower === 'het' ? tokens[a.from - 2] : tokens[a.from - 1];
    if ((after && isPresentSingularAt(view, after.index)) || (before && isPresentSingularAt(view, before.index))) return null;
  }
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length < 3) return null;
  // A past tense reports ("Het kabinet besloot … op te zetten").
  if (words.some((t) => t.index > 0 && isPastAt(view, t.index))) return null;
  // A closed-class form right after "te" is the infinitive ("om te komen tot"), not a finite verb.
  // Only the main clause counts: "Meer zicht op armoede, zodat inwoners geholpen worden." has no finite verb of its own.
  const firstSub = tokens.findIndex((t) => SUBORDINATORS_OF_ITEMS.has(t.lower));
  if (words.some((t) => (firstSub < 0 || t.index < firstSub) && isMainClause(view, t.index) && ((isFiniteAt(view, t.index) && tokens[t.index - 1]?.lower !== 'te') || isSubjectPronounAt(view, t.index)))) return null;
  const first = words[0]!;
  // "Meer zicht op armoede …", "Betere toegang tot …": a goal stated as a comparative noun phrase.
  if (first.index === 0 && GOAL_COMPARATIVES.has(first.lower) && words.length >= 4 && taggedItem(view) !== null) return { ...spanOf(view, 0, 1), cue: 'decision' };
  // "Verankeren van …", "Stimuleren jong talent …": a bare infinitive heads the item.
  // The next word must not be a (plural) finite verb: "Denen accepteren …" has a subject, not an action.
  const secondIsVerb = tokens.slice(first.index + 1, first.index + 4).some(
    (t) => t.kind === 'word' && tokens[t.index - 1]?.lower !== 'te' && looksLikeInfinitive(t.lower) && !/^(van|en|om|tot|met)$/.test(t.lower),
  );
  if (looksLikeInfinitive(first.lower) && !secondIsVerb && !NOT_ACTION_HEADS.has(first.lower) && !first.lower.endsWith('heden')) {
    return taggedItem(view) === 'infinitive' ? { ...spanOf(view, first.index, first.index + 1), cue: 'action-item' } : null;
  }
  // "Invoering van een stelsel …": a nominalised action with its object.
  if (/(ing|atie)$/.test(first.lower) && tokens[first.index + 1]?.lower === 'van' && first.index === 0) {
    return taggedItem(view) !== null ? { ...spanOf(view, first.index, first.index + 2), cue: 'action-item' } : null;
  }
  // "… voor te leggen;", "vast te stellen …": a te-infinitive in the first clause.
  const end = segmentEndOf(view, first.index);
  for (let k = first.index; k < end - 1; k++) {
    if (tokens[k]!.lower === 'te' && looksLikeInfinitive(tokens[k + 1]!.lower) && k - first.index <= 14 && isMainClause(view, k)) {
      return taggedItem(view) === 'te-infinitive' ? { ...spanOf(view, k, k + 2), cue: 'action-item' } : null;
    }
  }
  return null;
}

/**
 * "# Besluit archivering", "## Toezegging wachttijden": a heading that starts with a cue word used as a noun,
 * without a finite verb, is a title, not an announced decision.
 */
export function isNounPhraseHeading(view: SentenceView, table: CueTableMatch | null): boolean {
  if (!table || table.to - table.from !== 1) return false;
  const { tokens } = view;
  const firstWord = tokens.findIndex((t) => t.kind === 'word');
  if (table.from !== firstWord) return false;
  return !tokens.some((_, k) => k !== table.from && isFiniteAt(view, k));
}

/**
 * The tagger's view of an item (@scherp/dutch, trained on UD Dutch): null when a main clause has a finite verb
 * ("Grote projecten checken …", "Om … te gebruiken, dien je …"), else what heads it: a bare infinitive
 * ("Verankeren van …"), a te-infinitive outside a purpose clause ("… voor te leggen;"), or 'other' (a noun phrase).
 */
/** Words that open a dependent clause even where the tagger's clause split does not mark it. */
const DEPENDENT_OPENERS = new Set(['waarbij', 'waarmee', 'waardoor', 'waarin', 'waarop', 'zodat', 'opdat', 'omdat', 'die', 'dat', 'wat']);

function taggedItem(view: SentenceView): 'infinitive' | 'te-infinitive' | 'other' | null {
  const { tags } = view;
  const { clauses, clauseOf } = view.grammar;
  // Clauses up to the first dependent one ("zodat …", "waarbij …"); what follows it belongs to that clause.
  // A clause right after a dependent one continues it ("zodat de werkwijze eenvoudig, uitvoerbaar en passend is")
  // unless it starts with its finite verb, as a Dutch main clause after a fronted clause does ("…, helpt bij").
  let afterDependent = false;
  for (const c of clauses) {
    const opener = tags[c.from]?.word.toLowerCase() ?? '';
    if (c.subordinate || DEPENDENT_OPENERS.has(opener)) {
      afterDependent = true;
      continue;
    }
    if (c.finite >= 0 && (!afterDependent || c.finite === c.from)) return null;
    afterDependent = false;
  }
  const first = tags.findIndex((t) => t.upos !== 'PUNCT' && t.upos !== 'NUM' && t.upos !== 'SYM' && t.upos !== 'X');
  if (first < 0) return null;
  const head = tags[first]!;
  if (head.upos === 'SCONJ') return null;
  // The tagger knows an infinitive from a plural noun ("Verankeren" against "Denen", "ETL-processen").
  const word = head.word.toLowerCase();
  // A nominalised infinitive the model reads as a plural noun keeps a verb stem as lemma ("Versterken" → "versterk").
  // Such a "noun" is a verb when its stem is a known verb's, or when the training data never saw it at all (the
  // plural reading is the tagger's guess for an unknown word: "Versterken van …").
  const stem = word.slice(0, -2);
  const stemNoun = head.upos === 'NOUN' && word.endsWith('en') && head.lemma === stem && (isVerbStem(stem) || (word.length > 9 && word.endsWith('eren')) || (!isSeen(word) && !isSeen(stem)));
  if ((head.upos === 'VERB' && head.feats.includes('VerbForm=Inf')) || (head.upos === 'ADV' && looksLikeInfinitive(word)) || stemNoun) return 'infinitive';
  for (let i = first; i + 1 < tags.length; i++) {
    if (tags[i]!.word.toLowerCase() !== 'te' || tags[i + 1]!.upos !== 'VERB') continue;
    // "nieuw te ontwikkelen algoritmes", "Aantal te werken uren": an attributive te-infinitive.
    if (tags[i + 2] && (tags[i + 2]!.upos === 'NOUN' || tags[i + 2]!.upos === 'ADJ')) continue;
    const clause = clauses[clauseOf[i]!];
    if (!clause || clause.subordinate) continue;
    // "Token exchange om tokens in te wisselen": the te-infinitive of a purpose clause.
    // "Door afspraken te maken …": a means phrase, whose main clause follows.
    // "En om … te …" as a whole sentence continues a lead-in ("de aanbeveling om …") and is an item itself.
    let purpose = false;
    for (let k = clause.from; k < i; k++) {
      const w = tags[k]!.word.toLowerCase();
      const opensItem = w === 'om' && (k === first || (k === first + 1 && /^(en|of|ook)$/.test(tags[first]!.word.toLowerCase())));
      if (opensItem) break;
      if (w === 'om' || w === 'door') purpose = true;
    }
    if (!purpose) return 'te-infinitive';
  }
  return 'other';
}
