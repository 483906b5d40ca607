import type { Severity } from '@scherp/linter';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command escaping (as in @actions/core): data escapes %, CR and LF; properties also `:` and `,`. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::warning file=…,line=…::message` lines that GitHub Actions turns into annotations on the diff. */
export const formatGithub: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = displayPath(context.cwd, result.filePath);
    for (const m of result.messages) {
      const properties = [
        ['file', file],
        ['line', String(m.line)],
        ['col', String(m.column)],
        ['endLine', String(m.endLine)],
        ['endColumn', String(m.endColumn)],
        ['title', `scherp/${m.ruleId}`],
      ]
        .map(([key, value]) => `${key}=${escapeProperty(value as string)}`)
        .join(',');
      lines.push(`::${COMMAND[m.severity]} ${properties}::${escapeData(m.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
