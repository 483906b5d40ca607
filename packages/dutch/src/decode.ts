/**
 * Greedy left-to-right decoding with an averaged perceptron. Shared by training (float weights that are being
 * learnt) and tagging (the quantised weights of the shipped model).
 */
import { BOUNDARY, FINITE, INFINITIVE, PARTICIPLE, SUBJECT, SUBORDINATOR, VERB } from './flags.js';
import { dynamicFeatures, staticFeatures, type FeatureSet, type WordShape } from './features.js';

/** What the decoder knows about a word type from the training data. */
export interface LexEntry {
  /** Classes the word may take (seen classes, plus the open classes for rare words). */
  candidates: Int32Array;
  /** The only class of a frequent unambiguous word (scored never), or -1. */
  fixed: number;
}

export interface Scorer {
  set: FeatureSet;
  weights: Float32Array | Int16Array;
  mask: number;
  salts: Int32Array;
  /** Candidate classes of words the lexicon does not know. */
  open: Int32Array;
  /** Per class: {@link FINITE}, {@link SUBORDINATOR}, {@link BOUNDARY} bits, for the clause-state features. */
  flags: Uint8Array;
}

export { BOUNDARY, classFlags, FINITE, INFINITIVE, PARTICIPLE, SUBJECT, SUBORDINATOR, VERB } from './flags.js';

/**
 * Verb context of the clause so far, packed in 6 bits: the form of the last verb (0 none, 1 finite, 2 infinitive,
 * 3 participle, 4 other), how far back it is (1, 2, 3, 4+ tokens), whether a subject pronoun was seen. Reset at
 * a boundary or subordinator; it tells "die … [uitkomen]" (no finite verb yet: finite) from "konden [vroeten]".
 */
function nextContext(ctx: number, flags: number): number {
  if (flags & (BOUNDARY | SUBORDINATOR)) return 0;
  const subject = (ctx & 32) | (flags & SUBJECT ? 32 : 0);
  if (flags & VERB) return subject | (flags & FINITE ? 1 : flags & INFINITIVE ? 2 : flags & PARTICIPLE ? 3 : 4);
  const kind = ctx & 7;
  const distance = (ctx >> 3) & 3;
  return subject | kind | (kind === 0 ? 0 : Math.min(3, distance + 1) << 3);
}

/**
 * Clause state: finite verbs seen (0, 1, 2+) since the last boundary, times whether a subordinator opened the
 * stretch. It tells "werken" the finite plural ("zij werken") from the infinitive ("zij zullen werken").
 */
function nextState(state: number, flags: number): number {
  if (flags & BOUNDARY) return 0;
  if (flags & SUBORDINATOR) return 3;
  if (flags & FINITE) return state % 3 < 2 ? state + 1 : state;
  return state;
}

/** Score of class c for the features in `feats[0..n)`. */
export function score(s: Scorer, feats: Int32Array, n: number, c: number): number {
  const w = s.weights;
  const salt = s.salts[c]!;
  const mask = s.mask;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += w[(feats[k]! ^ salt) & mask]!;
  return sum;
}

/**
 * The best-scoring candidate (the first one on a tie, so decoding is deterministic). `base[k]`, when given, is
 * candidate k's score from features not in `feats` (the per-type part, see tagger.ts).
 */
export function best(s: Scorer, feats: Int32Array, n: number, candidates: Int32Array, base?: Int32Array): number {
  let bestClass = candidates[0]!;
  let bestScore = -Infinity;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const v = (base === undefined ? 0 : base[k]!) + score(s, feats, n, c);
    if (v > bestScore) {
      bestScore = v;
      bestClass = c;
    }
  }
  return bestClass;
}

/** Reusable buffers: tagging allocates nothing per token. */
let staticBuffer = new Int32Array(64 * 32);
const featureBuffer = new Int32Array(64);

export function featureBuffers(s: Scorer, length: number): { statics: Int32Array; feats: Int32Array } {
  const need = length * s.set.statics.length;
  if (staticBuffer.length < need) staticBuffer = new Int32Array(need * 2);
  return { statics: staticBuffer, feats: featureBuffer };
}

/**
 * Tags one sentence. `onToken` (training only) sees each token's features and the class chosen, and returns the
 * class to continue with (the gold class, so history features see gold tags like at test time they see their
 * own — here: greedy, the guess, as the averaged perceptron of Collins 2002 with Honnibal's greedy decoding).
 */
export function decode(
  s: Scorer,
  words: readonly WordShape[],
  entries: readonly (LexEntry | undefined)[],
  out: Int32Array,
  onToken?: (i: number, feats: Int32Array, n: number, guess: number, candidates: Int32Array) => number,
  typeScores?: readonly (Int32Array | undefined)[],
): void {
  const { statics, feats } = featureBuffers(s, words.length);
  const ns = s.set.statics.length;
  const n = ns + s.set.dynamics.length;
  // With per-type scores (tagging only) the type-only features are already summed: score the rest.
  const skip = typeScores !== undefined ? s.set.typeOnly : 0;
  staticFeatures(s.set, words, statics, skip, s.flags);
  let prev1 = -1;
  let prev2 = -2;
  let state = 0;
  let context = 0;
  for (let i = 0; i < words.length; i++) {
    const entry = entries[i];
    let cls: number;
    if (entry !== undefined && entry.fixed >= 0) {
      cls = entry.fixed;
    } else {
      const candidates = entry !== undefined ? entry.candidates : s.open;
      if (candidates.length === 1 && onToken === undefined) {
        cls = candidates[0]!;
      } else {
        for (let k = skip; k < ns; k++) feats[k - skip] = statics[i * ns + k]!;
        dynamicFeatures(s.set, words, i, prev1, prev2, state, context, feats, ns - skip);
        cls = candidates.length === 1 ? candidates[0]! : best(s, feats, n - skip, candidates, typeScores?.[i]);
      }
      if (onToken) cls = onToken(i, feats, n, cls, candidates);
    }
    out[i] = cls;
    state = nextState(state, s.flags[cls]!);
    context = nextContext(context, s.flags[cls]!);
    prev2 = prev1;
    prev1 = cls;
  }
}
