/**
 * analyzeDocument: analyse every prose sentence of a parsed document with its document context (recommendation
 * headings, who "ik"/"wij" is, list lead-ins), optionally through a cache shared across runs.
 */
import { detachString, type Document, type Paragraph, type Sentence } from '@scherp/corpus';
import type { ParsedDocument } from '@scherp/parser';
import type { SentenceAnalysis, TextMatch } from '../types.js';
import { analyzeSentenceWith, type LeadInAdvice } from './analyze-sentence.js';
import { contextKey, type SentenceContext } from './context.js';

export interface AnalyzedSentence {
  paragraphIndex: number;
  sentenceIndex: number;
  analysis: SentenceAnalysis;
  context: SentenceContext;
  /** With `locate`: the paragraph and sentence themselves. */
  paragraph?: Paragraph;
  sentence?: Sentence;
}

/** A match inside one sentence of the document; offsets are into that sentence's text. */
export interface LocatedTextMatch extends TextMatch {
  paragraphIndex: number;
  sentenceIndex: number;
}

export interface DocumentAnalysis {
  sentences: AnalyzedSentence[];
  /** The first dependence on cloud, a vendor or a platform, if any. */
  dependency: LocatedTextMatch | null;
  /** The first exit strategy or portability safeguard, if any. */
  exitStrategy: LocatedTextMatch | null;
}

export interface AnalyzeDocumentOptions {
  /** Keyed by `contextKey(context) + "\u0000" + text`; shared across calls so unchanged sentences are free. */
  cache?: Map<string, SentenceAnalysis>;
  /**
   * The same cache in two levels, sentence text → `contextKey(context)` → analysis (used instead of `cache`
   * when both are given). Cheaper per lookup: an unchanged sentence's text is usually the very string object
   * of the last run, whose hash the engine keeps, whereas `cache` needs a new key string per sentence.
   */
  sentenceCache?: Map<string, Map<string, SentenceAnalysis>>;
  /** Also give every entry its `paragraph` and `sentence` (saves the rule engine a copy of every entry). */
  locate?: boolean;
  /**
   * Analyses per paragraph text, on top of `sentenceCache`: an unchanged paragraph in an unchanged context
   * takes its sentences' analyses in one lookup instead of one per sentence.
   */
  paragraphCache?: Map<string, ParagraphAnalyses>;
  /**
   * The entries of the last run, per paragraph index. A caller whose parser hands out the same paragraph object
   * again for an unchanged, unmoved paragraph (`IncrementalParser` with `shareParagraphs`) gets that
   * paragraph's entries back as they were when it is the same object at the same index with the same sentences
   * and contexts: no lookups and no new entries for the part of a large document an edit did not touch.
   * Indexed by position rather than keyed by object, so checking costs no hashing. Updated by every run.
   */
  entryCache?: EntryCache;
}

export interface EntryCache {
  last?: ReadonlyArray<ParagraphEntries | undefined>;
}

/** A paragraph's entries of one run and what they depend on (see AnalyzeDocumentOptions.entryCache). */
export interface ParagraphEntries {
  paragraph: Paragraph;
  sentences: readonly Sentence[];
  /** The inputs of the paragraph's sentence contexts. */
  firstPersonIsOwner: boolean;
  leadIn: string | undefined;
  isHeading: boolean;
  located: boolean;
  entries: readonly AnalyzedSentence[];
}

/** A paragraph's sentence analyses and what they were computed from. */
export interface ParagraphAnalyses {
  contextId: string;
  /** `contextKey` of its first sentence as a recommendation heading, or '' when it was not one. */
  headingContextId: string;
  /** The sentence texts (copies that share no storage with the document). */
  texts: readonly string[];
  analyses: readonly SentenceAnalysis[];
}

function sameTexts(texts: readonly string[], sentences: readonly Sentence[]): boolean {
  if (texts.length !== sentences.length) return false;
  for (let i = 0; i < texts.length; i++) if (texts[i] !== sentences[i]!.text) return false;
  return true;
}

type BlockKind = SentenceContext['blockKind'];
const PROSE_KINDS = new Set<string>(['paragraph', 'heading', 'list-item', 'table-cell']);

export function cacheKey(text: string, context: SentenceContext): string {
  return `${contextKey(context)}\u0000${text}`;
}

/** Every prose sentence's analysis with its document context. Pure: nothing is kept between calls. */
export function analyzeDocument(parsed: ParsedDocument): DocumentAnalysis {
  return analyzeDocumentWith(parsed, {});
}

