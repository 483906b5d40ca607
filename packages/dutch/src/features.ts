/**
 * Feature extraction shared by training and tagging, so the two can never drift apart. A token's features are
 * 32-bit hashes: static ones (its word, affixes, shape and neighbours) computed once per sentence, and the
 * tag-history ones added while decoding left to right. The weight of feature f for class c sits at
 * `(f ^ salt[c]) & mask` in one flat typed array.
 */
import { combine, hashString, mix, prefixHashes, suffixHashes } from './hash.js';
import { splitParticiple } from './lemma.js';
import { signature, type WordList } from './wordlist.js';
import { BOUNDARY, FINITE, INFINITIVE, PARTICIPLE, SUBORDINATOR } from './flags.js';

export const SUFFIXES = 4;
export const PREFIXES = 3;

/** Per word type: everything the features need, computed once and cached. */
export interface WordShape {
  lower: string;
  /** [word, suffix1..4, prefix1..3] hashes of the lower-case form. */
  h: Int32Array;
  /** Orthographic shape code (capitals, digits, hyphen, length class). */
  shape: number;
  /**
   * Most frequent class + 1 of the longest known word this one ends in (0: none): Dutch compounds take the
   * class of their last part ("informatiebeveiligingsbeleid" ends in "beleid").
   */
  head: number;
  /** Signature of the word in the OpenTaal list (see wordlist.ts), 0 when absent or without a list. */
  dict: number;
  /**
   * Participle shape: 0 none, 1 "ge…", 2 separable particle + "ge…" ("aangepast"), 3 particle without "ge"
   * ("aanpassen"), with the particles of the training participles.
   */
  ge: number;
  /** Most frequent class + 1 of the word itself in the training data (0: unseen). */
  top: number;
}

/** Most frequent class + 1 of a known lower-case word, 0 when unknown. */
export type HeadLookup = (lower: string) => number;

const MIN_PART = 3;

export function compoundHead(lower: string, lookup: HeadLookup): number {
  for (let k = MIN_PART; k <= lower.length - MIN_PART; k++) {
    const head = lookup(lower.slice(k));
    if (head > 0) return head;
  }
  return 0;
}

const H_WORD = 0;
const H_SUFFIX = 1;
const H_PREFIX = 1 + SUFFIXES;

function shapeOf(word: string, lower: string): number {
  const first = word.charCodeAt(0);
  let shape = 0;
  if (word !== lower) shape |= lower.charCodeAt(0) !== first ? (word.toUpperCase() === word && word.length > 1 ? 3 : 1) : 2;
  let digit = false;
  let hyphen = false;
  let letter = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c === 45) hyphen = true;
    else if (c > 64) letter = true;
  }
  if (digit) shape |= 4;
  if (hyphen) shape |= 8;
  if (!letter) shape |= 16;
  shape |= (word.length <= 2 ? 0 : word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3) << 5;
  return shape;
}

export function wordShape(word: string, lookup: HeadLookup, list?: WordList, particles: readonly string[] = []): WordShape {
  const lower = word.toLowerCase();
  const h = new Int32Array(1 + SUFFIXES + PREFIXES);
  h[H_WORD] = hashString(lower);
  suffixHashes(lower, SUFFIXES, h, H_SUFFIX);
  prefixHashes(lower, PREFIXES, h, H_PREFIX);
  return { lower, h, shape: shapeOf(word, lower), head: compoundHead(lower, lookup), dict: list ? signature(list, lower) : 0, ge: geShape(lower, particles), top: lookup(lower) };
}

function geShape(lower: string, particles: readonly string[]): number {
  const split = splitParticiple(lower, particles);
  if (split !== null) return split[0] === '' ? 1 : 2;
  // A particle without "ge" after it: a separable verb's infinitive or finite form, never its participle.
  for (const p of particles) if (lower.length > p.length + 3 && lower.startsWith(p)) return 3;
  return 0;
}

