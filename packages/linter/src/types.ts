/**
 * Public contracts of @scherp/linter. Two layers:
 *  - analysis (src/analysis): Dutch sentence analysis, position-independent, cacheable by sentence text;
 *  - engine + rules (src/engine, src/rules): turn analyses into located, configurable messages.
 */
import type { CriterionId, Citation, Localized, Locale, SourceSpan } from '@scherp/corpus';

// ---------------------------------------------------------------------------------------------------------
// Analysis layer
// ---------------------------------------------------------------------------------------------------------

/** A stretch of a sentence's text. Offsets are indices into `Sentence.text` (not the file). */
export interface TextMatch {
  start: number;
  end: number;
  text: string;
}

/** Why a sentence counts as advice. */
export type AdviceCue =
  | 'modal' // moet/moeten/dient/zal/… + infinitive
  | 'er-moet' // "er moet/moeten … worden"
  | 'imperative' // sentence-initial finite verb: "Stel … in", "Zorg voor …"
  | 'performative' // "wij adviseren", "bevelen aan", "verzoekt de regering", "stelt voor"
  | 'importance' // "het is van belang dat …", "het is noodzakelijk dat …"
  | 'recommendation-heading' // a numbered recommendation heading in a bundle
  | 'action-item' // an item without a finite verb that continues a lead-in: "vast te stellen het plan;", "Verbeteren van …"
  | 'decision'; // announced decisions/commitments: "het kabinet besluit …", "wij gaan …"

export interface VagueTermMatch extends TextMatch {
  /** Lexicon entry id (lower case lemma), stable across versions. */
  term: string;
  /** Plainer alternative(s) to offer; empty when the fix is to delete or to be specific. */
  alternatives: string[];
  reason: Localized;
}

export interface SentenceAnalysis {
  /** Number of words (tokens with a letter or digit). */
  wordCount: number;
  advice: TextMatch & { cue: AdviceCue } | null;
  /** The named actor who must act, if any. */
  owner: TextMatch | null;
  /** A date, year, quarter, bounded period or recurring moment. */
  deadline: TextMatch | null;
  /** A number, amount or concrete deliverable/yes-no criterion. */
  measurable: TextMatch | null;
  /** The stated problem or reason ("omdat …", "om … te voorkomen", "het probleem is …"). */
  problem: TextMatch | null;
  /** Who pays or how much money/capacity is allocated. */
  funding: TextMatch | null;
  vagueTerms: VagueTermMatch[];
  /** Buzzwords offered as the answer with no societal goal in the sentence. */
  hype: TextMatch[];
  /** Set when the only action is to study/explore/evaluate/pilot/talk. */
  deferral: TextMatch | null;
  absolutes: TextMatch[];
  /** Passive constructions: the auxiliary through the participle. */
  passives: TextMatch[];
  nominalizations: Array<TextMatch & { alternatives: string[] }>;
  /** Dependence on cloud, a vendor or a platform. */
  dependency: TextMatch | null;
  /** An exit strategy, portability or open-standard safeguard. */
  exitStrategy: TextMatch | null;
}

// ---------------------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------------------

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** The five criteria an advice record reports on. */
export interface AdviceCriteria {
  owner: boolean;
  deadline: boolean;
  measurable: boolean;
  problem: boolean;
  funding: boolean;
}

/** One piece of advice found in a document. Shape is part of the CLI's JSON output: keep it stable. */
export interface AdviceRecord {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  criteria: AdviceCriteria;
  vague: boolean;
}

/** A replacement of `[start, end)` (offsets into the original source) by `text`. Insertions have start = end. */
export interface TextEdit {
  range: [start: number, end: number];
  text: string;
}

export interface Suggestion {
  /** Localized description, already in the configured locale ("Vervang door ‘zorgen dat’"). */
  desc: string;
  fix: TextEdit;
  /** True when applying it cannot change the meaning (safe for "fix all"). */
  safe: boolean;
}

export interface LintMessage {
  ruleId: string;
  criterion: CriterionId;
  severity: Severity;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  span: SourceSpan;
  suggestions?: Suggestion[];
}

export interface LintResult {
  messages: LintMessage[];
  advice: AdviceRecord[];
}

// ---------------------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------------------

export type PresetName = 'recommended' | 'strict';

export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>];

export interface LintConfig {
  extends?: PresetName | PresetName[];
  rules?: Record<string, RuleSetting>;
  locale?: Locale;
  /** Check block quotes (quoted text) for advice. Default true. */
  checkBlockquotes?: boolean;
  /**
   * At most this many findings per document (default 10,000; 0: no limit). Beyond it the first ones in
   * document order are kept and one closing `too-many-findings` note says how many of each rule were left
   * out: hostile or machine-made input can otherwise produce hundreds of thousands. Exit codes still count
   * the severities of every finding kept, and the closing note is an error when an error was left out.
   */
  maxFindings?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Rule API
// ---------------------------------------------------------------------------------------------------------

export interface RuleExample {
  /** Markdown text. */
  text: string;
  /** For flagged examples: how many messages this rule must report on it (default ≥ 1). */
  count?: number;
  options?: Record<string, unknown>;
}

export interface OptionSchema {
  type: 'number' | 'boolean' | 'string' | 'string[]';
  default: unknown;
  description: Localized;
}

export interface RuleMeta {
  /** kebab-case, English, stable. */
  id: string;
  criterion: CriterionId;
  type: 'advice' | 'language' | 'document';
  defaultSeverity: Severity;
  /** Enabled in the `recommended` preset (all rules are on in `strict`). */
  recommended: boolean;
  description: Localized;
  /** Message templates with `{placeholders}`; keys are message ids. */
  messages: Record<string, Localized>;
  options: Record<string, OptionSchema>;
  /** Citations beyond the criterion's own (the criterion's are always included). */
  citations?: Citation[];
  examples: { flagged: RuleExample[]; accepted: RuleExample[] };
}
