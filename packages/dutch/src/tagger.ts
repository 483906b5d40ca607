/** The public tagging API on top of a loaded model. */
import { auxiliaryTable, relabelAuxiliaries, type AuxiliaryTable } from './auxiliary.js';
import { decode, score, type LexEntry } from './decode.js';
import { relabelVerbForms, verbFormTable, type VerbFormTable } from './verbform.js';
import { typeFeatures, wordShape, type WordShape } from './features.js';
import { guessLemma } from './lemma.js';
import type { KnownWord, Model } from './model.js';

export interface TaggedWord {
  word: string;
  /** Universal POS tag, e.g. `VERB`, `AUX`, `NOUN`. */
  upos: string;
  /** CGN/Lassy tag as in the treebanks, e.g. `WW|pv|tgw|ev`. */
  xpos: string;
  lemma: string;
  /** Universal features, e.g. `Number=Sing|Tense=Pres|VerbForm=Fin` (`_` when none). */
  feats: string;
}

interface CachedWord {
  shape: WordShape;
  known: KnownWord | undefined;
  /** What the decoder knows of the word (see Model.entryFor). */
  entry: LexEntry | undefined;
  /**
   * Per candidate class, the summed weights of the type-only features (word, affixes, word-list signature …):
   * context-free, so computed once per word type; decoding adds the contextual ones. Integer sums, so the
   * tags are exactly those of scoring every feature per token. Undefined when the word needs no scoring.
   */
  typeScores: Int32Array | undefined;
  /** Seen in training as a verbal participle (auxiliary.ts). */
  participle: boolean;
}

/**
 * A tagger bound to one model. Word types are analysed once (hashes, lexicon entry) and kept in a bounded map:
 * this is a lexicon cache, not a cache of results — every sentence is decoded afresh.
 */
export class Tagger {
  private readonly cache = new Map<string, CachedWord>();
  private entries: (LexEntry | undefined)[] = [];
  private typeScores: (Int32Array | undefined)[] = [];
  private readonly typeBuffer: Int32Array;
  private shapes: WordShape[] = [];
  private classes = new Int32Array(256);
  private lowers: string[] = [];
  private participles: boolean[] = [];
  private readonly auxiliaries: AuxiliaryTable;
  private readonly verbForms: VerbFormTable;

  private readonly head = (lower: string): number => {
    const known = this.model.lexicon.get(lower);
    return known ? known.seen[0]! + 1 : 0;
  };

  constructor(readonly model: Model) {
    this.typeBuffer = new Int32Array(model.set.typeOnly);
    this.auxiliaries = auxiliaryTable(model.classes, model.flags);
    this.verbForms = verbFormTable(model.classes, model.flags);
  }

  private scoreType(shape: WordShape, entry: LexEntry | undefined): Int32Array | undefined {
    if (entry !== undefined && (entry.fixed >= 0 || entry.candidates.length === 1)) return undefined;
    const candidates = entry !== undefined ? entry.candidates : this.model.open;
    typeFeatures(this.model.set, shape, this.typeBuffer);
    const n = this.model.set.typeOnly;
    return Int32Array.from(candidates, (c) => score(this.model, this.typeBuffer, n, c));
  }

  private lookup(word: string): CachedWord {
    let cached = this.cache.get(word);
    if (cached === undefined) {
      if (this.cache.size >= 200_000) this.cache.clear();
      const shape = wordShape(word, this.head, this.model.wordList, this.model.particles);
      const known = this.model.lexicon.get(shape.lower);
      const entry = this.model.entryFor(shape.lower, word);
      const participle = known !== undefined && Array.from(known.seen).some((c) => this.auxiliaries.form[c] === 1);
      cached = { shape, known, entry, typeScores: this.scoreType(shape, entry), participle };
      this.cache.set(word, cached);
    }
    return cached;
  }

  /** Class index per word: the decoder's, then verb form and AUX/VERB by clause (verbform.ts, auxiliary.ts). */
  classify(words: readonly string[]): Int32Array {
    const classes = this.decodeWords(words);
    relabelVerbForms(this.verbForms, this.lowers, classes);
    relabelAuxiliaries(this.auxiliaries, this.lowers, this.participles, classes);
    return classes;
  }

  /** The decoder's class index per word, before the clause pass. */
  decodeWords(words: readonly string[]): Int32Array {
    const n = words.length;
    if (this.classes.length < n) this.classes = new Int32Array(n * 2);
    const shapes = this.shapes;
    const entries = this.entries;
    const typeScores = this.typeScores;
    const lowers = this.lowers;
    shapes.length = n;
    entries.length = n;
    typeScores.length = n;
    const participles = this.participles;
    lowers.length = n;
    participles.length = n;
    for (let i = 0; i < n; i++) {
      const cached = this.lookup(words[i]!);
      shapes[i] = cached.shape;
      lowers[i] = cached.shape.lower;
      participles[i] = cached.participle;
      entries[i] = cached.entry;
      typeScores[i] = cached.typeScores;
    }
    decode(this.model, shapes, entries, this.classes, undefined, typeScores);
    return this.classes;
  }

  lemma(word: string, cls: number): string {
    const cached = this.lookup(word);
    const known = cached.known;
    if (known !== undefined) {
      const k = known.seen.indexOf(cls);
      if (k >= 0) {
        const lemma = known.lemmas[k]!;
        return lemma === '' ? (this.model.classes[cls]!.upos === 'PROPN' ? word : cached.shape.lower) : lemma;
      }
    }
    const info = this.model.classes[cls]!;
    return guessLemma(this.model, cls, info.participle, word, cached.shape.lower, info.upos);
  }

  tagWords(words: readonly string[]): TaggedWord[] {
    const classes = this.classify(words);
    const out: TaggedWord[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const cls = classes[i]!;
      const info = this.model.classes[cls]!;
      out[i] = { word, upos: info.upos, xpos: info.xpos, lemma: this.lemma(word, cls), feats: info.feats };
    }
    return out;
  }
}
