/**
 * The steps of one lint, shared by the pure pipeline (`run.ts`) and the editor session (`../session`): prepare
 * the checked sentences and advice units, run a rule over (a part of) them, and finish (inline directives,
 * `after-directives` rules, order, duplicates). Nothing here is kept between lints.
 */
import { detachString, mapSpan, sourceOffset, type SourceSpan } from '@scherp/corpus';
import type { ParsedDocument } from '@scherp/parser';
import type { AdviceRecord, LintMessage, LintResult, SentenceAnalysis, Severity, Suggestion } from '../types.js';
import { buildAdviceUnits, toAdviceRecord } from './advice.js';
import type { ResolvedConfig } from './config.js';
import { DirectiveFilter, findDirectives, type Directive } from './directives.js';
import { inlineCodeRanges } from './inline-code.js';
import { capFindings } from './finding-cap.js';
import { formatMessage } from './messages.js';
import type { AdviceUnit, CheckedSentence, ReportDescriptor, RuleContext, RuleModule } from './rule-api.js';

/** What the engine needs from the analysis layer: one analysis per sentence, addressed by position. */
export interface SentenceAnalysisEntry {
  paragraphIndex: number;
  sentenceIndex: number;
  analysis: SentenceAnalysis;
}

export type DocumentAnalyzer = (parsed: ParsedDocument) => readonly SentenceAnalysisEntry[];

/** Per rule id: memoised position-independent computations (`RuleContext.memo`). */
export type MemoCaches = Map<string, Map<string, unknown>>;

/** Bare URLs in prose; findings inside them are noise (the words of a link target are not prose). */
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>]+/gi;

export interface EnabledRule {
  rule: RuleModule;
  severity: Severity;
}

/** One lint in progress: the document, its checked sentences and advice, and what the rules share. */
export interface LintRun {
  readonly parsed: ParsedDocument;
  readonly config: ResolvedConfig;
  readonly enabled: readonly EnabledRule[];
  readonly sentences: readonly CheckedSentence[];
  readonly advice: readonly AdviceUnit[];
  readonly directives: readonly Directive[];
  readonly ruleIds: ReadonlySet<string>;
  readonly memo: MemoCaches;
  usedDirectives: ReadonlySet<Directive>;
  readonly urlRanges: Map<CheckedSentence, Array<[number, number]>>;
  readonly codeRanges: Map<number, Array<[number, number]>>;
  /**
   * Set by {@link deferTexts}: the rules by id, for writing the texts (message, suggestion descriptions) of
   * findings reported without them. Undefined: every finding is complete when reported.
   */
  deferred?: Map<string, RuleModule['meta']>;
}

/**
 * On a finding reported without its texts: the `data` of its message (null without), and its suggestion
 * descriptors. Symbol keys, on the finding itself (a side table cost 80 MB for 600k findings), removed when
 * the texts are written; no finding that leaves `finishRun` has them.
 */
const PENDING_DATA = Symbol('pending message data');
const PENDING_SUGGESTIONS = Symbol('pending suggestions');
interface Pending {
  [PENDING_DATA]?: ReportDescriptor['data'] | null;
  [PENDING_SUGGESTIONS]?: ReportDescriptor['suggestions'];
}

/**
 * Lets the findings of this run be reported without their texts: `finishRun` writes them only for the findings
 * `maxFindings` keeps (and for the few whose order or duplicate check needs the text). A document with 600k
 * findings, of which 10k are shown, otherwise formats 600k messages and suggestion lists only to drop them.
 * For the pure pipeline, whose findings nobody sees before `finishRun` returns; the editor session keeps
 * findings across runs and does not use it.
 */
export function deferTexts(run: LintRun): void {
  if (run.config.maxFindings > 0) run.deferred = new Map(run.enabled.map((r) => [r.rule.meta.id, r.rule.meta]));
}

/** The part of the document a paragraph-scoped rule is given: whole paragraphs, with their advice units. */
export interface ParagraphSubset {
  sentences: readonly CheckedSentence[];
  advice: readonly AdviceUnit[];
}

export function startRun(
  parsed: ParsedDocument,
  config: ResolvedConfig,
  rules: readonly RuleModule[],
  entries: readonly SentenceAnalysisEntry[],
  memo: MemoCaches = new Map(),
): LintRun {
  const sentences = collectSentences(parsed, config, entries);
  const enabled = rules.flatMap((rule) => {
    const severity = config.rules[rule.meta.id]?.severity ?? 'off';
    return severity === 'off' ? [] : [{ rule, severity }];
  });
  return {
    parsed,
    config,
    enabled,
    sentences,
    advice: buildAdviceUnits(parsed.document, sentences),
    directives: findDirectives(parsed.document.paragraphs, parsed.source, parsed.lines),
    ruleIds: new Set(rules.map((r) => r.meta.id)),
    memo,
    usedDirectives: new Set(),
    urlRanges: new Map(),
    codeRanges: new Map(),
  };
}

