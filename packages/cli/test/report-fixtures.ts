// Hand-made lint results for the report tests: small, explicit, and independent of the rules' heuristics.
import type { CriterionId } from '@scherp/corpus';
import type { AdviceCriteria, AdviceRecord, LintMessage, Severity } from '@scherp/linter';

const NONE: AdviceCriteria = { owner: false, deadline: false, measurable: false, problem: false, funding: false };

export function advice(line: number, text: string, met: Partial<AdviceCriteria> = {}, vague = false): AdviceRecord {
  return { line, column: 1, endLine: line, endColumn: text.length + 1, text, criteria: { ...NONE, ...met }, vague };
}

export function message(
  line: number,
  ruleId: string,
  criterion: CriterionId,
  text: string,
  severity: Severity = 'warning',
): LintMessage {
  const offset = line * 100;
  return {
    ruleId,
    criterion,
    severity,
    message: text,
    messageId: 'default',
    line,
    column: 3,
    endLine: line,
    endColumn: 10,
    span: { start: { line, column: 3, offset }, end: { line, column: 10, offset: offset + 7 } },
  };
}
