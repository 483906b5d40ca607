/** Dutch analysis layer of @scherp/linter: sentence and document analysis plus the lexicons it uses. */
export { analyzeSentence } from './analyze-sentence.js';
export { analyzeDocument, cacheKey } from './analyze-document.js';
export type { AnalyzedSentence, AnalyzeDocumentOptions, DocumentAnalysis, LocatedTextMatch } from './analyze-document.js';
export { contextKey, DEFAULT_CONTEXT } from './context.js';
export type { SentenceContext } from './context.js';
export { tokenize } from './tokenize.js';
export type { Token, TokenKind } from './tokenize.js';
export { isParticiple } from './detectors/passive.js';
export { VAGUE_LEXICON as vagueLexicon } from './lexicon/vague.js';
export type { VagueEntry } from './lexicon/vague.js';
export { HYPE_LEXICON as hypeLexicon } from './lexicon/hype.js';
export { DEFERRAL_PHRASES as deferralLexicon } from './lexicon/deferral.js';
export { ABSOLUTE_PHRASES as absoluteLexicon } from './lexicon/absolutes.js';
export { NOMINALIZATION_LEXICON as nominalizationLexicon } from './lexicon/nominalizations.js';
export { ACTOR_PHRASES as ownerActorLexicon, ACTOR_ACRONYMS as ownerAcronyms } from './lexicon/actors.js';
export { IMPERATIVE_STEMS as imperativeStems, IRREGULAR_PARTICIPLE_BODIES as irregularParticipleBodies } from './lexicon/verbs.js';
