import { mapSpan, sourceOffset, type Position, type SourceSpan } from '@scherp/corpus';
import type { ParsedDocument } from '@scherp/parser';
import type { AdviceRecord, LintMessage, LintResult, SentenceAnalysis, Severity, Suggestion } from '../types.js';
import { buildAdviceUnits, toAdviceRecord } from './advice.js';
import type { ResolvedConfig } from './config.js';
import { DirectiveFilter, findDirectives, type Directive } from './directives.js';
import { detachString } from './strings.js';
import { inlineCodeRanges } from './inline-code.js';
import { formatMessage } from './messages.js';
import {
  copyPosition,
  isReusable,
  shiftMessages,
  shiftMessagesInPlace,
  PlacedRecords,
  type CachedParagraph,
  type ParagraphCache,
} from './paragraph-cache.js';
import type { AdviceUnit, CheckedSentence, ReportDescriptor, RuleContext, RuleModule } from './rule-api.js';

/** What the engine needs from the analysis layer: one analysis per sentence, addressed by position. */
export interface SentenceAnalysisEntry {
  paragraphIndex: number;
  sentenceIndex: number;
  analysis: SentenceAnalysis;
}

export type DocumentAnalyzer = (parsed: ParsedDocument) => readonly SentenceAnalysisEntry[];

/** Bare URLs in prose; findings inside them are noise (the words of a link target are not prose). */
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>]+/gi;

export interface RunOptions {
  /**
   * Results may share finding objects with earlier results and with the paragraph cache (findings that did not
   * move are not copied). Only for callers that never change what they receive, such as the language server.
   */
  shareMessages?: boolean;
  /**
   * With `shareMessages`: where the previous run placed each reused paragraph's findings (`PlacedRecords`).
   * A paragraph object passed again gets its own findings of last time back, moved in place if it moved (a
   * parser with `shareParagraphs` hands out the same object for a paragraph that did not change, also when it
   * moved). Assumes such a paragraph has the same source text as before (true of `IncrementalParser`); each
   * copy of a repeated paragraph has its own record. Set by every run.
   */
  placed?: { last?: PlacedRecords };
}

