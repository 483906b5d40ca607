import type { AdviceRecord, LintMessage, LintResult } from '@scherp/linter';

/** The CLI's per-file result shape (`FileResult` in @scherp/cli), which its HTML report renders. */
export interface FileResult {
  filePath: string;
  title: string;
  messages: LintMessage[];
  advice: AdviceRecord[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export function toFileResults(
  checked: ReadonlyArray<{ uri: { fsPath: string }; title: string; result: LintResult }>,
): FileResult[] {
  return checked.map(({ uri, title, result }) => {
    const count = (severity: string) => result.messages.filter((m) => m.severity === severity).length;
    return {
      filePath: uri.fsPath,
      title,
      messages: result.messages,
      advice: result.advice,
      errorCount: count('error'),
      warningCount: count('warning'),
      infoCount: count('info'),
    };
  });
}