/** `analyzeDocument` through caches kept across calls (the editor session's); not exported from the package. */
export function analyzeDocumentWith(parsed: ParsedDocument, options: AnalyzeDocumentOptions): DocumentAnalysis {
  const doc = parsed.document;
  const { cache, sentenceCache, locate, paragraphCache, entryCache } = options;
  const headingIndices = recommendationHeadings(doc);
  const ownerRanges = firstPersonRanges(doc);
  const sentences: AnalyzedSentence[] = [];
  let dependency: LocatedTextMatch | null = null;
  let exitStrategy: LocatedTextMatch | null = null;
  const lastRun = entryCache?.last;
  const thisRun: Array<ParagraphEntries | undefined> = [];
  const leadIns: LeadInAdvice = new Map();
  const listLeadIns = listLeadInTexts(doc.paragraphs);

  // The per-call cache when the caller gives none: by text (one context each, almost always), then by context and text.
  const local = new Map<string, { contextId: string; analysis: SentenceAnalysis }>();
  const localOther = new Map<string, SentenceAnalysis>();
  const lookup = (text: string, context: SentenceContext, contextId: string): SentenceAnalysis => {
    let analysis: SentenceAnalysis | undefined;
    if (sentenceCache) {
      let byContext = sentenceCache.get(text);
      analysis = byContext?.get(contextId);
      if (!analysis) {
        analysis = analyzeSentenceWith(text, context, leadIns);
        if (!byContext) sentenceCache.set(text, (byContext = new Map()));
        byContext.set(contextId, analysis);
      }
      return analysis;
    }
    if (cache) {
      const key = `${contextId}\u0000${text}`;
      analysis = cache.get(key);
      if (!analysis) cache.set(key, (analysis = analyzeSentenceWith(text, context, leadIns)));
      return analysis;
    }
    // No cache of the caller's: one for this call only. A sentence repeated in a document (a boilerplate list
    // item, a signature, 100k copies in a hostile file) is analysed once; the analysis is a function of the
    // text and the context (see analyzeSentence), and entries already share analyses through the caches.
    const seen = local.get(text);
    if (seen?.contextId === contextId) return seen.analysis;
    const otherKey = `${contextId}\u0000${text}`;
    analysis = seen ? localOther.get(otherKey) : undefined;
    if (!analysis) {
      analysis = analyzeSentenceWith(text, context, leadIns);
      if (!seen) local.set(text, { contextId, analysis });
      else localOther.set(otherKey, analysis);
    }
    return analysis;
  };

  const paragraphs = doc.paragraphs;
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex]!;
    if (!paragraph.prose || !PROSE_KINDS.has(paragraph.kind)) continue;
    const offset = paragraph.span.start.offset;
    const firstPersonIsOwner = ownerRanges.all || ownerRanges.ranges.some(([s, e]) => offset >= s && offset < e);
    const leadIn = listLeadIns[paragraphIndex];
    const isHeading = headingIndices.has(paragraphIndex);
    const list = paragraph.sentences;
    // The same paragraph object at the same index, with the same sentences and context inputs (the contexts
    // are a function of these): last run's entries still hold.
    const last = lastRun?.[paragraphIndex];
    if (
      last &&
      last.paragraph === paragraph &&
      last.sentences === list &&
      last.firstPersonIsOwner === firstPersonIsOwner &&
      last.leadIn === leadIn &&
      last.isHeading === isHeading &&
      last.located === (locate === true)
    ) {
      thisRun[paragraphIndex] = last;
      for (const entry of last.entries) {
        sentences.push(entry);
        const { analysis, sentenceIndex } = entry;
        if (!dependency && analysis.dependency) dependency = { ...analysis.dependency, paragraphIndex, sentenceIndex };
        if (!exitStrategy && analysis.exitStrategy) exitStrategy = { ...analysis.exitStrategy, paragraphIndex, sentenceIndex };
      }
      continue;
    }
    // One context (and key) per paragraph; only a recommendation heading's first sentence differs. The
    // contexts are shared by the paragraph's sentences and never changed afterwards.
    const context: SentenceContext = { blockKind: paragraph.kind as BlockKind };
    if (firstPersonIsOwner) context.firstPersonIsOwner = true;
    if (leadIn) context.previousText = leadIn;
    const contextId = contextKey(context);
    let headingContext: SentenceContext | undefined;
    let headingContextId = '';
    if (isHeading) {
      headingContext = { blockKind: context.blockKind, isRecommendationHeading: true };
      if (firstPersonIsOwner) headingContext.firstPersonIsOwner = true;
      if (leadIn) headingContext.previousText = leadIn;
      headingContextId = contextKey(headingContext);
    }
    const firstEntry = sentences.length;
    let known = paragraphCache?.get(paragraph.text);
    if (known && !(known.contextId === contextId && known.headingContextId === headingContextId && sameTexts(known.texts, list))) {
      known = undefined;
    }
    const fresh: SentenceAnalysis[] | undefined = paragraphCache && !known ? [] : undefined;
    for (let sentenceIndex = 0; sentenceIndex < list.length; sentenceIndex++) {
      const sentence = list[sentenceIndex]!;
      const heading = headingContext !== undefined && sentenceIndex === 0;
      const sentenceContext = heading ? headingContext! : context;
      const analysis = known ? known.analyses[sentenceIndex]! : lookup(sentence.text, sentenceContext, heading ? headingContextId : contextId);
      fresh?.push(analysis);
      sentences.push(
        locate
          ? { paragraphIndex, sentenceIndex, analysis, context: sentenceContext, paragraph, sentence }
          : { paragraphIndex, sentenceIndex, analysis, context: sentenceContext },
      );
      if (!dependency && analysis.dependency) dependency = { ...analysis.dependency, paragraphIndex, sentenceIndex };
      if (!exitStrategy && analysis.exitStrategy) exitStrategy = { ...analysis.exitStrategy, paragraphIndex, sentenceIndex };
    }
    if (paragraphCache && fresh) {
      paragraphCache.set(paragraph.text, { contextId, headingContextId, texts: list.map((x) => detachString(x.text)), analyses: fresh });
    }
    if (entryCache) {
      thisRun[paragraphIndex] = {
        paragraph,
        sentences: list,
        firstPersonIsOwner,
        leadIn,
        isHeading,
        located: locate === true,
        entries: sentences.slice(firstEntry),
      };
    }
  }
  if (entryCache) entryCache.last = thisRun;
  return { sentences, dependency, exitStrategy };
}

