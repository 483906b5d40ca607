import { rules } from '@scherp/linter';
import type { CommandContext } from '../context.js';
import { texts } from '../i18n.js';

/** `--list-rules`: every rule with its criterion, default severity and description, as a table or JSON. */
export function listRules(context: CommandContext, json: boolean): string {
  const { locale } = context;
  const t = texts(locale);
  const rows = rules.map(({ meta }) => ({
    id: meta.id,
    criterion: meta.criterion,
    defaultSeverity: meta.defaultSeverity,
    recommended: meta.recommended,
    description: meta.description[locale],
  }));
  if (json) return `${JSON.stringify(rows, null, 2)}\n`;
  const header = [t.columns.rule, t.columns.criterion, t.columns.severity, t.columns.recommended, t.columns.description];
  const body = rows.map((r) => [r.id, r.criterion, t.severity[r.defaultSeverity], r.recommended ? '✓' : '', r.description]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...body.map(line)].join('\n')}\n`;
}
