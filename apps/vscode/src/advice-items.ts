/**
 * What the "Adviezen" tree shows, as plain data so it can be tested without VS Code.
 * The tree view turns these into TreeItems.
 */
import type { AdviceRecord } from '@scherp/linter';
import { CRITERIA, strings, type Criterion, type Locale } from './i18n.js';

/** The server's advice record (1-based lines and columns, as in the CLI's JSON output). */
export type { AdviceRecord };

/** A 0-based range, as VS Code wants it. */
export interface ZeroBasedRange {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

export interface CriterionRow {
  criterion: Criterion;
  met: boolean;
  /** Only a placeholder ("[wie?]") stands for it: nog invullen. Never counts as met. */
  open: boolean;
  /** "✓ wie" / "✗ wanneer" / "… wanneer" (nog invullen). */
  label: string;
}

export interface AdviceItem {
  label: string;
  /** Compact criteria overview shown after the label: "✓ wie ✗ wanneer …". */
  description: string;
  tooltip: string;
  vague: boolean;
  range: ZeroBasedRange;
  criteria: CriterionRow[];
}

const LABEL_MAX = 60;

export function mark(met: boolean, open = false): string {
  return met ? '✓' : open ? '…' : '✗';
}

/** Collapses whitespace and shortens on a word boundary so the tree stays one line per advice. */
export function shorten(text: string, max = LABEL_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function toZeroBased(record: Pick<AdviceRecord, 'line' | 'column' | 'endLine' | 'endColumn'>): ZeroBasedRange {
  return {
    startLine: Math.max(0, record.line - 1),
    startCharacter: Math.max(0, record.column - 1),
    endLine: Math.max(0, record.endLine - 1),
    endCharacter: Math.max(0, record.endColumn - 1),
  };
}

/** The server's record; `open` lists criteria only a placeholder stands for (servers before 0.2 leave it out). */
export type TreeAdviceRecord = AdviceRecord & { open?: readonly string[] };

export function adviceItem(record: TreeAdviceRecord, locale: Locale): AdviceItem {
  const t = strings(locale);
  const criteria = CRITERIA.map((criterion) => {
    const met = record.criteria[criterion] === true;
    const open = !met && (record.open ?? []).includes(criterion);
    return { criterion, met, open, label: `${mark(met, open)} ${t.criterion[criterion]}` };
  });
  const description = criteria.map((row) => row.label).join(' ');
  const verdict = record.vague ? t.vague : t.concrete;
  const openNote = criteria.some((row) => row.open)
    ? `\n${t.openTasks}: ${criteria.filter((row) => row.open).map((row) => t.criterion[row.criterion]).join(', ')}`
    : '';
  return {
    label: shorten(record.text),
    description,
    tooltip: `${record.text.replace(/\s+/g, ' ').trim()}\n\n${verdict}: ${description}${openNote}`,
    vague: record.vague,
    range: toZeroBased(record),
    criteria,
  };
}

/** Items in document order; the server already sends them that way, but the tree must not depend on it. */
export function adviceItems(records: readonly TreeAdviceRecord[], locale: Locale): AdviceItem[] {
  return [...records]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((record) => adviceItem(record, locale));
}
