/**
 * Owner: the named actor who must act. A named actor counts when it is not merely mentioned as background
 * (inside parentheses, inside a reason clause, or as an example after "zoals"). First person counts only when
 * the document says who "ik"/"wij" is AND the speaker commits itself ("wij gaan", "ik wil", "we zullen"): an
 * exhortation such as "we moeten beter" addresses everyone. Passive agents ("door de minister") count.
 */
import { FIRST_PERSON } from '../lexicon/actors.js';
import { COMMITMENT_AUX } from '../lexicon/verbs.js';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';
import type { ActorMention } from './actors.js';

const REASON_SUBORDINATORS = new Set(['omdat', 'doordat', 'aangezien', 'hoewel', 'terwijl', 'zoals', 'nadat', 'sinds']);
const BACKGROUND_BEFORE = new Set(['zoals', 'dan', 'namens', 'volgens', 'sinds']);

export interface OwnerOptions {
  firstPersonIsOwner: boolean;
}

export function detectOwner(view: SentenceView, actors: readonly ActorMention[], options: OwnerOptions): TextMatch | null {
  const { tokens, clauses } = view;
  for (const a of actors) {
    if (view.inParens[a.from]) continue;
    const sub = clauses.subordinator[a.from]!;
    if (sub >= 0 && REASON_SUBORDINATORS.has(tokens[sub]!.lower)) continue;
    const before = tokens[a.from - 1]?.lower ?? '';
    const before2 = tokens[a.from - 2]?.lower ?? '';
    if (BACKGROUND_BEFORE.has(before) || BACKGROUND_BEFORE.has(before2)) continue;
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
      if (!COMMITMENT_AUX.has(v.lower)) continue;
      // "zou ik willen" is a wish; "we gaan over" is not an action.
      if (tokens.slice(Math.max(0, i - 3), i + 3).some((x) => x.lower === 'zou' || x.lower === 'zouden')) continue;
      return spanOf(view, i, i + 1);
    }
  }
  return null;
}
