import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '@scherp/parser';
import { resolveConfig, rules } from '../engine/linter.js';
import { LruCache } from '../engine/lru.js';
import type { CachedParagraph } from './paragraph-cache.js';
import { lintReusing, type ReuseState } from './reuse.js';
import { runLint, type DocumentAnalyzer } from '../engine/run.js';
import { keywordAnalysis, parseMarkdown } from '../engine/test-support.js';

/** Keyword analysis, with headings treated as numbered recommendation headings. */
const analyzer: DocumentAnalyzer = (parsed) =>
  parsed.document.paragraphs.flatMap((p, paragraphIndex) =>
    p.sentences.map((s, sentenceIndex) => {
      const analysis = keywordAnalysis(s.text);
      if (p.kind === 'heading' && analysis.advice) analysis.advice = { ...analysis.advice, cue: 'recommendation-heading' };
      return { paragraphIndex, sentenceIndex, analysis };
    }),
  );

/** The first heading and everything up to the next heading form one recommendation. */
function asRecommendation(parsed: ParsedDocument): ParsedDocument {
  const indices = parsed.document.paragraphs.map((_, i) => i);
  parsed.document.recommendations = [
    { id: 'r1', number: 1, title: 'r', body: '', authors: [], contribution: 'c', span: parsed.document.paragraphs[0]!.span, paragraphIndices: indices },
  ];
  return parsed;
}

describe('paragraph reuse', () => {
  it('recomputes a recommendation heading when only its body changed', () => {
    // Analyses must be the same objects across runs for reuse, as the real analysis cache guarantees.
    const memo = new Map<string, ReturnType<typeof keywordAnalysis>>();
    const cachedAnalyzer: DocumentAnalyzer = (parsed) =>
      analyzer(parsed).map((e) => {
        const key = `${e.paragraphIndex}:${parsed.document.paragraphs[e.paragraphIndex]!.sentences[e.sentenceIndex]!.text}`;
        if (!memo.has(key)) memo.set(key, e.analysis);
        return { ...e, analysis: memo.get(key)! };
      });
    const config = resolveConfig({ extends: [], rules: { 'missing-deadline': 'warning', 'missing-owner': 'warning' } });
    const state: ReuseState = { paragraphs: new LruCache<string, CachedParagraph>(100), memo: new Map(), placed: undefined };
    const vague = asRecommendation(parseMarkdown('# Er moet een register komen\n\nDat gebeurt snel.\n'));
    const concrete = asRecommendation(parseMarkdown('# Er moet een register komen\n\nDe minister moet dat in 2027 doen.\n'));

    const first = lintReusing(vague, config, rules, cachedAnalyzer, state);
    expect(first.messages.map((m) => `${m.line}:${m.ruleId}`)).toEqual(['1:missing-deadline', '1:missing-owner']);
    const second = lintReusing(concrete, config, rules, cachedAnalyzer, state);
    expect(second).toEqual(runLint(concrete, config, rules, cachedAnalyzer));
    expect(second.messages).toEqual([]);
  });
});
