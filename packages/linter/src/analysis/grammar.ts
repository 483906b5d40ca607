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