/** Runs every enabled rule over an analysed document. Pure: same input, same output. */
export function runLint(
  parsed: ParsedDocument,
  config: ResolvedConfig,
  rules: readonly RuleModule[],
  analyze: DocumentAnalyzer,
  memoCaches: Map<string, Map<string, unknown>> = new Map(),
  paragraphCache?: ParagraphCache,
  options: RunOptions = {},
): LintResult {
  const { document, source, lines } = parsed;
  const sentences = collectSentences(parsed, config, analyze(parsed));
  const advice = buildAdviceUnits(document, sentences);
  const share = options.shareMessages === true;
  const placed = share ? options.placed : undefined;
  const reuse = planReuse(parsed, sentences, paragraphCache, share, placed?.last);
  const directives = findDirectives(document.paragraphs, source, lines);
  const ruleIds = new Set(rules.map((r) => r.meta.id));
  let usedDirectives: ReadonlySet<Directive> = new Set();
  const urlRanges = new Map<CheckedSentence, Array<[number, number]>>();

  const sourceRange = (s: CheckedSentence, start: number, end: number): [number, number] | null => {
    if (end <= start) {
      const at = sourceOffset(s.sentence.map, start);
      return [at, at];
    }
    const from = sourceOffset(s.sentence.map, start);
    const to = sourceOffset(s.sentence.map, end - 1) + 1;
    return source.slice(from, to) === s.sentence.text.slice(start, end) ? [from, to] : null;
  };

  const codeRanges = new Map<number, Array<[number, number]>>();
  /** True for a stretch inside a bare URL or inline code: not prose, so never a finding. */
  const notProse = (s: CheckedSentence, start: number, end: number): boolean => {
    let urls = urlRanges.get(s);
    if (!urls) {
      const text = s.sentence.text;
      // Cheap pre-check: most sentences contain no URL, and the regex would scan them all.
      urls =
        text.includes('://') || /www\./i.test(text)
          ? [...text.matchAll(URL_PATTERN)].map((m): [number, number] => [m.index, m.index + m[0].length])
          : [];
      urlRanges.set(s, urls);
    }
    if (urls.some(([a, b]) => start < b && a < end)) return true;
    let code = codeRanges.get(s.paragraphIndex);
    if (!code) {
      code = inlineCodeRanges(source, s.paragraph.span.start.offset, s.paragraph.span.end.offset);
      codeRanges.set(s.paragraphIndex, code);
    }
    if (code.length === 0) return false;
    const from = sourceOffset(s.sentence.map, start);
    const to = end > start ? sourceOffset(s.sentence.map, end - 1) + 1 : from;
    return code.some(([a, b]) => from < b && a < Math.max(to, from + 1));
  };

  /** Paragraph-scoped rules only see the paragraphs whose findings could not be reused. */
  const dirtySentences = reuse ? sentences.filter((s) => reuse.dirty.has(s.paragraphIndex)) : sentences;
  const dirtyAdvice = reuse ? advice.filter((u) => reuse.dirty.has(u.sentence.paragraphIndex)) : advice;
  /** Paragraph of each fresh finding of a paragraph-scoped rule, for storing it in the cache. */
  const paragraphOf = new Map<LintMessage, number>();

  const runRule = (rule: RuleModule, severity: Severity, into: LintMessage[]): void => {
    const { meta } = rule;
    const paragraphScoped = rule.scope === 'paragraph';
    const report = (d: ReportDescriptor): void => {
      let span: SourceSpan;
      // A finding owns its span (a copy, not a sentence's or paragraph's): reused findings move in place.
      if (d.span) span = copySpan(d.span);
      else if (d.match) {
        if (notProse(d.sentence, d.match.start, d.match.end)) return;
        span = mapSpan(d.sentence.sentence.map, d.match.start, d.match.end, lines);
      } else span = copySpan(d.sentence.sentence.span);
      const message: LintMessage = {
        ruleId: meta.id,
        criterion: meta.criterion,
        severity,
        message: formatMessage(meta, d.messageId, d.data, config.locale),
        messageId: d.messageId,
        line: span.start.line,
        column: span.start.column,
        endLine: span.end.line,
        endColumn: span.end.column,
        span,
      };
      if (d.suggestions?.length) {
        message.suggestions = d.suggestions.map(
          (s): Suggestion => ({
            desc: formatMessage(meta, s.messageId, s.data, config.locale),
            fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text },
            safe: s.safe ?? false,
          }),
        );
      }
      into.push(message);
      if (paragraphScoped && d.sentence) paragraphOf.set(message, d.sentence.paragraphIndex);
    };
    const ctx: RuleContext = {
      parsed,
      document,
      locale: config.locale,
      options: config.rules[meta.id]?.options ?? {},
      sentences: paragraphScoped ? dirtySentences : sentences,
      advice: paragraphScoped ? dirtyAdvice : advice,
      directives,
      usedDirectives,
      ruleIds,
      sourceRange,
      report,
      memo: <T>(key: string, compute: () => T): T => {
        let cache = memoCaches.get(meta.id);
        if (!cache) memoCaches.set(meta.id, (cache = new Map()));
        const hit = cache.get(key);
        if (hit !== undefined) return hit as T;
        const value = compute();
        // Keys are often sentence texts sliced from the source: detach them so entries do not pin old sources.
        cache.set(detachString(key), value);
        return value;
      },
    };
    try {
      rule.check(ctx);
    } catch (cause) {
      throw new Error(`Scherp rule '${meta.id}' failed: ${(cause as Error).message ?? String(cause)}`, { cause });
    }
  };

  const enabled = rules.flatMap((rule) => {
    const severity = config.rules[rule.meta.id]?.severity ?? 'off';
    return severity === 'off' ? [] : [{ rule, severity }];
  });

  const found: LintMessage[] = reuse ? [...reuse.messages] : [];
  const fresh: LintMessage[] = [];
  for (const { rule, severity } of enabled) if (rule.phase !== 'after-directives') runRule(rule, severity, fresh);
  if (reuse && paragraphCache) storeParagraphs(reuse, fresh, paragraphOf, paragraphCache, share);
  if (reuse && placed) placed.last = reuse.placed;
  // A loop, not push(...fresh): spreading 100 000+ findings as arguments overflows the stack.
  for (const m of fresh) found.push(m);
  const filter = new DirectiveFilter(directives);
  const kept = directives.length === 0 ? found : found.filter((m) => !filter.suppresses(m.ruleId, m.span));
  // Rules that judge the directives themselves run last and see which directives were used.
  usedDirectives = filter.used;
  for (const { rule, severity } of enabled) {
    if (rule.phase === 'after-directives') runRule(rule, severity, kept);
  }

  return withLazyAdvice(dedupe(kept.sort(compareMessages)), advice);
}

