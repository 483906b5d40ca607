/**
 * The session's lint: the pure pipeline's steps (`engine/checks.ts`), except that paragraph-scoped rules run
 * only on the paragraphs whose findings cannot be reused from an earlier run of the same session.
 */
import { detachString, type Position } from '@scherp/corpus';
import type { ParsedDocument } from '@scherp/parser';
import type { LintMessage, LintResult, SentenceAnalysis } from '../types.js';
import { checkRule, compareMessages, finishRun, mainRules, startRun, type DocumentAnalyzer, type LintRun, type MemoCaches } from '../engine/checks.js';
import type { ResolvedConfig } from '../engine/config.js';
import type { CheckedSentence, RuleModule } from '../engine/rule-api.js';
import {
  copyPosition,
  isReusable,
  shiftMessages,
  shiftMessagesInPlace,
  PlacedRecords,
  type CachedParagraph,
  type ParagraphCache,
} from './paragraph-cache.js';

/** What a session keeps between runs. */
export interface ReuseState {
  paragraphs: ParagraphCache;
  memo: MemoCaches;
  /**
   * Where the last run placed each paragraph's findings. A paragraph object passed again (the session's parser
   * hands out the same object for a paragraph whose text did not change, moved in place if it moved) gets its
   * own findings of last time back, moved in place too. Each copy of a repeated paragraph has its own record.
   */
  placed: PlacedRecords | undefined;
}

/**
 * Lints like `runLint`, reusing the findings of paragraph-scoped rules for paragraphs unchanged since an
 * earlier run. Results share finding objects with earlier results: only the latest result is valid.
 */
export function lintReusing(
  parsed: ParsedDocument,
  config: ResolvedConfig,
  rules: readonly RuleModule[],
  analyze: DocumentAnalyzer,
  state: ReuseState,
): LintResult {
  const run = startRun(parsed, config, rules, analyze(parsed), state.memo);
  const plan = planReuse(run, state.paragraphs, state.placed);
  const subset = {
    sentences: run.sentences.filter((s) => plan.dirty.has(s.paragraphIndex)),
    advice: run.advice.filter((u) => plan.dirty.has(u.sentence.paragraphIndex)),
  };
  // Paragraph of each fresh finding of a paragraph-scoped rule, for storing it in the cache.
  const paragraphOf = new Map<LintMessage, number>();
  const onParagraphFinding = (m: LintMessage, index: number): void => void paragraphOf.set(m, index);
  const fresh: LintMessage[] = [];
  for (const rule of mainRules(run)) checkRule(run, rule, fresh, subset, onParagraphFinding);
  storeParagraphs(run, plan, fresh, paragraphOf, state.paragraphs);
  state.placed = plan.placed;
  const found = plan.messages;
  for (const m of fresh) found.push(m);
  return finishRun(run, found);
}

interface ReusePlan {
  /** Paragraphs whose paragraph-scoped findings must be computed. */
  dirty: Set<number>;
  /** Reused findings of the other paragraphs, already moved to their current place. */
  messages: LintMessage[];
  /** Per dirty, cacheable paragraph: its analyses. */
  store: Map<number, SentenceAnalysis[]>;
  /** Where this run placed each paragraph's findings. */
  placed: PlacedRecords;
}

function planReuse(run: LintRun, cache: ParagraphCache, previous: PlacedRecords | undefined): ReusePlan {
  const { document, source } = run.parsed;
  const sentences: readonly CheckedSentence[] = run.sentences;
  const plan: ReusePlan = { dirty: new Set(), messages: [], store: new Map(), placed: new PlacedRecords(document.paragraphs.length) };
  // `sentences` are sorted by paragraph: take each paragraph's run of sentences [from, to) in turn.
  for (let from = 0; from < sentences.length; ) {
    const index = sentences[from]!.paragraphIndex;
    let to = from;
    // A recommendation heading's criteria come from its whole body (see buildAdviceUnits): never reused.
    let spread = false;
    for (; to < sentences.length && sentences[to]!.paragraphIndex === index; to++) {
      if (sentences[to]!.analysis.advice?.cue === 'recommendation-heading') spread = true;
    }
    const span = { sentences, from, to };
    from = to;
    if (spread) {
      plan.dirty.add(index);
      continue;
    }
    const paragraph = document.paragraphs[index]!;
    // The same paragraph object as last run: its text has not changed, so last run's entry still describes
    // it, whether or not the cache has kept it.
    const last = previous?.get(paragraph, index, document.paragraphs.length);
    const known = last !== undefined;
    const entry = known ? last.entry : cache.get(paragraph.text);
    if (isReusable(entry, paragraph, span, source, known)) {
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
      const shared = samePosition(entry.start, start);
      const moved = shared ? (entry.messages as LintMessage[]) : shiftMessages(entry.messages, entry.start, start);
      for (const m of moved) plan.messages.push(m);
      plan.placed.byIndex[index] = { paragraph, entry, start: copyPosition(start), messages: moved, owned: !shared };
    } else {
      plan.dirty.add(index);
      const analyses: SentenceAnalysis[] = [];
      for (let i = span.from; i < span.to; i++) analyses.push(sentences[i]!.analysis);
      plan.store.set(index, analyses);
    }
  }
  return plan;
}

function storeParagraphs(
  run: LintRun,
  plan: ReusePlan,
  fresh: readonly LintMessage[],
  paragraphOf: ReadonlyMap<LintMessage, number>,
  cache: ParagraphCache,
): void {
  const byParagraph = new Map<number, LintMessage[]>();
  for (const m of fresh) {
    const index = paragraphOf.get(m);
    if (index === undefined) continue;
    const list = byParagraph.get(index);
    if (list) list.push(m);
    else byParagraph.set(index, [m]);
  }
  const { source, document } = run.parsed;
  for (const [index, analyses] of plan.store) {
    const paragraph = document.paragraphs[index]!;
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
      // Copies: the record's own findings are moved in place later, the entry's stay where they were made.
      messages: shiftMessages(mine, start, start),
    };
    cache.set(detachString(paragraph.text), entry);
    plan.placed.byIndex[index] = { paragraph, entry, start: entry.start, messages: mine, owned: true };
  }
}

function samePosition(a: Position, b: Position): boolean {
  return a.offset === b.offset && a.line === b.line && a.column === b.column;
}
