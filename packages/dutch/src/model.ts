/**
 * The shipped model: decoded from the generated `model-data.ts` on first use, then kept for the process. Nothing
 * is read from disk or the network, so it works the same in Node, a VS Code bundle and a browser worker.
 */
import { classFlags, type LexEntry, type Scorer } from './decode.js';
import { featureSet, type Template } from './features.js';
import { classSalts } from './features.js';
import type { LemmaRules } from './lemma.js';
import { findLine, lineAt } from './sorted-lines.js';
import { loadWordList, type WordList, type WordListData } from './wordlist.js';

/** The serialised form, as written by the training script. */
export interface ModelData {
  /** JSON of {@link ModelMeta}. */
  meta: string;
  /** One word type per line: flag, lower-case form, then class/lemma pairs, tab-separated. */
  lexicon: string;
  /** One rule per line: class, suffix, strip, add. */
  lemmas: string;
  /**
   * Quantised int16 weights, sparse: per non-zero entry the gap to the previous one and the zigzagged value,
   * both as base-128 varints, base64.
   */
  weights: string;
  /** The OpenTaal word list reduced to what the features need (absent: no word-list features). */
  words?: WordListData;
}

export interface ModelMeta {
  version: number;
  bits: number;
  templates: Template[];
  /** [UPOS, XPOS, FEATS] per class. */
  classes: [string, string, string][];
  open: number[];
  particles: string[];
  /** Candidate classes of an unseen all-digit word ("2025"): those of ≥ 1% of the digit tokens in training. */
  digits?: number[];
  /** Candidate classes of an unseen word by its longest listed suffix (train/suffixes.ts); absent: open classes. */
  suffixes?: Record<string, number[]>;
  /** Classes an unseen capitalised word also takes when its suffix narrows the candidates (names, foreign words). */
  capitals?: number[];
}

/** Suffix lengths of the unseen-word candidate table, longest first. */
export const SUFFIX_LENGTHS = [4, 3, 2] as const;

/** All digits: an unseen one is a number, not one of the open classes ("in 2025" was tagged as a name). */
export const DIGITS = /^[0-9]+$/;

export interface ClassInfo {
  upos: string;
  xpos: string;
  feats: string;
  /** A past participle (`WW|vd…`): its lemma guess strips "ge". */
  participle: boolean;
}

export interface KnownWord {
  entry: LexEntry;
  /** Classes seen in training with their lemmas ('' = the word itself). */
  seen: Int32Array;
  lemmas: string[];
}

/**
 * The words seen in training, looked up in the model text by binary search (sorted-lines.ts) and parsed on first
 * use: building a map of all ~20k entries at load time took tens of milliseconds.
 */
export class Lexicon {
  private readonly parsed = new Map<string, KnownWord>();

  constructor(private readonly text: string, private readonly open: Int32Array) {}

  has(word: string): boolean {
    return this.parsed.has(word) || findLine(this.text, word, 1) >= 0;
  }

  get(word: string): KnownWord | undefined {
    let known = this.parsed.get(word);
    if (known !== undefined) return known;
    const start = findLine(this.text, word, 1);
    if (start < 0) return undefined;
    known = this.parse(lineAt(this.text, start));
    this.parsed.set(word, known);
    return known;
  }

  private parse(line: string): KnownWord {
    const fields = line.split('\t');
    const flag = fields[0]!;
    const seenList: number[] = [];
    const lemmas: string[] = [];
    for (let k = 2; k < fields.length; k += 2) {
      seenList.push(Number(fields[k]));
      lemmas.push(fields[k + 1]!);
    }
    const seen = Int32Array.from(seenList);
    let candidates = seen;
    if (flag === 'R') {
      const union = new Set<number>(seenList);
      for (const c of this.open) union.add(c);
      candidates = Int32Array.from([...union]);
    }
    return { entry: { candidates, fixed: flag === 'F' ? seen[0]! : -1 }, seen, lemmas };
  }
}

export interface Model extends Scorer, LemmaRules {
  classes: ClassInfo[];
  lexicon: Lexicon;
  /**
   * The decoder's entry for a lower-case word (`word`: as written, for its capital): its lexicon entry, the digit
   * classes, the classes of its suffix, or undefined (open classes).
   */
  entryFor: (lower: string, word?: string) => LexEntry | undefined;
  wordList: WordList | undefined;
}