/** The heading paragraph of every numbered recommendation. */
function recommendationHeadings(doc: Document): Set<number> {
  const out = new Set<number>();
  for (const rec of doc.recommendations) {
    const first = rec.paragraphIndices[0];
    if (first === undefined) continue;
    const p = doc.paragraphs[first];
    if (!p) continue;
    const title = rec.title.trim().slice(0, 24);
    if (p.kind === 'heading' || p.ordinal !== undefined || (title !== '' && p.text.includes(title))) out.add(first);
  }
  return out;
}

/** Closing formulas of Dutch letters (Kamerbrieven, raadsinformatiebrieven), before the signatory. */
const LETTER_CLOSING = /^(hoogachtend|met (de meeste )?hoogachting|met vriendelijke groet(en)?|met hartelijke groet(en)?)\b[\s,.]*/i;
/** How many blocks from the end a closing formula may stand (signatory, role, enclosures). */
const CLOSING_WINDOW = 6;

/**
 * A letter that closes with a formula and a signatory says who "ik"/"wij" is: the one who signs it ("Ik stuur
 * uw Kamer voor de zomer …" in a letter signed by the minister names its owner).
 */
function isSignedLetter(doc: Document): boolean {
  const prose = doc.paragraphs.filter((p) => p.prose);
  for (let i = prose.length - 1; i >= Math.max(0, prose.length - CLOSING_WINDOW); i--) {
    const text = prose[i]!.text.trim();
    const closing = LETTER_CLOSING.exec(text);
    // The signatory follows on the same block ("Hoogachtend, de minister …") or in the next one.
    if (closing && (closing[0].length < text.length || i < prose.length - 1)) return true;
  }
  return false;
}

/**
 * Where "ik"/"wij" is a known party: the whole document when the front matter names an author or the document is a
 * signed letter; in a bundle, the
 * expert chapters (not its foreword or summary); otherwise the whole text when it quotes named people (an
 * interview).
 */
function firstPersonRanges(doc: Document): { all: boolean; ranges: Array<[number, number]> } {
  if (doc.metadata.author?.trim() || isSignedLetter(doc)) return { all: true, ranges: [] };
  const ranges: Array<[number, number]> = doc.contributions
    .filter((c) => c.experts.length > 0)
    .map((c) => [c.span.start.offset, c.span.end.offset]);
  if (ranges.length > 0) return { all: false, ranges };
  return { all: doc.quotes.some((q) => q.attribution !== undefined && q.attribution.trim() !== ''), ranges };
}

/**
 * Per list item, the last sentence of the prose paragraph that introduces its list, when it ends in ":". One pass
 * forward: walking back from every item to the lead-in was quadratic in a list of 100k items.
 */
function listLeadInTexts(paragraphs: readonly Paragraph[]): Array<string | undefined> {
  const out: Array<string | undefined> = new Array(paragraphs.length);
  // The lead-in for list items that follow: set by each paragraph that is not a list item.
  let leadIn: string | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.kind === 'list-item') {
      out[i] = leadIn;
      continue;
    }
    const last = p.prose ? p.sentences[p.sentences.length - 1] : undefined;
    leadIn = last && last.text.trimEnd().endsWith(':') ? last.text : undefined;
  }
  return out;
}
