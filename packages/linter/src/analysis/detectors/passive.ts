/**
 * Passive voice: a form of "worden" (or "zijn") with a past participle in the same clause, in either order
 * ("wordt ingericht", "moet worden vastgesteld", "vastgesteld moet worden"). The participle and the clause come
 * from the @scherp/dutch tagger and its clause analysis, so participles of any verb count, also ones no list
 * foresaw ("wordt gecontainerd").
 */
import { tagWords } from '@scherp/dutch';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';

/** Is token i of the sentence a past participle (CGN `WW|vd`)? */
export function isParticipleAt(view: SentenceView, i: number): boolean {
  return view.tags[i]?.xpos.startsWith('WW|vd') ?? false;
}

/** Is `word`, on its own, a past participle? (Without context; in a sentence use {@link isParticipleAt}.) */
export function isParticiple(word: string): boolean {
  return tagWords([word])[0]!.xpos.startsWith('WW|vd');
}

/** Adjectival participles after "zijn" describe a state ("is gevestigd in", "is gericht op"), not a passive. */
const STATE_WITH_ZIJN_PREPOSITION = new Set(['in', 'op', 'aan', 'tot', 'voor', 'met', 'bij', 'om']);

export function detectPassives(view: SentenceView): TextMatch[] {
  const out: TextMatch[] = [];
  for (const clause of view.grammar.clauses) {
    const p = clause.passive;
    if (!p) continue;
    const aux = view.tags[p.aux]!;
    if (aux.lemma === 'zijn' && STATE_WITH_ZIJN_PREPOSITION.has(view.tokens[p.participle + 1]?.lower ?? '') && p.participle > p.aux) continue;
    const from = Math.min(p.aux, p.participle);
    const to = Math.max(p.aux, p.participle) + 1;
    out.push(spanOf(view, from, to));
  }
  return out;
}
