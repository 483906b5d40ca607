/**
 * The shipped model: decoded from the generated `model-data.ts` on first use, then kept for the process. Nothing
 * is read from disk or the network, so it works the same in Node, a VS Code bundle and a browser worker.
 */
import { decodeBase64 } from './base64.js';
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
}

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

export function decodeWeights(bytes: Uint8Array, size: number): Int16Array {
  const weights = new Int16Array(size);
  let at = 0;
  let i = -1;
  const varint = () => {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[at++]!;
      v += (b & 127) * scale;
      if (b < 128) return v;
      scale *= 128;
    }
  };
  while (at < bytes.length) {
    i += varint() + 1;
    const z = varint();
    weights[i] = z & 1 ? -(z + 1) / 2 : z / 2;
  }
  return weights;
}

export function loadModel(data: ModelData): Model {
  const meta = JSON.parse(data.meta) as ModelMeta;
  const classes = meta.classes.map(([upos, xpos, feats]) => ({ upos, xpos, feats, participle: xpos.startsWith('WW|vd') }));
  const open = Int32Array.from(meta.open);
  const lexicon = new Lexicon(data.lexicon, open);
  const rules = new Map<string, readonly [number, string]>();
  for (const line of data.lemmas.split('\n')) {
    if (line === '') continue;
    const [cls, suffix, strip, add] = line.split('\t');
    rules.set(`${cls}\t${suffix}`, [Number(strip), add ?? '']);
  }
  const weights = decodeWeights(decodeBase64(data.weights), 1 << meta.bits);
  return {
    set: featureSet(meta.templates),
    weights,
    mask: (1 << meta.bits) - 1,
    salts: classSalts(classes.length),
    open,
    flags: classFlags(classes.map((c) => c.xpos)),
    classes,
    lexicon,
    rules,
    particles: meta.particles,
    wordList: data.words ? loadWordList(data.words) : undefined,
  };
}
