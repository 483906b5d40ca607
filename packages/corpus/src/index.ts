export type * from './model.js';
export * from './spans.js';
export * from './criteria/index.js';
export { CORPUS_DOCUMENTS, type CorpusDocumentId } from './documents.js';
export * from './query.js';
export * from './json.js';
export { expertMatches, normalizeText, surname } from './text.js';
export { detachString } from './strings.js';
