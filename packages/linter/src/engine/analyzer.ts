import { analyzeDocument, type EntryCache, type ParagraphAnalyses } from '../analysis/analyze-document.js';
import type { SentenceAnalysis } from '../types.js';
import type { DocumentAnalyzer } from './run.js';

/**
 * Sentence analyses by sentence text, then by `contextKey(context)`; any Map works, `createLinter` uses a
 * bounded LRU for the outer level (a text rarely occurs in more than one or two contexts).
 */
export type AnalysisCache = Map<string, Map<string, SentenceAnalysis>>;

/** Sentence analyses per paragraph text (see AnalyzeDocumentOptions.paragraphCache). */
export type ParagraphAnalysisCache = Map<string, ParagraphAnalyses>;

/** The engine's view of the analysis layer: every prose sentence's analysis, through an optional cache. */
export function createDocumentAnalyzer(
  cache?: AnalysisCache,
  paragraphs?: ParagraphAnalysisCache,
  entries?: EntryCache,
): DocumentAnalyzer {
  const options = {
    locate: true,
    ...(cache ? { sentenceCache: cache } : {}),
    ...(paragraphs ? { paragraphCache: paragraphs } : {}),
    ...(entries ? { entryCache: entries } : {}),
  };
  return (parsed) => analyzeDocument(parsed, options).sentences;
}
