import pc from 'picocolors';
import type { Severity } from '@scherp/linter';
import { texts } from '../i18n.js';
import { totalsOf } from '../types.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

/** Grouped per file, one aligned line per message and a summary, like ESLint's "stylish". */
export const formatStylish: Formatter = (results, context) => {
  const c = pc.createColors(context.color);
  const t = texts(context.locale);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];

  for (const result of results) {
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((m) => ({
      position: `${m.line}:${m.column}`,
      severity: m.severity,
      label: t.severity[m.severity],
      message: m.message.replace(/\s+/g, ' ').trim(),
      rule: m.ruleId,
    }));
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

  const totals = totalsOf(results);
  const total = totals.errors + totals.warnings + totals.infos;
  if (total === 0) return '';
  const colour = totals.errors > 0 ? c.red : totals.warnings > 0 ? c.yellow : c.blue;
  out.push('', c.bold(colour(`✖ ${t.problems(total, totals.errors, totals.warnings, totals.infos)}`)), '');
  return out.join('\n');
};
