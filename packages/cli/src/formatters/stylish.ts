import pc from 'picocolors';
import type { Severity } from '@scherp/linter';
import { groupForWriters } from '@scherp/linter';
import { texts } from '../i18n.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

/**
 * Grouped per file, one aligned line per finding and a summary, like ESLint's "stylish". Shows the writer's
 * view (`groupForWriters`): the missing pieces of one advice are one line ("Dit advies mist: wie, wanneer, …"),
 * and several words of one rule in one sentence are one line. Machine formats keep one result per rule.
 */
export const formatStylish: Formatter = (results, context) => {
  const c = pc.createColors(context.color);
  const t = texts(context.locale);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  const totals = { errors: 0, warnings: 0, infos: 0 };

  for (const result of results) {
    if (result.messages.length === 0) continue;
    const findings = groupForWriters(result, { locale: context.locale, ...(result.scopes ? { scopes: result.scopes } : {}) });
    const rows = findings.map((m) => {
      const ruleIds = [...new Set(m.parts.map((p) => p.ruleId))];
      if (m.severity === 'error') totals.errors++;
      else if (m.severity === 'warning') totals.warnings++;
      else totals.infos++;
      return {
        position: `${m.line}:${m.column}`,
        severity: m.severity,
        label: t.severity[m.severity],
        message: m.message.replace(/\s+/g, ' ').trim(),
        rule: ruleIds.length > 1 ? `${m.ruleId} +${ruleIds.length - 1}` : m.ruleId,
      };
    });
    const positionWidth = rows.reduce((w, r) => Math.max(w, r.position.length), 0);
    const labelWidth = rows.reduce((w, r) => Math.max(w, r.label.length), 0);
    const messageWidth = rows.reduce((w, r) => Math.max(w, r.message.length), 0);
    out.push('', c.underline(displayPath(context.cwd, result.filePath)));
    for (const r of rows) {
      out.push(
        `  ${c.dim(r.position.padEnd(positionWidth))}  ${paint[r.severity](r.label.padEnd(labelWidth))}  ${r.message.padEnd(messageWidth)}  ${c.dim(r.rule)}`,
      );
    }
  }

  const total = totals.errors + totals.warnings + totals.infos;
  if (total === 0) return '';
  const colour = totals.errors > 0 ? c.red : totals.warnings > 0 ? c.yellow : c.blue;
  out.push('', c.bold(colour(`✖ ${t.problems(total, totals.errors, totals.warnings, totals.infos)}`)), '');
  return out.join('\n');
};
