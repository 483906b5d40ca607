import { createHash } from 'node:crypto';
import type { Severity } from '@scherp/linter';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

/** GitLab Code Quality severities: `info`, `minor`, `major`, `critical`, `blocker`. */
const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab's Code Quality report (a subset of the Code Climate format): a JSON array of issues, one per finding
 * (one per rule, as in the other machine formats). GitLab shows them in merge requests when a job publishes the
 * file as `artifacts: reports: codequality`.
 *
 * The fingerprint identifies an issue across commits, so it leaves the line out (lines move when text is
 * added above): file, rule, message and the how-manieth such finding in the file.
 */
export const formatGitlab: Formatter = (results, context) => {
  const issues: unknown[] = [];
  for (const result of results) {
    const path = displayPath(context.cwd, result.filePath);
    const seen = new Map<string, number>();
    for (const m of result.messages) {
      const key = `${path}\u0000${m.ruleId}\u0000${m.message}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      issues.push({
        description: m.message,
        check_name: m.ruleId,
        fingerprint: createHash('md5').update(`${key}\u0000${n}`).digest('hex'),
        severity: SEVERITY[m.severity],
        location: { path, lines: { begin: m.line, end: m.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
