/**
 * The Scherp corpus model: what a parsed policy document looks like.
 *
 * Everything here is plain, JSON-serialisable data so that the CLI can print it, the language server can
 * cache it and tests can compare it. Every piece of text carries a {@link SourceSpan} into the ORIGINAL file
 * (never into repaired or normalised text), so a finding can always be shown where the writer typed it.
 */

/** A point in the original file. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A half-open range `[start, end)` in the original file. */
export interface SourceSpan {
  start: Position;
  end: Position;
}

/**
 * Maps indices in a derived text (inline markup stripped, PDF hyphenation repaired, line breaks joined) back
 * to offsets in the original file. Piecewise linear: each segment `[textIndex, sourceOffset]` says that
 * `textIndex + k` maps to `sourceOffset + k` until the next segment starts. Sorted by `textIndex`, and the
 * first segment always starts at text index 0.
 */
export type OffsetSegment = [textIndex: number, sourceOffset: number];
export type OffsetMap = OffsetSegment[];

/** A bilingual string: Dutch is the default language of everything policy writers read. */
export interface Localized {
  nl: string;
  en: string;
}

export type Locale = keyof Localized;

export interface Sentence {
  /** The sentence as a reader sees it: inline markup removed, hyphenation repaired, whitespace folded. */
  text: string;
  span: SourceSpan;
  /** `text` index → original offset. */
  map: OffsetMap;
}

export type ParagraphKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'table-cell'
  | 'code'
  | 'html'
  | 'front-matter';

/** A block of text: the unit the parser segments into sentences and the linter analyses. */
export interface Paragraph {
  kind: ParagraphKind;
  text: string;
  span: SourceSpan;
  map: OffsetMap;
  sentences: Sentence[];
  /** False for code, HTML, front matter: kept for completeness, never linted as prose. */
  prose: boolean;
  /** Inside a block quote (quoting someone else). */
  quoted: boolean;
  /** Heading level 1–6 for `heading`, list nesting depth (1-based) for `list-item`. */
  depth?: number;
  /** Ordinal of a numbered list item or numbered heading ("3 Maak wetgeving flexibel" → 3). */
  ordinal?: number;
  /** Index into `Document.sections` flattened in document order, or -1 before the first heading. */
  sectionIndex: number;
  /**
   * Set when the parser read this block as plain text instead of as Markdown, because parsing it would cost
   * too much: nesting too deep, too many unclosed inline openers, or a block too large. Markup stays as written.
   */
  fallback?: ParseFallback;
}

/** Why a block was read as plain text (see `Paragraph.fallback`). */
/** Why a block was read as plain text; `not-checked`: the rest of a table over the parser's cell budget, kept as non-prose. */
export type ParseFallback = 'too-deep' | 'too-complex' | 'too-large' | 'not-checked';

export interface Section {
  id: string;
  heading: string;
  level: number;
  span: SourceSpan;
  /** Indices into `Document.paragraphs` of the blocks directly under this heading (not in children). */
  paragraphIndices: number[];
  children: Section[];
}

export interface Theme {
  id: string;
  title: string;
  span?: SourceSpan;
  /** Ids of the contributions filed under this theme. */
  contributionIds: string[];
}

export interface Expert {
  id: string;
  name: string;
  /** Role or affiliation as stated in the document ("hoogleraar …", "CIO van het CBR"). */
  role?: string;
  span?: SourceSpan;
}

/** One expert chapter (or co-authored chapter) of an advice bundle. */
export interface Contribution {
  id: string;
  title: string;
  /** Expert names, in the order the document gives them. */
  experts: string[];
  /** Theme title. */
  theme?: string;
  span: SourceSpan;
  recommendationIds: string[];
}

export interface Recommendation {
  id: string;
  /** The number the document gives it within its contribution (1-based). */
  number: number;
  title: string;
  /** The body text under the recommendation heading, paragraphs joined by blank lines. */
  body: string;
  /** Expert names. */
  authors: string[];
  /** Theme title. */
  theme?: string;
  contribution: string;
  span: SourceSpan;
  /** Indices into `Document.paragraphs`: the heading and the body. */
  paragraphIndices: number[];
}

/** A pull quote ("streamer") lifted out of the running text. */
export interface Quote {
  text: string;
  span: SourceSpan;
  attribution?: string;
}

export interface DocumentMetadata {
  title?: string;
  /** ISO 8601 as written in the front matter. */
  date?: string;
  author?: string;
  tags: string[];
  source?: string;
  /** Any other front matter keys, untouched. */
  extra: Record<string, unknown>;
}

export type DocumentKind = 'markdown' | 'text';

export interface Document {
  /** The file name without directories (the corpus uses file names as ids). */
  id: string;
  title: string;
  kind: DocumentKind;
  path?: string;
  metadata: DocumentMetadata;
  /** Top-level sections; each holds its subsections. */
  sections: Section[];
  /** Every block in document order. */
  paragraphs: Paragraph[];
  themes: Theme[];
  experts: Expert[];
  contributions: Contribution[];
  recommendations: Recommendation[];
  quotes: Quote[];
}

export type CriterionId =
  | 'owner'
  | 'deadline'
  | 'measurable'
  | 'problem'
  | 'funding'
  | 'vague-language'
  | 'hype'
  | 'deferral'
  | 'absolute'
  | 'exit-strategy'
  | 'readability';

/**
 * Where in the corpus a criterion is argued. Always a document id plus either an expert and recommendation
 * number (for the advice bundle) or a section heading; `note` says in our own words what is argued there.
 */
export interface Citation {
  document: string;
  expert?: string;
  recommendation?: number;
  section?: string;
  note?: Localized;
}

export interface Criterion {
  id: CriterionId;
  title: Localized;
  explanation: Localized;
  /** Why it matters: what goes wrong when advice lacks this. */
  reason: Localized;
  /** Short Dutch/English question a writer can ask themselves ("Wie voert dit uit?"). */
  question: Localized;
  citations: Citation[];
}

export interface Corpus {
  documents: Document[];
  criteria: Criterion[];
}
