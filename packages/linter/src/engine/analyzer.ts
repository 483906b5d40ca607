import { analyzeDocument } from '../analysis/index.js';
import type { SentenceAnalysis } from '../types.js';
import type { DocumentAnalyzer } from './run.js';

/** Sentence analyses by `cacheKey(text, context)`; any Map works, `createLinter` uses a bounded LRU. */
export type AnalysisCache = Map<string, SentenceAnalysis>;

/** The engine's view of the analysis layer: every prose sentence's analysis, through an optional cache. */
export function createDocumentAnalyzer(cache?: AnalysisCache): DocumentAnalyzer {
  return (parsed) => analyzeDocument(parsed, cache ? { cache } : {}).sentences;
}