/**
 * The result, with the advice records built when first read: an editor re-lints per keystroke and publishes
 * the findings straight away, while it asks for the records (tree view, score) only afterwards, if at all.
 * An ordinary enumerable property to every reader (spread, JSON, structured clone, equality).
 */
function withLazyAdvice(messages: LintMessage[], units: readonly AdviceUnit[]): LintResult {
  let records: AdviceRecord[] | undefined;
  const result = { messages } as LintResult;
  Object.defineProperty(result, 'advice', {
    enumerable: true,
    configurable: true,
    get: () => (records ??= units.map(toAdviceRecord)),
    set: (value: AdviceRecord[]) => {
      records = value;
    },
  });
  return result;
}

interface ReusePlan {
  /** Paragraphs whose paragraph-scoped findings must be computed. */
  dirty: Set<number>;
  /** Reused findings of the other paragraphs, already moved to their current place. */
  messages: LintMessage[];
  /** Per dirty, cacheable paragraph: its cache key and analyses. */
  store: Map<number, { key: string; analyses: SentenceAnalysis[] }>;
  parsed: ParsedDocument;
  /** Where this run placed the reused findings (see RunOptions.placed). */
  placed: PlacedRecords;
}

function planReuse(
  parsed: ParsedDocument,
  sentences: readonly CheckedSentence[],
  cache: ParagraphCache | undefined,
  share: boolean,
  previous: PlacedRecords | undefined,
): ReusePlan | null {
  if (!cache) return null;
  const { document, source } = parsed;
  const plan: ReusePlan = { dirty: new Set(), messages: [], store: new Map(), parsed, placed: new PlacedRecords(document.paragraphs.length) };
  // `sentences` are sorted by paragraph: take each paragraph's run of sentences [from, to) in turn.
  for (let from = 0; from < sentences.length; ) {
    const index = sentences[from]!.paragraphIndex;
    let to = from;
    // A recommendation heading's criteria come from its whole body (see buildAdviceUnits): never reused.
    let spread = false;
    for (; to < sentences.length && sentences[to]!.paragraphIndex === index; to++) {
      if (sentences[to]!.analysis.advice?.cue === 'recommendation-heading') spread = true;
    }
    const run = { sentences, from, to };
    from = to;
    if (spread) {
      plan.dirty.add(index);
      continue;
    }
    const paragraph = document.paragraphs[index]!;
    // The same paragraph object as last run: its text has not changed (see RunOptions.placed), so last run's
    // entry still describes it, whether or not the cache has kept it.
    const last = previous?.get(paragraph, index);
    const known = last !== undefined;
    const entry = known ? last.entry : cache.get(paragraph.text);
    if (isReusable(entry, paragraph, run, source, known)) {
      const start = paragraph.span.start;
      if (known && (last.owned || samePosition(last.start, start))) {
        // The same paragraph as last run: the same findings and record, moved in place if it moved.
        if (!samePosition(last.start, start)) {
          shiftMessagesInPlace(last.messages, last.start, start);
          last.start = copyPosition(start);
        }
        for (const m of last.messages) plan.messages.push(m);
        plan.placed.byIndex[index] = last;
        continue;
      }
      // Where the entry's findings are (a paragraph with this text at the same place): the entry's own objects,
      // shared; anywhere else, copies, which this paragraph's record owns.
      const shared = share && samePosition(entry.start, start);
      const moved = shared ? (entry.messages as LintMessage[]) : shiftMessages(entry.messages, entry.start, start);
      for (const m of moved) plan.messages.push(m);
      if (share) plan.placed.byIndex[index] = { paragraph, entry, start: copyPosition(start), messages: moved, owned: !shared };
    } else {
      plan.dirty.add(index);
      const analyses: SentenceAnalysis[] = [];
      for (let i = run.from; i < run.to; i++) analyses.push(sentences[i]!.analysis);
      plan.store.set(index, { key: paragraph.text, analyses });
    }
  }
  return plan;
}

