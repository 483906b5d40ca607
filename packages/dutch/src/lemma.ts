/**
 * Lemmas of words the training data did not show with the chosen class: suffix rules learnt from the training
 * data ("-en" → "" for plural nouns, "-t" → "-en" for finite verbs, …), longest matching suffix first, per class.
 * Past participles first lose their "ge" (also after a separable particle: "aangepast" → "aan" + "gepast").
 */

/** Longest suffix a rule looks at. */
export const LEMMA_SUFFIX = 5;

export interface LemmaRules {
  /** `class + "\t" + suffix` → [strip, add]. */
  rules: Map<string, readonly [number, string]>;
  /** Separable particles seen before "ge" in training participles, longest first. */
  particles: readonly string[];
}

/** Splits a participle into particle and body without "ge" ("aangepast" → ["aan", "past"]), or null. */
export function splitParticiple(lower: string, particles: readonly string[]): [string, string] | null {
  if (lower.startsWith('ge') && lower.length > 5) return ['', lower.slice(2)];
  for (const p of particles) {
    if (lower.length > p.length + 4 && lower.startsWith(p) && lower.startsWith('ge', p.length)) return [p, lower.slice(p.length + 2)];
  }
  return null;
}

export function applySuffixRule(rules: LemmaRules['rules'], cls: number, body: string): string {
  for (let k = Math.min(LEMMA_SUFFIX, body.length - 1); k >= 1; k--) {
    const rule = rules.get(`${cls}\t${body.slice(-k)}`);
    if (rule !== undefined) return rule[0] <= body.length ? body.slice(0, body.length - rule[0]) + rule[1] : body;
  }
  return body;
}

/** Lemma of an unseen (word, class) pair. */
export function guessLemma(model: LemmaRules, cls: number, participle: boolean, word: string, lower: string, upos: string): string {
  if (upos === 'PROPN' || upos === 'PUNCT' || upos === 'SYM' || upos === 'X' || upos === 'NUM') return word;
  if (participle) {
    const split = splitParticiple(lower, model.particles);
    if (split) return split[0] + applySuffixRule(model.rules, cls, split[1]);
  }
  return applySuffixRule(model.rules, cls, lower);
}
