/**
 * Owner: the named actor who must act. A named actor counts when it is not merely mentioned as background
 * (inside parentheses, inside a reason clause, or as an example after "zoals"). First person counts only when
 * the document says who "ik"/"wij" is AND the speaker commits itself ("wij gaan", "ik wil", "we zullen"): an
 * exhortation such as "we moeten beter" addresses everyone. Passive agents ("door de minister") count.
 */
import { FIRST_PERSON, GENERIC_ACTORS } from '../lexicon/actors.js';
import { isFiniteAt, modalRoleAt } from '../grammar.js';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';
import type { ActorMention } from './actors.js';
import type { AdviceHit } from './advice.js';
import { tokenIndexAt } from '../view.js';

const REASON_SUBORDINATORS = new Set(['omdat', 'doordat', 'aangezien', 'hoewel', 'terwijl', 'zoals', 'nadat', 'sinds', 'zodat', 'opdat']);
const BACKGROUND_BEFORE = new Set(['zoals', 'dan', 'namens', 'volgens', 'sinds']);
const NEW_BODY_MARKERS = new Set(['een', 'nieuwe', 'nieuw', 'extra', 'aparte', 'eigen']);
/** After "wil dat", a new subject takes over: "Ik wil dat gemeenten …" commits the municipalities, not me. */
const SUBJECT_STARTS = new Set(['de', 'het', 'een', 'er', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'men', 'iedereen', 'alle', 'elke', 'iedere']);

export interface OwnerOptions {
  firstPersonIsOwner: boolean;
}

export function detectOwner(view: SentenceView, actors: readonly ActorMention[], options: OwnerOptions): TextMatch | null {
  const { tokens, clauses } = view;
  const speakerSubject = firstPersonSubjectClause(view);
  for (const a of actors) {
    if (view.inParens[a.from]) continue;
    // "uw Kamer" is the addressee; with "ik/wij" as subject, other actors in that clause are objects ("Ik informeer de Kamer").
    if (tokens[a.from - 1]?.lower === 'uw') continue;
    if (speakerSubject >= 0 && clauses.segment[a.from] === speakerSubject && !/^(als|door)$/.test(tokens[a.from - 1]?.lower ?? '')) continue;
    const sub = clauses.subordinator[a.from]!;
    if (sub >= 0 && REASON_SUBORDINATORS.has(tokens[sub]!.lower)) continue;
    const before = tokens.slice(Math.max(0, a.from - 3), a.from).map((t) => t.lower);
    if (before.some((w) => BACKGROUND_BEFORE.has(w))) continue;
    // "op verzoek van de Kamer", "in opdracht van": who asked is not who acts.
    if (tokens[a.from - 1]?.lower === 'van' && /^(verzoek|opdracht|advies|initiatief)$/.test(tokens[a.from - 2]?.lower ?? tokens[a.from - 3]?.lower ?? '')) continue;
    if (tokens[a.from - 2]?.lower === 'van' && /^(verzoek|opdracht|advies|initiatief)$/.test(tokens[a.from - 3]?.lower ?? '')) continue;
    // "De raad wordt geïnformeerd", "Aan de raad wordt voorgesteld …": the subject or addressee of a passive
    // undergoes the action — unless it is asked to act ("Het college wordt verzocht …").
    if (isPassiveUndergoer(view, a) && !isRequestPassive(view, a)) continue;
    // "een (nieuwe) stuurgroep": a body still to be created is a deliverable, not the owner.
    if (!a.compound && before.slice(-2).some((w) => NEW_BODY_MARKERS.has(w))) continue;
    return spanOf(view, a.from, a.to);
  }
  if (options.firstPersonIsOwner) return firstPersonCommitment(view);
  return null;
}

/** "wij gaan …", "ik wil …", "we zullen …", "gaan we …": the speaker commits itself. */
function firstPersonCommitment(view: SentenceView): TextMatch | null {
  const { tokens, clauses } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!FIRST_PERSON.has(t.lower) || t.lower === 'ons' || t.lower === 'onze' || t.lower === 'mijn' || t.lower === 'me' || t.lower === 'mij') continue;
    // The auxiliary is the finite verb right before (inversion) or within two tokens after the pronoun.
    for (const j of [i - 1, i + 1, i + 2]) {
      const v = tokens[j];
      if (!v || clauses.segment[j] !== clauses.segment[i]) continue;
      if (modalRoleAt(view, j) !== 'commitment') continue;
      // "zou ik willen" is a wish; "we gaan over" is not an action.
      if (tokens.slice(Math.max(0, i - 3), i + 3).some((x) => x.lower === 'zou' || x.lower === 'zouden')) continue;
      const after = tokens[j + 1];
      if (after?.lower === 'dat' && (SUBJECT_STARTS.has(tokens[j + 2]?.lower ?? '') || GENERIC_ACTORS.has(tokens[j + 2]?.lower ?? ''))) continue;
      return spanOf(view, i, i + 1);
    }
  }
  return null;
}

