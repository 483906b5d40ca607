/**
 * Test support: a tiny keyword analyzer so engine tests control exactly what the analysis says and do not
 * change when the Dutch analysis improves. Not exported from the package.
 */
import { parse } from '@scherp/parser';
import type { ParsedDocument } from '@scherp/parser';
import type { SentenceAnalysis, TextMatch } from '../types.js';
import type { DocumentAnalyzer } from './run.js';

export function parseMarkdown(text: string): ParsedDocument {
  return parse(text, { format: 'markdown', id: 'test.md' });
}

function first(text: string, pattern: RegExp): TextMatch | null {
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0] } : null;
}

function all(text: string, pattern: RegExp): TextMatch[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * Advice = contains "moet"/"moeten"; owner = "minister"; deadline = a year 20xx; measurable = "register";
 * problem = "omdat"; funding = "betaalt"; vague term = "vaag" (alternative "helder"); hype = "blockchain";
 * deferral = "onderzoeken"; absolute = "nooit"; passive = "wordt … gedaan"; dependency = "cloud";
 * exit strategy = "exitplan".
 */
export function keywordAnalysis(text: string): SentenceAnalysis {
  const advice = first(text, /\bmoet(?:en)?\b/i);
  return {
    wordCount: all(text, /[\p{L}\p{N}]+/gu).length,
    advice: advice ? { ...advice, cue: 'modal' } : null,
    owner: first(text, /\bminister\b/i),
    deadline: first(text, /\b20\d\d\b/),
    measurable: first(text, /\bregister\b/i),
    problem: first(text, /\bomdat\b/i),
    funding: first(text, /\bbetaalt\b/i),
    vagueTerms: all(text, /\bvaag\b/gi).map((m) => ({
      ...m,
      term: 'vaag',
      alternatives: ['helder'],
      reason: { nl: 'Wees concreet.', en: 'Be concrete.' },
    })),
    hype: all(text, /\bblockchain\b/gi),
    deferral: first(text, /\bonderzoeken\b/i),
    absolutes: all(text, /\bnooit\b/gi),
    passives: all(text, /\bwordt \p{L}+ gedaan\b/giu),
    nominalizations: [],
    dependency: first(text, /\bcloud\b/i),
    exitStrategy: first(text, /\bexitplan\b/i),
  };
}

export const keywordAnalyzer: DocumentAnalyzer = (parsed) =>
  parsed.document.paragraphs.flatMap((p, paragraphIndex) =>
    p.prose ? p.sentences.map((s, sentenceIndex) => ({ paragraphIndex, sentenceIndex, analysis: keywordAnalysis(s.text) })) : [],
  );
