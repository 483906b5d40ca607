import type { SourceSpan } from '@scherp/corpus';
import type { AdviceRecord, LintMessage } from '@scherp/linter';

/**
 * The lint result of one file. Shared by every formatter and by `renderReport` (src/report), so its
 * shape is part of the CLI's programmatic API: extend it, never rename fields.
 */
export interface FileResult {
  /** Absolute path of the file (for `--stdin`: the `--stdin-filename` resolved against the cwd). */
  filePath: string;
  /** Document title as the parser found it (front matter, first heading or file name). */
  title: string;
  messages: LintMessage[];
  advice: AdviceRecord[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /**
   * Where advice sentences form one advice (numbered recommendations and list items, from `adviceScopes`):
   * what the stylish output groups by. Not part of the JSON output.
   */
  scopes?: SourceSpan[];
}

/** Totals over a whole run, used for the summary line and the exit code. */
export interface RunTotals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function totalsOf(results: readonly FileResult[]): RunTotals {
  const totals: RunTotals = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const r of results) {
    totals.errors += r.errorCount;
    totals.warnings += r.warningCount;
    totals.infos += r.infoCount;
  }
  return totals;
}

/** Builds a FileResult, counting severities once so formatters need not. */
export function fileResult(filePath: string, title: string, messages: LintMessage[], advice: AdviceRecord[]): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { filePath, title, messages, advice, errorCount, warningCount, infoCount };
}