function storeParagraphs(
  plan: ReusePlan,
  fresh: readonly LintMessage[],
  paragraphOf: ReadonlyMap<LintMessage, number>,
  cache: ParagraphCache,
  share: boolean,
): void {
  const byParagraph = new Map<number, LintMessage[]>();
  for (const m of fresh) {
    const index = paragraphOf.get(m);
    if (index === undefined) continue;
    const list = byParagraph.get(index);
    if (list) list.push(m);
    else byParagraph.set(index, [m]);
  }
  const { source } = plan.parsed;
  for (const [index, { key, analyses }] of plan.store) {
    const paragraph = plan.parsed.document.paragraphs[index]!;
    const { start, end } = paragraph.span;
    // Kept in final order, so reused findings arrive sorted and the final sort has little left to do.
    const mine = byParagraph.get(index)?.sort(compareMessages) ?? [];
    // Copies of the texts: a slice would keep this whole version of the source alive as long as the entry.
    const entry: CachedParagraph = {
      source: detachString(source.slice(start.offset, end.offset)),
      kind: paragraph.kind,
      quoted: paragraph.quoted,
      analyses,
      start: copyPosition(start),
      // Copies: what the caller receives is theirs (with shareMessages, its record's, moved in place later).
      messages: shiftMessages(mine, start, start),
    };
    cache.set(detachString(key), entry);
    if (share) plan.placed.byIndex[index] = { paragraph, entry, start: entry.start, messages: mine, owned: true };
  }
}

function copySpan(span: SourceSpan): SourceSpan {
  return { start: copyPosition(span.start), end: copyPosition(span.end) };
}

function samePosition(a: Position, b: Position): boolean {
  return a.offset === b.offset && a.line === b.line && a.column === b.column;
}

function collectSentences(
  parsed: ParsedDocument,
  config: ResolvedConfig,
  entries: readonly SentenceAnalysisEntry[],
): CheckedSentence[] {
  const out: CheckedSentence[] = [];
  const { paragraphs } = parsed.document;
  let sorted = true;
  let last: CheckedSentence | undefined;
  for (const entry of entries) {
    const { paragraphIndex, sentenceIndex, analysis } = entry;
    const paragraph = paragraphs[paragraphIndex];
    const sentence = paragraph?.sentences[sentenceIndex];
    if (!paragraph || !sentence || !paragraph.prose) continue;
    if (paragraph.quoted && !config.checkBlockquotes) continue;
    // The built-in analyzer already gives each entry its paragraph and sentence: use it as it is.
    const located = entry as Partial<CheckedSentence>;
    const checked: CheckedSentence =
      located.paragraph === paragraph && located.sentence === sentence
        ? (entry as CheckedSentence)
        : { sentence, paragraph, paragraphIndex, sentenceIndex, analysis };
    if (last && (last.paragraphIndex > paragraphIndex || (last.paragraphIndex === paragraphIndex && last.sentenceIndex > sentenceIndex))) sorted = false;
    out.push(checked);
    last = checked;
  }
  return sorted ? out : out.sort((a, b) => a.paragraphIndex - b.paragraphIndex || a.sentenceIndex - b.sentenceIndex);
}

function compareMessages(a: LintMessage, b: LintMessage): number {
  return (
    a.span.start.offset - b.span.start.offset ||
    a.span.end.offset - b.span.end.offset ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.messageId, b.messageId) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Drops exact repeats (same rule, place and text), e.g. two lexicon entries matching the same words. */
function dedupe(sorted: LintMessage[]): LintMessage[] {
  return sorted.filter((m, i) => {
    const prev = sorted[i - 1];
    return !(
      prev &&
      prev.ruleId === m.ruleId &&
      prev.message === m.message &&
      prev.span.start.offset === m.span.start.offset &&
      prev.span.end.offset === m.span.end.offset
    );
  });
}