/**
 * Does the actor undergo a passive of "worden" (clause structure of @scherp/dutch)? Its subject does ("De raad
 * wordt geïnformeerd", "Daarna wordt de raad geïnformeerd"), and so does its addressee, the object of "aan"
 * ("Aan de raad wordt voorgesteld …"): who acts is the agent ("door …"), another actor in the sentence.
 */
function isPassiveUndergoer(view: SentenceView, a: ActorMention): boolean {
  const clause = view.grammar.clauses[view.grammar.clauseOf[a.from] ?? -1];
  const passive = clause?.passive;
  if (!clause || !passive || view.tags[passive.aux]!.lemma !== 'worden') return false;
  if (passive.agent && a.from >= passive.agent.from && a.from < passive.agent.to) return false;
  const isSubject = clause.subject >= a.from && clause.subject < a.to;
  const isAddressee = view.tokens[a.from - 1]?.lower === 'aan' || (view.tokens[a.from - 2]?.lower === 'aan' && view.tags[a.from - 1]!.upos === 'DET');
  return isSubject || isAddressee;
}

/** Passives that ask the subject to act: "wordt verzocht/gevraagd/opgedragen …". */
const REQUEST_PARTICIPLES = new Set(['verzocht', 'gevraagd', 'opgedragen', 'opgeroepen', 'aangespoord', 'uitgenodigd', 'verplicht', 'gehouden']);

function isRequestPassive(view: SentenceView, a: ActorMention): boolean {
  for (let j = a.to + 1; j < Math.min(view.tokens.length, a.to + 4); j++) if (REQUEST_PARTICIPLES.has(view.tokens[j]!.lower)) return true;
  return false;
}

/** Segment index of the clause whose subject is "ik"/"wij"/"we" (first word, or right after the finite verb), or -1. */
function firstPersonSubjectClause(view: SentenceView): number {
  const i = firstPersonSubject(view);
  if (i < 0) return -1;
  // "Wij vragen het college …", "Ik adviseer de minister …": the addressed actor is the one who must act.
  const verbs = [view.tokens[i - 1]?.lower ?? '', view.tokens[i + 1]?.lower ?? ''];
  if (verbs.some((v) => APPEAL_VERBS.has(v))) return -1;
  return view.clauses.segment[i]!;
}

const APPEAL_VERBS = new Set(['vragen', 'vraag', 'verzoeken', 'verzoek', 'adviseren', 'adviseer', 'bevelen', 'beveel', 'roepen', 'roep', 'raden', 'raad', 'dragen', 'draag', 'stellen', 'stel']);

/** Token index of a first-person subject ("Ik heb besloten", "Daarom stel ik voor"), or -1. */
export function firstPersonSubject(view: SentenceView): number {
  const { tokens, clauses } = view;
  for (let i = 0; i < Math.min(tokens.length, 24); i++) {
    const w = tokens[i]!.lower;
    if (w !== 'ik' && w !== 'wij' && w !== 'we') continue;
    const start = clauses.segmentStart[clauses.segment[i]!]!;
    const wordsBefore = tokens.slice(start, i).filter((t) => t.kind === 'word').length;
    // Subject first, or inverted right after the finite verb ("Daarom ga ik …", "… zal ik u toezenden").
    if (wordsBefore === 0) return i;
    const prev = tokens[i - 1]!;
    if (clauses.subordinator[i] === -1 && isFiniteAt(view, i - 1)) return i;
    // "Daarom is het belangrijk dat we …": the speaker in the clause that the importance frame governs.
    if (prev.lower === 'dat' && tokens.slice(Math.max(0, i - 6), i).some((t) => /^(belangrijk|noodzakelijk|nodig|essentieel|cruciaal|zaak|wenselijk)$/.test(t.lower))) {
      // "… dat we als samenleving …" is everyone.
      if (tokens[i + 1]?.lower === 'als' || tokens[i + 1]?.lower === 'allemaal') return -1;
      return i;
    }
  }
  return -1;
}


/** Verbs whose object is the addressee of an appeal. */
const APPEALS = new Set(['verzoekt', 'verzoeken', 'verzoek', 'adviseert', 'adviseren', 'adviseer', 'roept', 'roepen', 'draagt', 'dragen', 'vraagt', 'vragen', 'beveelt', 'bevelen', 'raadt', 'raden']);