/** Encodes int16 weights sparsely (see {@link ModelData.weights}). */
export function encodeWeights(weights: Int16Array): Uint8Array {
  const out: number[] = [];
  const varint = (v: number) => {
    while (v >= 128) {
      out.push((v & 127) | 128);
      v = Math.floor(v / 128);
    }
    out.push(v);
  };
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (w === 0) continue;
    varint(i - last - 1);
    varint(w < 0 ? -2 * w - 1 : 2 * w);
    last = i;
  }
  return Uint8Array.from(out);
}

const BASE64 = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) BASE64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/**
 * Decodes {@link ModelData.weights} (base64 of the varint stream) in one pass, without the intermediate bytes:
 * this is most of the model's load time, so the loop keeps its state in locals.
 */
export function decodeWeights(text: string, size: number): Int16Array {
  const weights = new Int16Array(size);
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  let bits = 0;
  let buffer = 0;
  let value = 0;
  let scale = 1;
  let gap = -1; // -1: the next varint is a gap, else the gap just read
  let i = -1;
  for (let k = 0; k < end; k++) {
    const d = BASE64[text.charCodeAt(k) & 127]!;
    if (d < 0) throw new Error(`invalid base64 at ${k}`);
    buffer = ((buffer << 6) | d) & 0xffff;
    bits += 6;
    if (bits < 8) continue;
    bits -= 8;
    const byte = (buffer >> bits) & 255;
    value += (byte & 127) * scale;
    if (byte >= 128) {
      scale *= 128;
      continue;
    }
    if (gap < 0) {
      gap = value;
    } else {
      i += gap + 1;
      weights[i] = value & 1 ? -(value + 1) / 2 : value / 2;
      gap = -1;
    }
    value = 0;
    scale = 1;
  }
  return weights;
}

/** Unseen-word entries by suffix, built on first use per (suffix, capital) and kept. */
export function suffixEntries(table: Record<string, number[]>, capitals: readonly number[]): (lower: string, capital: boolean) => LexEntry | undefined {
  const made = new Map<string, LexEntry>();
  return (lower, capital) => {
    for (const length of SUFFIX_LENGTHS) {
      if (lower.length <= length) continue;
      const suffix = lower.slice(-length);
      const classes = Object.hasOwn(table, suffix) ? table[suffix] : undefined;
      if (classes === undefined) continue;
      const key = capital ? `${suffix}\tC` : suffix;
      let entry = made.get(key);
      if (entry === undefined) {
        const candidates = capital ? [...new Set([...classes, ...capitals])].sort((a, b) => a - b) : classes;
        made.set(key, (entry = { candidates: Int32Array.from(candidates), fixed: -1 }));
      }
      return entry;
    }
    return undefined;
  };
}

export function loadModel(data: ModelData): Model {
  const meta = JSON.parse(data.meta) as ModelMeta;
  const classes = meta.classes.map(([upos, xpos, feats]) => ({ upos, xpos, feats, participle: xpos.startsWith('WW|vd') }));
  const open = Int32Array.from(meta.open);
  const lexicon = new Lexicon(data.lexicon, open);
  const digitEntry: LexEntry | undefined = meta.digits ? { candidates: Int32Array.from(meta.digits), fixed: -1 } : undefined;
  const bySuffix = meta.suffixes ? suffixEntries(meta.suffixes, meta.capitals ?? []) : () => undefined;
  const entryFor = (lower: string, word?: string): LexEntry | undefined => {
    const known = lexicon.get(lower);
    if (known !== undefined) return known.entry;
    if (digitEntry !== undefined && DIGITS.test(lower)) return digitEntry;
    return bySuffix(lower, word !== undefined && word.charCodeAt(0) !== lower.charCodeAt(0));
  };
  const rules = new Map<string, readonly [number, string]>();
  for (const line of data.lemmas.split('\n')) {
    if (line === '') continue;
    const [cls, suffix, strip, add] = line.split('\t');
    rules.set(`${cls}\t${suffix}`, [Number(strip), add ?? '']);
  }
  const weights = decodeWeights(data.weights, 1 << meta.bits);
  return {
    set: featureSet(meta.templates),
    weights,
    mask: (1 << meta.bits) - 1,
    salts: classSalts(classes.length),
    open,
    flags: classFlags(classes.map((c) => c.xpos)),
    classes,
    lexicon,
    entryFor,
    rules,
    particles: meta.particles,
    wordList: data.words ? loadWordList(data.words) : undefined,
  };
}
