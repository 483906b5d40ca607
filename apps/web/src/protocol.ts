// Messages between the page and its lint worker. Plain data only (structured clone).
import type { Locale } from '@scherp/corpus';
import type { DocxParagraph } from '@scherp/parser';
import type { AdviceCriteria, LintConfig, PresetName, Severity, SeveritySetting } from '@scherp/linter';

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

export interface Finding {
  from: number;
  to: number;
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
  | { type: 'explain'; id: number; locale: Locale; findings: Array<Pick<Finding, 'ruleId' | 'criterion' | 'message'>> }
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
