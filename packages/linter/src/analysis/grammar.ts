/**
 * Grammar questions the detectors ask about a token, answered from the @scherp/dutch tags and clause structure
 * of the sentence view (no word lists of verb forms).
 */
import { isPastTense, isSubjectPronoun } from '@scherp/dutch';
import type { SentenceView } from './view.js';

/** Is token i the verb of an imperative clause ("Stel …", "Implementeer …")? */
export function isImperativeAt(view: SentenceView, i: number): boolean {
  const clause = view.grammar.clauses[view.grammar.clauseOf[i] ?? -1];
  return clause !== undefined && clause.imperative && clause.finite === i;
}

/** Is token i a finite verb (CGN `WW|pv`)? */
export function isFiniteAt(view: SentenceView, i: number): boolean {
  return view.tags[i]?.xpos.startsWith('WW|pv') ?? false;
}

/**
 * Is token i a finite verb in the past tense ("moest", "besloot", "werkten")? "zou/zouden", formally the past of
 * "zullen", is the conditional mood ("als ik het zou hebben"): it reports nothing that happened.
 */
export function isPastAt(view: SentenceView, i: number): boolean {
  const tag = view.tags[i];
  return tag !== undefined && isPastTense(tag) && tag.lemma !== 'zullen';
}

/** Does the sentence report the past: a past-tense finite verb, or "sinds/sedert" (since)? */
export function reportsPast(view: SentenceView): boolean {
  return view.tokens.some((t, i) => isPastAt(view, i) || t.lower === 'sinds' || t.lower === 'sedert');
}

/** Is token i a personal pronoun in subject form ("we", "hij", "u", "men")? */
export function isSubjectPronounAt(view: SentenceView, i: number): boolean {
  const tag = view.tags[i];
  // "het" is a personal pronoun too, but as a subject it points at a thing, it does not name a person.
  return tag !== undefined && tag.xpos.startsWith('VNW|pers') && isSubjectPronoun(tag) && !tag.xpos.includes('|onz');
}

/**
 * The modal role of a verb by its lemma and tense:
 *  - demand: "moet", "dient … te", "hoort … te" (present; "moest" is history);
 *  - conditional: "zou/zouden" (the past of zullen: "zou moeten" recommends);
 *  - commitment: "zal", "gaan", "wil" (present: a promise when the speaker or a named actor commits);
 *  - possibility: "kan/kunnen"; permission: "mag/mogen".
 * Infinitives count too ("zal moeten", "zal gaan"); participles and past forms (other than "zou") do not.
 */
export type ModalRole = 'demand' | 'conditional' | 'commitment' | 'possibility' | 'permission';

const ROLES: Record<string, ModalRole> = {
  moeten: 'demand', horen: 'demand', dienen: 'demand', zullen: 'commitment', gaan: 'commitment', willen: 'commitment',
  kunnen: 'possibility', mogen: 'permission',
};

export function modalRoleAt(view: SentenceView, i: number): ModalRole | null {
  const tag = view.tags[i];
  if (!tag || !tag.xpos.startsWith('WW') || tag.xpos.startsWith('WW|vd') || tag.xpos.startsWith('WW|od')) return null;
  const role = ROLES[tag.lemma];
  if (!role) return null;
  if (isPastTense(tag)) return role === 'commitment' && tag.lemma === 'zullen' ? 'conditional' : null;
  return role;
}
