import { describe, expect, it } from 'vitest';
import { parse } from '@scherp/parser';
import type { SentenceAnalysis } from '../types.js';
import type { ParagraphAnalyses } from './analyze-document.js';
import { analyzeDocument } from './index.js';
import { analyzeDocumentWith, cacheKey } from './analyze-document.js';
import { contextKey } from './context.js';

const MARKDOWN = `---
title: Voorbeeldnota
author: Team Dienstverlening
---

# Aanpak

Wij gaan in 2027 een nieuw loket openen. Het oude systeem is verouderd.

Wij adviseren het college om:

- de website vóór 1 juli 2026 toegankelijk te maken
- een vast aanspreekpunt per wijk

\`\`\`
moet dit code zijn?
\`\`\`

De gemeente gebruikt een clouddienst van één leverancier. Leg een exitstrategie vast.
`;

describe('analyzeDocument', () => {
  const parsed = parse(MARKDOWN, { filePath: 'nota.md' });

  it('analyses prose sentences with their document context', () => {
    const result = analyzeDocument(parsed);
    const texts = result.sentences.map((s) => parsed.document.paragraphs[s.paragraphIndex]!.sentences[s.sentenceIndex]!.text);
    expect(texts.some((t) => t.includes('moet dit code zijn'))).toBe(false);
    const commitment = result.sentences.find((s) => s.analysis.advice?.cue === 'decision');
    expect(commitment).toBeDefined();
    // The front matter names an author, so "wij" is a known party.
    expect(commitment!.context.firstPersonIsOwner).toBe(true);
    expect(commitment!.analysis.owner?.text).toBe('Wij');
  });

  it('makes list items under an advising lead-in advice', () => {
    const result = analyzeDocument(parsed);
    const items = result.sentences.filter((s) => s.context.blockKind === 'list-item');
    expect(items.length).toBe(2);
    for (const item of items) expect(item.analysis.advice).not.toBeNull();
    expect(items[0]!.analysis.deadline?.text).toContain('1 juli 2026');
  });

  it('reports the first dependency and exit strategy with their location', () => {
    const result = analyzeDocument(parsed);
    expect(result.dependency?.text).toBe('clouddienst');
    expect(result.exitStrategy?.text).toBe('exitstrategie');
    const p = parsed.document.paragraphs[result.dependency!.paragraphIndex]!;
    expect(p.sentences[result.dependency!.sentenceIndex]!.text.slice(result.dependency!.start, result.dependency!.end)).toBe('clouddienst');
  });

  it('reuses cached analyses for unchanged sentences', () => {
    const cache = new Map<string, SentenceAnalysis>();
    const first = analyzeDocumentWith(parsed, { cache });
    expect(cache.size).toBeGreaterThan(0);
    const sizeAfterFirst = cache.size;
    const second = analyzeDocumentWith(parsed, { cache });
    expect(cache.size).toBe(sizeAfterFirst);
    expect(second.sentences[0]!.analysis).toBe(first.sentences[0]!.analysis);
    const s = first.sentences[0]!;
    const text = parsed.document.paragraphs[s.paragraphIndex]!.sentences[s.sentenceIndex]!.text;
    expect(cache.get(cacheKey(text, s.context))).toBe(s.analysis);
  });

  it('reuses analyses through the two-level sentence cache, keyed by text and context', () => {
    const sentenceCache = new Map<string, Map<string, SentenceAnalysis>>();
    const first = analyzeDocumentWith(parsed, { sentenceCache });
    const second = analyzeDocumentWith(parsed, { sentenceCache });
    expect(second.sentences.map((s) => s.analysis)).toEqual(first.sentences.map((s) => s.analysis));
    second.sentences.forEach((s, i) => expect(s.analysis).toBe(first.sentences[i]!.analysis));
    const s = first.sentences[0]!;
    const text = parsed.document.paragraphs[s.paragraphIndex]!.sentences[s.sentenceIndex]!.text;
    expect(sentenceCache.get(text)?.get(contextKey(s.context))).toBe(s.analysis);
    // Same results as without any cache.
    expect(first).toEqual(analyzeDocument(parsed));
  });

  it('reuses whole paragraphs through the paragraph cache, and only in the same context', () => {
    const paragraphCache = new Map<string, ParagraphAnalyses>();
    const sentenceCache = new Map<string, Map<string, SentenceAnalysis>>();
    const withAuthor = parse('---\nauthor: Team Loket\n---\n\nWij openen in 2027 een loket. Dat is nodig.\n', { filePath: 'a.md' });
    const without = parse('Wij openen in 2027 een loket. Dat is nodig.\n', { filePath: 'b.md' });
    const first = analyzeDocumentWith(withAuthor, { sentenceCache, paragraphCache });
    expect(first).toEqual(analyzeDocument(withAuthor));
    expect(paragraphCache.size).toBeGreaterThan(0);
    // Same paragraph text, other context ("wij" is no known owner here): must not reuse the analyses.
    expect(analyzeDocumentWith(without, { sentenceCache, paragraphCache })).toEqual(analyzeDocument(without));
    const again = analyzeDocumentWith(withAuthor, { sentenceCache, paragraphCache });
    expect(again).toEqual(first);
    again.sentences.forEach((s, i) => expect(s.analysis).toBe(first.sentences[i]!.analysis));
  });

  it('names a committing "wij" as owner even without an author, but not an exhorting one', () => {
    const result = analyzeDocument(parse('Wij gaan in 2027 een loket openen. We moeten beter samenwerken.\n', { filePath: 'x.md' }));
    expect(result.sentences[0]!.context.firstPersonIsOwner).toBeUndefined();
    expect(result.sentences[0]!.analysis.owner?.text).toBe('Wij');
    expect(result.sentences[1]!.analysis.advice).not.toBeNull();
    expect(result.sentences[1]!.analysis.owner).toBeNull();
  });
});
