import type { AdviceCriteria, AdviceRecord, LintMessage, Severity } from '@scherp/linter';

export type AdviceCriterionId = keyof AdviceCriteria;

/** The five criteria of concrete advice, in the order a writer answers them. */
export const ADVICE_CRITERIA: readonly AdviceCriterionId[] = ['owner', 'deadline', 'measurable', 'problem', 'funding'];

export interface CriterionCoverage {
  criterion: AdviceCriterionId;
  met: number;
  /** met / total advice; null when there is no advice (a share of nothing is not 0 %). */
  share: number | null;
}

export interface RunStats {
  documents: number;
  advice: number;
  vague: number;
  vagueShare: number | null;
  coverage: CriterionCoverage[];
  findings: number;
  bySeverity: Record<Severity, number>;
}

export function computeStats(results: ReadonlyArray<{ messages: readonly LintMessage[]; advice: readonly AdviceRecord[] }>): RunStats {
  const advice = results.flatMap((r) => r.advice);
  const messages = results.flatMap((r) => r.messages);
  const share = (n: number) => (advice.length === 0 ? null : n / advice.length);
  const vague = advice.filter((a) => a.vague).length;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const m of messages) bySeverity[m.severity]++;
  return {
    documents: results.length,
    advice: advice.length,
    vague,
    vagueShare: share(vague),
    coverage: ADVICE_CRITERIA.map((criterion) => {
      const met = advice.filter((a) => a.criteria[criterion]).length;
      return { criterion, met, share: share(met) };
    }),
    findings: messages.length,
    bySeverity,
  };
}
