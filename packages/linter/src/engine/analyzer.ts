import { analyzeDocumentWith, type EntryCache, type ParagraphAnalyses } from '../analysis/analyze-document.js';
import type { SentenceAnalysis } from '../types.js';
import type { DocumentAnalyzer } from './checks.js';

/**
 * Sentence analyses by sentence text, then by `contextKey(context)`; any Map works, the session uses a bounded
 * LRU for the outer level (a text rarely occurs in more than one or two contexts).
 */
export type AnalysisCache = Map<string, Map<string, SentenceAnalysis>>;

/** Sentence analyses per paragraph text (see AnalyzeDocumentOptions.paragraphCache). */
export type ParagraphAnalysisCache = Map<string, ParagraphAnalyses>;

/** The caches an editor session keeps between runs (none: every analysis is computed afresh). */
export interface AnalyzerCaches {
  sentences: AnalysisCache;
  paragraphs: ParagraphAnalysisCache;
  entries: EntryCache;
}

/** The engine's view of the analysis layer: every prose sentence's analysis, through the session's caches if any. */
export function createDocumentAnalyzer(caches?: AnalyzerCaches): DocumentAnalyzer {
  const options = caches
    ? { locate: true, sentenceCache: caches.sentences, paragraphCache: caches.paragraphs, entryCache: caches.entries }
    : { locate: true };
  return (parsed) => analyzeDocumentWith(parsed, options).sentences;
}
