export type * from './types.js';
export { parse } from './parse.js';
export { readDocument, readText, decodeUtf8, MAX_FILE_BYTES } from './read.js';
export { ParseError, isParseError } from './errors.js';
export { splitSentences, type TextRange } from './sentences.js';
export { detectFormat } from './detect.js';
export { ABBREVIATIONS } from './abbreviations.js';
export { slugify, flattenSections } from './sections.js';
export { IncrementalParser } from './incremental.js';