/**
 * Runs one rule and appends its findings to `into`. A paragraph-scoped rule is given `subset` (default: every
 * paragraph), and each of its findings must lie in one of the paragraphs of that subset: `onParagraphFinding`
 * hears which. A finding elsewhere breaks the rule's contract and throws, in every caller alike.
 */
export function checkRule(
  run: LintRun,
  { rule, severity }: EnabledRule,
  into: LintMessage[],
  subset?: ParagraphSubset,
  onParagraphFinding?: (message: LintMessage, paragraphIndex: number) => void,
): void {
  const { meta } = rule;
  const { parsed, config } = run;
  const paragraphScoped = rule.scope === 'paragraph';
  const sentences = paragraphScoped && subset ? subset.sentences : run.sentences;
  const advice = paragraphScoped && subset ? subset.advice : run.advice;
  const locateParagraph = paragraphScoped ? paragraphLocator(parsed, sentences) : undefined;
  const report = (d: ReportDescriptor): void => {
    let span: SourceSpan;
    // A finding owns its span (a copy, not a sentence's or paragraph's): the session moves findings in place.
    if (d.span) span = copySpan(d.span);
    else if (d.match) {
      if (notProse(run, d.sentence, d.match.start, d.match.end)) return;
      span = mapSpan(d.sentence.sentence.map, d.match.start, d.match.end, parsed.lines);
    } else span = copySpan(d.sentence.sentence.span);
    const deferred = run.deferred !== undefined;
    const message: LintMessage = {
      ruleId: meta.id,
      criterion: meta.criterion,
      severity,
      message: deferred ? '' : formatMessage(meta, d.messageId, d.data, config.locale),
      messageId: d.messageId,
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
      span,
    };
    if (deferred) {
      const later = message as LintMessage & Pending;
      later[PENDING_DATA] = d.data ?? null;
      if (d.suggestions?.length) later[PENDING_SUGGESTIONS] = d.suggestions;
    } else writeSuggestions(message, meta, d.suggestions, config.locale);
    if (locateParagraph) {
      const index = d.sentence ? d.sentence.paragraphIndex : locateParagraph(span.start.offset);
      if (index === undefined) {
        throw new Error(`a rule with scope 'paragraph' reported a span outside the paragraphs it was given (offset ${span.start.offset})`);
      }
      onParagraphFinding?.(message, index);
    }
    into.push(message);
  };
  const ctx: RuleContext = {
    parsed,
    document: parsed.document,
    locale: config.locale,
    options: config.rules[meta.id]?.options ?? {},
    sentences,
    advice,
    directives: run.directives,
    usedDirectives: run.usedDirectives,
    ruleIds: run.ruleIds,
    sourceRange: (s, start, end) => sourceRange(parsed.source, s, start, end),
    report,
    memo: <T>(key: string, compute: () => T): T => {
      let cache = run.memo.get(meta.id);
      if (!cache) run.memo.set(meta.id, (cache = new Map()));
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
}

/** Adds the suggestions of `d` to `message` (after `span`, where they have always been). */
function writeSuggestions(message: LintMessage, meta: RuleModule['meta'], suggestions: ReportDescriptor['suggestions'], locale: ResolvedConfig['locale']): void {
  if (!suggestions?.length) return;
  message.suggestions = suggestions.map(
    (s): Suggestion => ({
      desc: formatMessage(meta, s.messageId, s.data, locale),
      fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text },
      safe: s.safe ?? false,
    }),
  );
}

/** Writes the texts of a finding reported under {@link deferTexts}, if not written yet. */
function complete(run: LintRun, m: LintMessage): LintMessage {
  const later = m as LintMessage & Pending;
  const data = later[PENDING_DATA];
  if (data === undefined) return m;
  const meta = run.deferred!.get(m.ruleId)!;
  const suggestions = later[PENDING_SUGGESTIONS];
  delete later[PENDING_DATA];
  delete later[PENDING_SUGGESTIONS];
  m.message = formatMessage(meta, m.messageId, data ?? undefined, run.config.locale);
  writeSuggestions(m, meta, suggestions, run.config.locale);
  return m;
}

/** The rules of the main phase, in order. */
export function mainRules(run: LintRun): EnabledRule[] {
  return run.enabled.filter((r) => r.rule.phase !== 'after-directives');
}

/** Applies the inline directives to `found`, runs the `after-directives` rules, orders and de-duplicates. */
export function finishRun(run: LintRun, found: LintMessage[]): LintResult {
  const filter = new DirectiveFilter(run.directives);
  const kept = run.directives.length === 0 ? found : found.filter((m) => !filter.suppresses(m.ruleId, m.span));
  // Rules that judge the directives themselves run last and see which directives were used.
  run.usedDirectives = filter.used;
  for (const enabled of run.enabled) if (enabled.rule.phase === 'after-directives') checkRule(run, enabled, kept);
  if (!run.deferred) return withLazyAdvice(capFindings(dedupe(kept.sort(compareMessages)), run.config.maxFindings, run.config.locale), run.advice);
  // Texts not written yet: order and de-duplicate as above, writing a text only where the order or the
  // duplicate check comes down to it, then write the texts of the findings the cap keeps.
  const textOf = (m: LintMessage) => complete(run, m).message;
  kept.sort((a, b) => compareMessages(a, b, textOf));
  const capped = capFindings(dedupe(kept, textOf), run.config.maxFindings, run.config.locale);
  for (const m of capped) complete(run, m);
  run.deferred = undefined;
  return withLazyAdvice(capped, run.advice);
}

/**
 * Original-source range `[start, end)` of a stretch of a sentence, or null when the stretch is not one
 * contiguous piece of the source.
 */
function sourceRange(source: string, s: CheckedSentence, start: number, end: number): [number, number] | null {
  if (end <= start) {
    const at = sourceOffset(s.sentence.map, start);
    return [at, at];
  }
  const from = sourceOffset(s.sentence.map, start);
  const to = sourceOffset(s.sentence.map, end - 1) + 1;
  return source.slice(from, to) === s.sentence.text.slice(start, end) ? [from, to] : null;
}

/** True for a stretch inside a bare URL or inline code: not prose, so never a finding. */
function notProse(run: LintRun, s: CheckedSentence, start: number, end: number): boolean {
  let urls = run.urlRanges.get(s);
  if (!urls) {
    const text = s.sentence.text;
    // Cheap pre-check: most sentences contain no URL, and the regex would scan them all.
    urls =
      text.includes('://') || /www\./i.test(text)
        ? [...text.matchAll(URL_PATTERN)].map((m): [number, number] => [m.index, m.index + m[0].length])
        : [];
    run.urlRanges.set(s, urls);
  }
  if (urls.some(([a, b]) => start < b && a < end)) return true;
  let code = run.codeRanges.get(s.paragraphIndex);
  if (!code) {
    code = inlineCodeRanges(run.parsed.source, s.paragraph.span.start.offset, s.paragraph.span.end.offset);
    run.codeRanges.set(s.paragraphIndex, code);
  }
  if (code.length === 0) return false;
  const from = sourceOffset(s.sentence.map, start);
  const to = end > start ? sourceOffset(s.sentence.map, end - 1) + 1 : from;
  return code.some(([a, b]) => from < b && a < Math.max(to, from + 1));
}

/**
 * The paragraph (index) of `sentences` whose span holds an offset, or undefined. Paragraphs are in document
 * order and do not overlap; an offset at a paragraph's end belongs to it (an empty span there).
 */
function paragraphLocator(parsed: ParsedDocument, sentences: readonly CheckedSentence[]): (offset: number) => number | undefined {
  let indices: number[] | undefined;
  return (offset) => {
    if (!indices) {
      indices = [];
      for (const s of sentences) if (indices[indices.length - 1] !== s.paragraphIndex) indices.push(s.paragraphIndex);
    }
    const paragraphs = parsed.document.paragraphs;
    let lo = 0;
    let hi = indices.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[indices[mid]!]!.span.end.offset < offset) lo = mid + 1;
      else hi = mid;
    }
    const index = indices[lo];
    return index !== undefined && paragraphs[index]!.span.start.offset <= offset ? index : undefined;
  };
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

function copySpan(span: SourceSpan): SourceSpan {
  const { start, end } = span;
  return { start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset } };
}

function collectSentences(parsed: ParsedDocument, config: ResolvedConfig, entries: readonly SentenceAnalysisEntry[]): CheckedSentence[] {
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

/** Document order; `text` gives a finding's message (default: as it stands). */
export function compareMessages(a: LintMessage, b: LintMessage, text: (m: LintMessage) => string = messageText): number {
  return (
    a.span.start.offset - b.span.start.offset ||
    a.span.end.offset - b.span.end.offset ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.messageId, b.messageId) ||
    cmp(text(a), text(b))
  );
}

const messageText = (m: LintMessage): string => m.message;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Drops exact repeats (same rule, place and text), e.g. two lexicon entries matching the same words. */
function dedupe(sorted: LintMessage[], text: (m: LintMessage) => string = messageText): LintMessage[] {
  return sorted.filter((m, i) => {
    const prev = sorted[i - 1];
    return !(
      prev &&
      prev.ruleId === m.ruleId &&
      prev.span.start.offset === m.span.start.offset &&
      prev.span.end.offset === m.span.end.offset &&
      text(prev) === text(m)
    );
  });
}
