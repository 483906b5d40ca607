/**
 * Re-lint support: the findings of paragraph-scoped rules in a paragraph depend only on that paragraph's source
 * text, its block kind and its sentences' analyses. When an editor re-lints after a keystroke, every other
 * paragraph is unchanged, so its findings are reused — shifted to where the paragraph now starts — instead of
 * being recomputed, formatted and located again.
 */
import type { Paragraph, Position } from '@scherp/corpus';
import type { LintMessage, SentenceAnalysis } from '../types.js';

export interface CachedParagraph {
  /** The paragraph's exact source text (a detached copy). */
  source: string;
  kind: Paragraph['kind'];
  quoted: boolean;
  /** The analyses the findings were computed from; reuse requires the very same (cached) objects. */
  analyses: readonly SentenceAnalysis[];
  /** Where the paragraph started when the findings were computed (a copy: parsers may move positions in place). */
  start: Position;
  messages: readonly LintMessage[];
}

/**
 * Keyed by the paragraph's reader text (`Paragraph.text`), which for an unchanged paragraph is the very string
 * object of the last run, so the lookup needs no new key string and no hashing; the entry's `source` then
 * confirms the source text is the same (different markup can give the same reader text).
 */
export type ParagraphCache = Map<string, CachedParagraph>;

/** Findings a run returned for a paragraph that started at `start`, from cache entry `entry`. */
export interface PlacedFindings {
  paragraph: Paragraph;
  entry: CachedParagraph;
  /** A copy of the paragraph's start when these findings were placed. */
  start: Position;
  /**
   * The findings. When `owned`, they are this record's own (not the cache entry's), and a later run moves them
   * in place when the paragraph moves; otherwise they are the entry's and a move copies them first.
   */
  messages: LintMessage[];
  owned: boolean;
}

/**
 * One run's PlacedFindings, by paragraph index. The next run looks a paragraph up at its own index (the
 * paragraphs before an edit) and at its index less the change in paragraph count (the paragraphs after it):
 * two array reads, no map of every paragraph. A paragraph found at neither (a new one, or one moved by another
 * amount) is not known: its findings come from the paragraph cache by text, checked against the source.
 */
export class PlacedRecords {
  readonly byIndex: Array<PlacedFindings | undefined>;

  constructor(paragraphs: number) {
    this.byIndex = new Array<PlacedFindings | undefined>(paragraphs).fill(undefined);
  }

  /** The record of `paragraph` (at `index` of a document of `paragraphs` paragraphs now), if this run placed it. */
  get(paragraph: Paragraph, index: number, paragraphs: number): PlacedFindings | undefined {
    const record = this.byIndex[index];
    if (record?.paragraph === paragraph) return record;
    const shift = paragraphs - this.byIndex.length;
    if (shift === 0) return undefined;
    const moved = this.byIndex[index - shift];
    return moved?.paragraph === paragraph ? moved : undefined;
  }
}

/** The paragraph's sentences: `sentences[from, to)`. */
export interface SentenceRun {
  sentences: readonly { analysis: SentenceAnalysis }[];
  from: number;
  to: number;
}

/**
 * True when `entry`'s findings hold for `paragraph`. `knownSource`: the caller knows the paragraph's source
 * text is the entry's (the same paragraph object as when the entry was last used, from a parser that hands out
 * a paragraph again only while its text is unchanged), so the text comparison can be skipped.
 */
export function isReusable(
  entry: CachedParagraph | undefined,
  paragraph: Paragraph,
  run: SentenceRun,
  documentSource: string,
  knownSource = false,
): entry is CachedParagraph {
  if (!entry || entry.kind !== paragraph.kind || entry.quoted !== paragraph.quoted) return false;
  const { start, end } = paragraph.span;
  // slice + === compares memory at once; `startsWith` at an offset walks the characters one by one (≈ 15× slower).
  if (!knownSource) {
    if (entry.source.length !== end.offset - start.offset || documentSource.slice(start.offset, end.offset) !== entry.source) return false;
  }
  if (entry.analyses.length !== run.to - run.from) return false;
  for (let i = run.from; i < run.to; i++) if (entry.analyses[i - run.from] !== run.sentences[i]!.analysis) return false;
  return true;
}

/** A copy of a position: a parser that shares paragraphs between results may move their positions in place. */
export function copyPosition(p: Position): Position {
  return { line: p.line, column: p.column, offset: p.offset };
}

/**
 * `shiftMessages` in place, for findings nobody else holds (a PlacedFindings record's own, `owned`): an edit then
 * allocates nothing for the findings after it.
 */
export function shiftMessagesInPlace(messages: readonly LintMessage[], from: Position, to: Position): void {
  const dOffset = to.offset - from.offset;
  const dLine = to.line - from.line;
  const dColumn = to.column - from.column;
  for (const m of messages) {
    // `end` first: its line decides its column, and `start` may be the same object in a hand-made finding.
    const { start, end } = m.span;
    if (end !== start) movePosition(end, from.line, dOffset, dLine, dColumn);
    movePosition(start, from.line, dOffset, dLine, dColumn);
    m.line = start.line;
    m.column = start.column;
    m.endLine = end.line;
    m.endColumn = end.column;
    if (m.suggestions) {
      for (const s of m.suggestions) {
        s.fix.range[0] += dOffset;
        s.fix.range[1] += dOffset;
      }
    }
  }
}

/** Moves a position of a paragraph whose first line was `firstLine`: columns change on that line only. */
function movePosition(p: Position, firstLine: number, dOffset: number, dLine: number, dColumn: number): void {
  if (p.line === firstLine) p.column += dColumn;
  p.line += dLine;
  p.offset += dOffset;
}

/**
 * Copies of `messages` moved from a paragraph that started at `from` to one that starts at `to`. Offsets and
 * lines shift by the paragraph's move; columns change only on the paragraph's first line (the text of its
 * later lines is identical, so their columns are too). Always copies, so callers may mutate what they get.
 */
export function shiftMessages(messages: readonly LintMessage[], from: Position, to: Position): LintMessage[] {
  const dOffset = to.offset - from.offset;
  const dLine = to.line - from.line;
  const dColumn = to.column - from.column;
  const move = (p: Position): Position => ({
    line: p.line + dLine,
    column: p.line === from.line ? p.column + dColumn : p.column,
    offset: p.offset + dOffset,
  });
  // Built field by field: object spread of these objects takes a slow generic path, and an edit near the top of
  // a large document moves thousands of findings.
  return messages.map((m) => {
    const start = move(m.span.start);
    const end = move(m.span.end);
    const copy: LintMessage = {
      ruleId: m.ruleId,
      criterion: m.criterion,
      severity: m.severity,
      message: m.message,
      messageId: m.messageId,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      span: { start, end },
    };
    if (m.suggestions) {
      copy.suggestions = m.suggestions.map((s) => ({
        desc: s.desc,
        fix: { range: [s.fix.range[0] + dOffset, s.fix.range[1] + dOffset], text: s.fix.text },
        safe: s.safe,
      }));
    }
    return copy;
  });
}
