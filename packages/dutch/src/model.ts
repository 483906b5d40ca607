/**
 * The shipped model: decoded from the generated `model-data.ts` on first use, then kept for the process. Nothing
 * is read from disk or the network, so it works the same in Node, a VS Code bundle and a browser worker.
 */
import { decodeBase64 } from './base64.js';
import { classFlags, type LexEntry, type Scorer } from './decode.js';
import { featureSet, type Template } from './features.js';
import { classSalts } from './features.js';
import type { LemmaRules } from './lemma.js';

/** The serialised form, as written by the training script. */
export interface ModelData {
  /** JSON of {@link ModelMeta}. */
  meta: string;
  /** One word type per line: flag, lower-case form, then class/lemma pairs, tab-separated. */
  lexicon: string;
  /** One rule per line: class, suffix, strip, add. */
  lemmas: string;
  /** Quantised weights, little-endian int16, base64. */
  weights: string;
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

export interface Model extends Scorer, LemmaRules {
  classes: ClassInfo[];
  lexicon: Map<string, KnownWord>;
}

export function loadModel(data: ModelData): Model {
  const meta = JSON.parse(data.meta) as ModelMeta;
  const classes = meta.classes.map(([upos, xpos, feats]) => ({ upos, xpos, feats, participle: xpos.startsWith('WW|vd') }));
  const open = Int32Array.from(meta.open);
  const lexicon = new Map<string, KnownWord>();
  for (const line of data.lexicon.split('\n')) {
    if (line === '') continue;
    const fields = line.split('\t');
    const flag = fields[0]!;
    const word = fields[1]!;
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
      for (const c of open) union.add(c);
      candidates = Int32Array.from([...union]);
    }
    lexicon.set(word, { entry: { candidates, fixed: flag === 'F' ? seen[0]! : -1 }, seen, lemmas });
  }
  const rules = new Map<string, readonly [number, string]>();
  for (const line of data.lemmas.split('\n')) {
    if (line === '') continue;
    const [cls, suffix, strip, add] = line.split('\t');
    rules.set(`${cls}\t${suffix}`, [Number(strip), add ?? '']);
  }
  const bytes = decodeBase64(data.weights);
  const weights = new Int16Array(bytes.length >> 1);
  for (let i = 0; i < weights.length; i++) weights[i] = (bytes[2 * i]! | (bytes[2 * i + 1]! << 8)) << 16 >> 16;
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
  };
}
