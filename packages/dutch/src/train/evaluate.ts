/** Tagging accuracy against gold CoNLL-U, in the measures the issue names. */
import type { Tagger } from '../tagger.js';
import type { GoldSentence } from './conllu.js';
import { normaliseLemma } from './train.js';

export interface Accuracy {
  tokens: number;
  upos: number;
  /** Full XPOS string. */
  xpos: number;
  /** First field of the CGN tag (N, WW, VNW, …). */
  coarse: number;
  /** pv/inf/vd/od on tokens whose gold tag is WW. */
  verbForm: number;
  verbs: number;
  /** Lemma, case-insensitive, compound separators "_" of the treebank removed. */
  lemma: number;
  /** UPOS on words absent from the model's lexicon. */
  unknownUpos: number;
  unknown: number;
}

const field = (xpos: string, k: number): string => xpos.split('|')[k] ?? '';

export function evaluate(tagger: Tagger, sentences: readonly GoldSentence[]): Accuracy {
  const a: Accuracy = { tokens: 0, upos: 0, xpos: 0, coarse: 0, verbForm: 0, verbs: 0, lemma: 0, unknownUpos: 0, unknown: 0 };
  for (const s of sentences) {
    const tagged = tagger.tagWords(s.tokens.map((t) => t.form));
    s.tokens.forEach((g, i) => {
      const p = tagged[i]!;
      a.tokens++;
      if (p.upos === g.upos) a.upos++;
      if (p.xpos === g.xpos) a.xpos++;
      if (field(p.xpos, 0) === field(g.xpos, 0)) a.coarse++;
      if (g.xpos.startsWith('WW')) {
        a.verbs++;
        if (p.xpos.startsWith('WW') && field(p.xpos, 1) === field(g.xpos, 1)) a.verbForm++;
      }
      if (p.lemma.toLowerCase() === normaliseLemma(g.lemma).toLowerCase()) a.lemma++;
      if (!tagger.model.lexicon.has(g.form.toLowerCase())) {
        a.unknown++;
        if (p.upos === g.upos) a.unknownUpos++;
      }
    });
  }
  return a;
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(2)}%`;

export function formatAccuracy(a: Accuracy): string {
  return [
    `UPOS ${pct(a.upos, a.tokens)}`,
    `coarse CGN ${pct(a.coarse, a.tokens)}`,
    `full XPOS ${pct(a.xpos, a.tokens)}`,
    `verb form ${pct(a.verbForm, a.verbs)} (${a.verbs} verbs)`,
    `lemma ${pct(a.lemma, a.tokens)}`,
    `unknown-word UPOS ${pct(a.unknownUpos, a.unknown)} (${pct(a.unknown, a.tokens)} unknown)`,
  ].join(', ');
}
