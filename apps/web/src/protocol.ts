// Messages between the page and its lint worker. Plain data only (structured clone).
import type { Locale } from '@scherp/corpus';
import type { DocxParagraph } from '@scherp/parser';
import type { AdviceCriteria, AdvicePieceTopic, LintConfig, PresetName, Severity, SeveritySetting } from '@scherp/linter';

/** See `Source` in lint-adapter.ts. */
export interface DocumentSource {
  fileName?: string;
  wordParagraphs?: DocxParagraph[];
}

export interface RuleInfo {
  id: string;
  criterion: string;
  description: Record<Locale, string>;
  /** The rule's setting in each preset. */
  presets: Record<PresetName, SeveritySetting>;
}

export interface FindingSuggestion {
  desc: string;
  /** Offsets into the linted text. */
  from: number;
  to: number;
  text: string;
  safe: boolean;
}

/** What the hover explanation needs of a writer finding's pieces ("Dit advies mist: wie, wanneer"). */
export interface FindingPiece {
  topic: AdvicePieceTopic;
  label: string;
  status: 'missing' | 'open';
  ruleId: string;
  message: string;
}

export interface Finding {
  from: number;
  to: number;
  /** Further words of the same finding (merged language findings), underlined too. */
  related: Array<[from: number, to: number]>;
  pieces?: FindingPiece[];
  severity: Severity;
  ruleId: string;
  criterion: string;
  message: string;
  suggestions: FindingSuggestion[];
}

export interface AdviceView {
  from: number;
  to: number;
  text: string;
  criteria: AdviceCriteria;
  /** Criteria only a placeholder stands for: nog invullen. */
  open: AdvicePieceTopic[];
  vague: boolean;
}

export interface Score {
  advice: number;
  concrete: number;
  /** Per criterion: how many advice meet it. */
  coverage: Record<keyof AdviceCriteria, number>;
}

export type WorkerRequest =
  | { type: 'rules'; id: number }
  | { type: 'lint'; id: number; text: string; config: LintConfig; source: DocumentSource }
  | { type: 'explain'; id: number; locale: Locale; findings: Array<Pick<Finding, 'ruleId' | 'criterion' | 'message' | 'pieces'>> }
  | { type: 'docx'; id: number; name: string; bytes: ArrayBuffer }
  | {
      type: 'export';
      id: number;
      format: 'html' | 'json';
      name: string;
      text: string;
      config: LintConfig;
      source: DocumentSource;
    };

export type WorkerResponse =
  | { type: 'rules'; id: number; rules: RuleInfo[]; maxFileBytes: number }
  | { type: 'lint'; id: number; findings: Finding[]; advice: AdviceView[]; score: Score; ms: number }
  | { type: 'explain'; id: number; markdown: string[] }
  | { type: 'docx'; id: number; text: string; paragraphs: DocxParagraph[]; warnings: string[] }
  | { type: 'export'; id: number; content: string; mime: string }
  | { type: 'error'; id: number; message: string };
