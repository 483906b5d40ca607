import type { Locale } from '@scherp/corpus';
import type { LintMessage, Severity } from '../types.js';

/** The id of the closing finding that stands for the findings left out by `maxFindings`. */
export const TOO_MANY_FINDINGS = 'too-many-findings';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Keeps the first `max` of `sorted` (document order) and, when more were found, closes with one finding at
 * the first one left out that counts them per rule. It carries the highest severity left out, so the exit
 * code a CI job sees is the one all findings would give. `max` 0: no limit.
 */
export function capFindings(sorted: LintMessage[], max: number, locale: Locale): LintMessage[] {
  if (max === 0 || sorted.length <= max) return sorted;
  const omitted = sorted.slice(max);
  const kept = sorted.slice(0, max);
  const perRule = new Map<string, number>();
  let severity: Severity = 'info';
  for (const m of omitted) {
    perRule.set(m.ruleId, (perRule.get(m.ruleId) ?? 0) + 1);
    if (RANK[m.severity] > RANK[severity]) severity = m.severity;
  }
  const first = omitted[0] as LintMessage;
  const counts = [...perRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const number = (n: number) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL');
  const list = counts.map(([id, n]) => `${id} ${number(n)}`).join(', ');
  const message =
    locale === 'en'
      ? `${number(omitted.length)} more findings not shown (at most ${number(max)} per document, setting maxFindings): ${list}.`
      : `Nog ${number(omitted.length)} bevindingen niet getoond (maximaal ${number(max)} per document, instelling maxFindings): ${list}.`;
  const { span } = first;
  kept.push({
    ruleId: TOO_MANY_FINDINGS,
    criterion: 'readability',
    severity,
    message,
    messageId: 'omitted',
    line: span.start.line,
    column: span.start.column,
    endLine: span.start.line,
    endColumn: span.start.column,
    span: { start: { ...span.start }, end: { ...span.start } },
  });
  return kept;
}
