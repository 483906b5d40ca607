/**
 * @scherp/dutch: a Dutch part-of-speech and morphology tagger (UPOS + CGN tags), lemmas and clause structure.
 * The model is bundled (src/model-data.ts) and decoded once, lazily, on the first call.
 */
import { MODEL_DATA } from './model-data.js';
import { loadModel } from './model.js';
import { Tagger, type TaggedWord } from './tagger.js';
import { tokenize } from './tokenize.js';

export type { TaggedWord } from './tagger.js';
export { tokenize, countWords, prefixKey, type Token, type TokenKind } from './tokenize.js';
import { analyzeClauses as analyzeTagged, isKnownVerbStem, type ClauseAnalysis } from './clauses.js';
export type { Clause, ClauseAnalysis, Passive, Retagger } from './clauses.js';
export { isSubjectPronoun } from './clauses.js';

let tagger: Tagger | undefined;

/** The shared tagger; the first call decodes the model (≈ tens of milliseconds). */
export function getTagger(): Tagger {
  return (tagger ??= new Tagger(loadModel(MODEL_DATA)));
}

/** Tags pre-tokenised words: one result per word, in order. */
export function tagWords(words: readonly string[]): TaggedWord[] {
  return getTagger().tagWords(words);
}

/** Tokenises `text` the way the Scherp analyser does (punctuation as tokens) and tags the tokens. */
export function tagSentence(text: string): TaggedWord[] {
  return getTagger().tagWords(tokenize(text).map((t) => t.text));
}

/** Clause structure of a tagged sentence (see clauses.ts); the shared tagger checks imperative verb stems. */
export function analyzeClauses(tags: readonly TaggedWord[]): ClauseAnalysis {
  return analyzeTagged(tags, retagger);
}

const retagger = {
  tagWords,
  isKnownVerb: (lower: string) => {
    const model = getTagger().model;
    const known = model.lexicon.get(lower);
    return known !== undefined && Array.from(known.seen).some((c) => model.classes[c]!.upos === 'VERB' || model.classes[c]!.upos === 'AUX');
  },
  isMainlyVerb: (lower: string) => {
    const model = getTagger().model;
    const known = model.lexicon.get(lower);
    return known !== undefined && model.classes[known.seen[0]!]!.xpos.startsWith('WW');
  },
  isSeen: (lower: string) => getTagger().model.lexicon.has(lower),
  isKnownNonVerb: (lower: string) => {
    const model = getTagger().model;
    const known = model.lexicon.get(lower);
    return known !== undefined && known.entry.fixed >= 0 && !model.classes[known.entry.fixed]!.xpos.startsWith('WW');
  },
};

/** Is the tag a finite verb in the past tense (CGN `WW|pv|verl`: "moest", "besloot", "werkten")? */
export function isPastTense(tag: TaggedWord): boolean {
  return tag.xpos.startsWith('WW|pv|verl');
}

/** Is the tag a finite verb in the present tense (CGN `WW|pv|tgw`: "moet", "stelt", "investeren")? */
export function isPresentTense(tag: TaggedWord): boolean {
  return tag.xpos.startsWith('WW|pv|tgw');
}

/** Was the lower-case `word` seen at all in the training data? */
export function isSeen(word: string): boolean {
  return retagger.isSeen(word);
}

/** Was the lower-case `word` seen as a verb in training ("vaststellen", "stelt")? */
export function isKnownVerb(word: string): boolean {
  return retagger.isKnownVerb(word);
}

/**
 * Is the lower-case `stem` the stem of a Dutch verb ("stel", "betrek", "implementeer")? True when one of its
 * forms (infinitive, third person, past, participle) was seen as a verb in training, or it is a stem of the
 * productive -eren verbs.
 */
export function isVerbStem(stem: string): boolean {
  if (stem.length < 2 || /[^\p{Ll}]/u.test(stem)) return false;
  if (stem.length >= 6 && /[eë]er$/.test(stem)) return true;
  return isKnownVerbStem(stem, retagger);
}