/** Feature templates. Static ones depend on the words only; dynamic ones on the tags already chosen. */
export const TEMPLATES = [
  'bias', 'w', 's1', 's2', 's3', 's4', 'p1', 'p2', 'p3', 'shape',
  'w-1', 'w+1', 'w-2', 'w+2', 's3(w-1)', 's3(w+1)', 'shape(w+1)', 'w-1|w', 'w|w+1', 'shape|s2',
  't-1', 't-2', 't-1|t-2', 't-1|w', 't-1|w+1', 'state', 'state|s2', 'state|w',
  'head', 'head|s2', 'dict', 'dict(w-1)', 'dict(w+1)', 'dict|s2', 'ge|s2',
  // Dynamic, appended so the ids (and hashes) of the templates above stay the same.
  'ctx', 'ctx|s2',
  // Static: the likely classes to the right (what greedy left-to-right decoding has not chosen yet).
  'c+1|s2', 'rverbs|w',
] as const;
export type Template = (typeof TEMPLATES)[number];
export const FIRST_DYNAMIC = TEMPLATES.indexOf('t-1');
const HEAD = TEMPLATES.indexOf('head');
const FIRST_LATE_DYNAMIC = TEMPLATES.indexOf('ctx');
const FIRST_LATE_STATIC = TEMPLATES.indexOf('c+1|s2');
/** Templates that depend on the word type alone: their score is summed once per type (see tagger.ts). */
const TYPE_ONLY = new Set<number>(['bias', 'w', 's1', 's2', 's3', 's4', 'p1', 'p2', 'p3', 'shape|s2', 'head', 'head|s2', 'dict', 'dict|s2', 'ge|s2'].map((n) => TEMPLATES.indexOf(n as Template)));

const START = [hashString('<s>'), hashString('<s2>')];
const END = [hashString('</s>'), hashString('</s2>')];
const START_TAG = [0x5a17, 0x5a18];

/** Template ids are salted into the feature hash so equal values of different templates stay apart. */
const SALT = TEMPLATES.map((_, i) => mix(0x7f4a7c15 + i * 0x9e3779b1));

/** A feature set: the templates in use, in order (static ones first; of those, the type-only ones first). */
export interface FeatureSet {
  statics: number[];
  dynamics: number[];
  /** The first `typeOnly` statics depend on the word type alone. */
  typeOnly: number;
  /** A template needs the likely verbs to the right (see computeRightVerbs). */
  rightVerbs: boolean;
}

export function featureSet(names: readonly Template[]): FeatureSet {
  const ids = names.map((n) => {
    const id = TEMPLATES.indexOf(n);
    if (id < 0) throw new Error(`unknown feature template ${n}`);
    return id;
  });
  const isStatic = (i: number) => i < FIRST_DYNAMIC || (i >= HEAD && i < FIRST_LATE_DYNAMIC) || i >= FIRST_LATE_STATIC;
  const statics = ids.filter(isStatic);
  const typeOnly = statics.filter((i) => TYPE_ONLY.has(i));
  const rightVerbs = names.includes('rverbs|w');
  return { statics: [...typeOnly, ...statics.filter((i) => !TYPE_ONLY.has(i))], dynamics: ids.filter((i) => !isStatic(i)), typeOnly: typeOnly.length, rightVerbs };
}

function wordAt(words: readonly WordShape[], i: number): number {
  if (i < 0) return START[-i - 1]!;
  if (i >= words.length) return END[i - words.length]!;
  return words[i]!.h[H_WORD]!;
}

function suffix3At(words: readonly WordShape[], i: number): number {
  if (i < 0 || i >= words.length) return wordAt(words, i);
  return words[i]!.h[H_SUFFIX + 2]!;
}

const topAt = (words: readonly WordShape[], i: number): number => (i < words.length ? words[i]!.top : 0x7fff);

/**
 * Per token, the verbs likely to its right before the next punctuation, conjunction or subordinator, from the
 * words' most frequent class in the training data (or a "ge…d/t" shape when unseen): bit 1 a finite verb (a
 * clause has one: "die het zullen [toepassen]" vs "die het [toepassen]"), bit 2 a participle ("heeft … [gedaan]":
 * "heeft" is then AUX), bit 4 an infinitive.
 */
let rightVerbs = new Uint8Array(256);
function computeRightVerbs(words: readonly WordShape[], flags: Uint8Array): void {
  if (rightVerbs.length < words.length) rightVerbs = new Uint8Array(words.length * 2);
  let seen = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    rightVerbs[i] = seen;
    const w = words[i]!;
    const f = w.top > 0 ? flags[w.top - 1]! : 0;
    if (w.shape & 16 || f & (BOUNDARY | SUBORDINATOR)) seen = 0;
    else if (f & FINITE) seen |= 1;
    else if (f & PARTICIPLE || (w.top === 0 && (w.ge === 1 || w.ge === 2) && /[dt]$/.test(w.lower))) seen |= 2;
    else if (f & INFINITIVE) seen |= 4;
  }
}

