/**
 * The analyser's tokenizer lives in @scherp/dutch (one copy: the tagger is trained and run on exactly these
 * tokens); re-exported here for the detectors.
 */
export { tokenize, countWords, prefixKey, type Token, type TokenKind } from '@scherp/dutch';
