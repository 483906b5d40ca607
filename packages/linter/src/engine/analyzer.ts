import { analyzeDocument } from '../analysis/index.js';
import type { SentenceAnalysis } from '../types.js';
import type { DocumentAnalyzer } from './run.js';

/**
 * Sentence analyses by sentence text, then by `contextKey(context)`; any Map works, `createLinter` uses a
 * bounded LRU for the outer level (a text rarely occurs in more than one or two contexts).
 */
export type AnalysisCache = Map<string, Map<string, SentenceAnalysis>>;

/** The engine's view of the analysis layer: every prose sentence's analysis, through an optional cache. */
export function createDocumentAnalyzer(cache?: AnalysisCache): DocumentAnalyzer {
  return (parsed) => analyzeDocument(parsed, cache ? { sentenceCache: cache, locate: true } : { locate: true }).sentences;
}
