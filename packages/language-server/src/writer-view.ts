import type { Locale } from '@scherp/corpus';
import type { WriterAdvice, WriterFinding } from '@scherp/linter';
import { adviceScopes, groupAdviceForWriters, groupForWriters } from '@scherp/linter';
import type { Analysis } from './document-analyzer.js';

/**
 * The writer's view of an analysis (see `groupForWriters` in @scherp/linter): what diagnostics, hovers, quick
 * fixes and the advice tree show. Computed once per analysis and locale: a publish, the hover and the code
 * actions after it all read the same analysis.
 */
const findingsCache = new WeakMap<Analysis, { locale: Locale; findings: WriterFinding[] }>();
const adviceCache = new WeakMap<Analysis, WriterAdvice[]>();

export function writerFindings(analysis: Analysis, locale: Locale): WriterFinding[] {
  const cached = findingsCache.get(analysis);
  if (cached && cached.locale === locale) return cached.findings;
  // Only the latest analysis of a document is valid, and the document's view belongs to that one.
  const findings = analysis.writerFindings
    ? analysis.writerFindings(locale)
    : groupForWriters(analysis.result, { locale, scopes: adviceScopes(analysis.parsed.document) });
  findingsCache.set(analysis, { locale, findings });
  return findings;
}

export function writerAdvice(analysis: Analysis): WriterAdvice[] {
  let advice = adviceCache.get(analysis);
  if (!advice) {
    advice = groupAdviceForWriters(analysis.result.advice, { scopes: adviceScopes(analysis.parsed.document) });
    adviceCache.set(analysis, advice);
  }
  return advice;
}