/**
 * The owner of the sentence's advice, once the advice is known. All owner decisions that depend on the advice
 * live here:
 *  - the addressee of an appeal acts ("… verzoekt de regering …", "Wij adviseren de minister …");
 *  - otherwise the named actor of detectOwner;
 *  - otherwise the speaker, when it decides, promises or announces its own plan ("Ik heb besloten …",
 *    "Wij richten een loket in", "We zullen …"). Government letters, plans and motions are written by a named
 *    office, so their "ik"/"wij" is that office. An exhortation ("we moeten beter") addresses everyone, and
 *    "ik wil dat gemeenten …" commits someone else.
 */
export function ownerOfAdvice(view: SentenceView, actors: readonly ActorMention[], advice: AdviceHit | null, named: TextMatch | null, _options: OwnerOptions): TextMatch | null {
  if (!advice) return named;
  const { tokens } = view;
  if (advice.cue === 'performative') {
    const cue = tokenIndexAt(view, advice.start);
    const addressee = actors.find((a) => a.from > cue && a.from <= cue + 3 && !view.inParens[a.from]);
    if (addressee && APPEALS.has(tokens[cue]!.lower)) return spanOf(view, addressee.from, addressee.to);
  }
  // A demand on "de gemeente" without its name is a rule for every municipality ("Als de aanvraag compleet is,
  // moet de gemeente binnen acht weken beslissen"); only the body's own commitments name it.
  if (named && (advice.cue === 'modal' || advice.cue === 'er-moet') && /^(gemeente|provincie|waterschap|hoogheemraadschap)$/i.test(named.text)) return null;
  if (named) return named;
  // "… ontvangt u van mij …", "… krijgt u van ons …": the sender is the speaker.
  const fromMe = tokens.findIndex((t, k) => t.lower === 'van' && /^(mij|ons)$/.test(tokens[k + 1]?.lower ?? ''));
  if (fromMe >= 0 && advice.cue === 'decision') return spanOf(view, fromMe + 1, fromMe + 2);
  // "Ik verzoek u …": in a letter the addressee is the Kamer or the council, and it is asked to act.
  if (advice.cue === 'performative') {
    const cue = tokenIndexAt(view, advice.start);
    const you = tokens.findIndex((t, k) => k > cue && k <= cue + 2 && (t.lower === 'u' || (t.lower === 'uw' && tokens[k + 1]?.text === 'Kamer')));
    // An adviser is not the owner of its advice ("Wij adviseren …", "Ik vind dat …").
    return you >= 0 ? spanOf(view, you, tokens[you]!.lower === 'uw' ? you + 2 : you + 1) : null;
  }
  // An item that continues a lead-in ("besluit:", "Onze planning is:") is done by the lead-in's author.
  if (advice.cue === 'action-item') return advice;
  // "Het is mijn intentie …", "Onze planning is …", "Onze missie is …": the speaker's own goal.
  const cueFrom = tokenIndexAt(view, advice.start);
  for (let k = Math.max(0, cueFrom - 1); k < tokens.length && tokens[k]!.start < advice.end; k++) {
    if (/^(mijn|onze)$/.test(tokens[k]!.lower)) return spanOf(view, k, k + 1);
  }
  // A demand in the first person addresses everyone ("we moeten beter"); every other advice cue with a
  // first-person subject is the speaker committing itself.
  if (advice.cue === 'modal' || advice.cue === 'er-moet') return null;
  const subject = firstPersonSubject(view);
  if (subject < 0) return null;
  // "We hebben … nodig" states a need; only "het is belangrijk dat we …" commits the speaker.
  if (advice.cue === 'importance' && tokens[subject - 1]?.lower !== 'dat') return null;
  return wantsOthers(view, subject) ? null : spanOf(view, subject, subject + 1);
}

/** Who must act after "wil dat": "Ik wil dat gemeenten investeren" commits them; "Wij willen dat elke inwoner zich veilig voelt" is the speaker's goal. */
const ACTING_GROUPS = new Set(['gemeenten', 'provincies', 'waterschappen', 'organisaties', 'instellingen', 'bedrijven', 'partijen', 'ministeries', 'scholen', 'zorgaanbieders', 'werkgevers', 'overheden', 'leveranciers', 'corporaties', 'woningcorporaties']);

function wantsOthers(view: SentenceView, subject: number): boolean {
  const { tokens } = view;
  for (let k = subject + 1; k < Math.min(tokens.length, subject + 4); k++) {
    if (tokens[k]!.lower !== 'dat' || !/^(wil|willen|wilt)$/.test(tokens[k - 1]!.lower)) continue;
    const after = tokens.slice(k + 1, k + 4).map((t) => t.lower);
    return after.some((w) => ACTING_GROUPS.has(w)) || /^(de|het)$/.test(after[0] ?? '') && /^(minister|staatssecretaris|regering|kabinet|overheid|rijk|college|raad)$/.test(after[1] ?? '');
  }
  return false;
}
