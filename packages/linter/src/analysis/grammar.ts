/**
 * Grammar questions the detectors ask about a token, answered from the @scherp/dutch tags and clause structure
 * of the sentence view (no word lists of verb forms).
 */
import type { SentenceView } from './view.js';

/** Is token i the verb of an imperative clause ("Stel …", "Implementeer …")? */
export function isImperativeAt(view: SentenceView, i: number): boolean {
  const clause = view.grammar.clauses[view.grammar.clauseOf[i] ?? -1];
  return clause !== undefined && clause.imperative && clause.finite === i;
}

/** Is token i a finite verb in the past tense ("besloot", "werkten", "moest")? */
export function isPastFiniteAt(view: SentenceView, i: number): boolean {
  return view.tags[i]?.xpos.startsWith('WW|pv|verl') ?? false;
}

/** Does the sentence have a finite verb in the past tense? */
export function hasPastFinite(view: SentenceView): boolean {
  for (let i = 0; i < view.tags.length; i++) if (isPastFiniteAt(view, i)) return true;
  return false;
}

/** Is token i a present-tense singular finite verb with -t ("legt", "richt … in", "investeert")? */
export function isPresentSingularAt(view: SentenceView, i: number): boolean {
  const x = view.tags[i]?.xpos ?? '';
  return x.startsWith('WW|pv|tgw|met-t') || (x.startsWith('WW|pv|tgw|ev') && view.tokens[i]!.lower.endsWith('t'));
}