function staticValue(t: number, words: readonly WordShape[], i: number): number {
  const w = words[i]!;
  switch (t) {
    case 0: return 1;
    case 1: return w.h[H_WORD]!;
    case 2: case 3: case 4: case 5: return w.h[H_SUFFIX + t - 2]!;
    case 6: case 7: case 8: return w.h[H_PREFIX + t - 6]!;
    case 9: return w.shape + (i === 0 ? 1024 : 0);
    case 10: return wordAt(words, i - 1);
    case 11: return wordAt(words, i + 1);
    case 12: return wordAt(words, i - 2);
    case 13: return wordAt(words, i + 2);
    case 14: return suffix3At(words, i - 1);
    case 15: return suffix3At(words, i + 1);
    case 16: return i + 1 < words.length ? words[i + 1]!.shape : 4096;
    case 17: return combine(wordAt(words, i - 1), w.h[H_WORD]!);
    case 18: return combine(w.h[H_WORD]!, wordAt(words, i + 1));
    case 19: return combine(w.shape, w.h[H_SUFFIX + 1]!);
    case 28: return w.head;
    case 29: return combine(w.head, w.h[H_SUFFIX + 1]!);
    case 30: return w.dict;
    case 31: return i > 0 ? words[i - 1]!.dict : 7;
    case 32: return i + 1 < words.length ? words[i + 1]!.dict : 7;
    case 33: return combine(w.dict, w.h[H_SUFFIX + 1]!);
    case 34: return combine(w.ge + 0x6e, w.h[H_SUFFIX + 1]!);
    case 37: return combine(topAt(words, i + 1), w.h[H_SUFFIX + 1]!);
    case 38: return combine(rightVerbs[i]! + 0x52, w.h[H_WORD]!);
    default: throw new Error(`not a static template: ${t}`);
  }
}

/** Static features of every token of a sentence: `out[i * statics.length + k]`, for k from `from`. */
export function staticFeatures(set: FeatureSet, words: readonly WordShape[], out: Int32Array, from: number, flags: Uint8Array): void {
  const n = set.statics.length;
  if (set.rightVerbs) computeRightVerbs(words, flags);
  for (let i = 0; i < words.length; i++) {
    for (let k = from; k < n; k++) {
      const t = set.statics[k]!;
      out[i * n + k] = combine(SALT[t]!, staticValue(t, words, i));
    }
  }
}

/** The type-only features of one word (the first `set.typeOnly` statics), for its per-type score. */
export function typeFeatures(set: FeatureSet, word: WordShape, out: Int32Array): void {
  for (let k = 0; k < set.typeOnly; k++) {
    const t = set.statics[k]!;
    out[k] = combine(SALT[t]!, staticValue(t, [word], 0));
  }
}

/**
 * Dynamic features of token i given the two previous classes (-1/-2 before the sentence start), the clause
 * state (see decode.ts: finite verbs and subordinators seen so far) and the verb context (the last verb's form
 * and distance, a subject seen), written to `out` from `at`.
 */
export function dynamicFeatures(
  set: FeatureSet, words: readonly WordShape[], i: number, prev1: number, prev2: number, state: number, context: number, out: Int32Array, at: number,
): void {
  const p1 = prev1 < 0 ? START_TAG[0]! : prev1;
  const p2 = prev2 < 0 ? START_TAG[-prev2 - 1] ?? START_TAG[1]! : prev2;
  for (let k = 0; k < set.dynamics.length; k++) {
    const t = set.dynamics[k]!;
    let v: number;
    switch (t) {
      case 20: v = p1; break;
      case 21: v = p2 + 0x10000; break;
      case 22: v = combine(p1, p2); break;
      case 23: v = combine(p1, words[i]!.h[H_WORD]!); break;
      case 24: v = combine(p1, wordAt(words, i + 1)); break;
      case 25: v = state; break;
      case 26: v = combine(state, words[i]!.h[H_SUFFIX + 1]!); break;
      case 27: v = combine(state, words[i]!.h[H_WORD]!); break;
      case 35: v = context; break;
      case 36: v = combine(context, words[i]!.h[H_SUFFIX + 1]!); break;
      default: throw new Error(`not a dynamic template: ${t}`);
    }
    out[at + k] = combine(SALT[t]!, v);
  }
}

/** Per-class salt of the weight index. */
export function classSalts(count: number): Int32Array {
  const salts = new Int32Array(count);
  for (let c = 0; c < count; c++) salts[c] = mix(0x3c6ef372 + c * 0x9e3779b1);
  return salts;
}
