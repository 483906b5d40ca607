/**
 * The API a rule module is written against. Rules only read analyses the engine prepared (they never
 * re-parse text) and report findings through `ctx.report`; the engine locates, localizes, filters
 * (inline directives) and orders them.
 */
import type { Document, Locale, Paragraph, Sentence, SourceSpan } from '@scherp/corpus';
import type { ParsedDocument } from '@scherp/parser';
import type { AdviceCriteria, RuleMeta, SentenceAnalysis, TextEdit, TextMatch } from '../types.js';
import type { Directive } from './directives.js';

/** A prose sentence the engine checks, with its analysis and where it sits in the document. */
export interface CheckedSentence {
  sentence: Sentence;
  paragraph: Paragraph;
  paragraphIndex: number;
  sentenceIndex: number;
  analysis: SentenceAnalysis;
}

/** A match located in a sentence: what document-level findings point at. */
export interface SentenceMatch {
  sentence: CheckedSentence;
  match: TextMatch;
}

/** One advice sentence and the criteria met within its scope (its paragraph, or its whole recommendation). */
export interface AdviceUnit {
  sentence: CheckedSentence;
  /** The words that make it advice. */
  cue: NonNullable<SentenceAnalysis['advice']>;
  criteria: AdviceCriteria;
  /** The only action is to study, explore, evaluate, pilot or talk. */
  deferral: boolean;
  /** At least two of owner/deadline/measurable missing, or only deferral without owner and deadline. */
  vague: boolean;
}

/** Where a finding is: a file span, or a stretch of a sentence (whole sentence when `match` is omitted). */
export type ReportLocation =
  | { span: SourceSpan; sentence?: undefined }
  | { sentence: CheckedSentence; match?: { start: number; end: number }; span?: undefined };

/** A fix offered to the writer; `desc` is a message id of the rule. */
export interface SuggestionDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  fix: TextEdit;
  /** True only when applying it cannot change the meaning (used by "fix all"). */
  safe?: boolean;
}

export type ReportDescriptor = ReportLocation & {
  messageId: string;
  data?: Record<string, string | number>;
  suggestions?: SuggestionDescriptor[];
};

export interface RuleContext {
  readonly parsed: ParsedDocument;
  readonly document: Document;
  readonly locale: Locale;
  /** The rule's options, defaults filled in and validated. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Every checked prose sentence in document order (code, HTML, front matter and excluded quotes left out). */
  readonly sentences: readonly CheckedSentence[];
  /** Advice sentences in document order. */
  readonly advice: readonly AdviceUnit[];
  /** Inline `scherp-…` directives found in HTML comments. */
  readonly directives: readonly Directive[];
  /** For `after-directives` rules: the directives that suppressed at least one finding (empty before). */
  readonly usedDirectives: ReadonlySet<Directive>;
  /** Ids of every known rule, for validating directives. */
  readonly ruleIds: ReadonlySet<string>;
  /**
   * Original-source range `[start, end)` of a stretch of a sentence, or null when that stretch is not one
   * contiguous piece of the source (inline markup or a repaired line break inside): then no edit is safe.
   */
  sourceRange(sentence: CheckedSentence, start: number, end: number): [number, number] | null;
  report(descriptor: ReportDescriptor): void;
  /**
   * Memoises a position-independent computation (e.g. a lexicon scan of a sentence's text). Keys are per rule;
   * derive them from the text only, never from positions: the value may be remembered longer than one lint.
   */
  memo<T>(key: string, compute: () => T): T;
}

export interface RuleModule {
  meta: RuleMeta;
  /**
   * `after-directives` rules run once the other rules' findings have been filtered by the inline directives,
   * so they can see which directives were used. Their own findings cannot be disabled inline.
   */
  phase?: 'main' | 'after-directives';
  /**
   * `paragraph`: the rule's findings in a paragraph depend only on that paragraph (its source text, block kind
   * and sentence analyses). `ctx.sentences` and `ctx.advice` may then hold any set of whole paragraphs, and
   * every finding must lie in one of them (reported with a sentence, a match or a span inside it; anything
   * else throws). Default `document`: the rule always sees the whole document.
   */
  scope?: 'paragraph' | 'document';
  check(ctx: RuleContext): void;
}
