import type { Paragraph } from '@scherp/corpus';
import { stripTitleOrdinal, titleOrdinal as leadingOrdinal } from '../blocks.js';
import { splitAuthorNames } from './names.js';

/**
 * Reading a table of contents. Tables of contents in converted documents are laid out in lines with
 * tab-separated cells — often TWO columns side by side ("left title, left page, right title, right page") —
 * with bold markup around theme and expert entries. We read lines straight from the source (Markdown folds
 * the tabs away), put the left column of each two-column block before its right column, and classify entries:
 * numbered → recommendation, a list of names → contribution, an entry followed by names → theme, an
 * unnumbered entry after a contribution's names → its title.
 */

export interface TocRecommendation {
  number: number;
  title: string;
}

export interface TocContribution {
  names: string[];
  title?: string;
  theme?: string;
  recommendations: TocRecommendation[];
}

export interface TableOfContents {
  /** Source offsets covered by the table of contents (heading included). */
  start: number;
  end: number;
  themes: string[];
  contributions: TocContribution[];
}

interface Entry {
  title: string;
  page?: number;
  /** Set in bold: tables of contents set themes and experts in bold, titles not. */
  strong: boolean;
}

const TOC_HEADINGS = new Set(['inhoud', 'inhoudsopgave', 'inhoudstafel', 'contents', 'table of contents']);
const PAGE = /^\d{1,4}$/;

export function findTableOfContents(paragraphs: Paragraph[], source: string): TableOfContents | undefined {
  // A heading, or a line of its own ("**Inhoud**", plain text), that says "contents".
  const heading = paragraphs.find(
    (p) =>
      (p.kind === 'heading' || p.kind === 'paragraph') &&
      p.text.length <= 24 &&
      TOC_HEADINGS.has(p.text.toLowerCase().replace(/[:.]$/, '').trim()),
  );
  if (!heading) return undefined;
  const { lines, end } = tocLines(source, heading.span.end.offset);
  const entries = orderEntries(lines);
  if (entries.length < 3) return undefined;
  const toc = classify(entries);
  if (toc.contributions.length === 0) return undefined;
  return { start: heading.span.start.offset, end, ...toc };
}

/** Lines after the heading that look like TOC lines: with a tab or ending in a page number. */
function tocLines(source: string, from: number): { lines: string[]; end: number } {
  const lines: string[] = [];
  let end = from;
  let pos = source.indexOf('\n', from);
  if (pos < 0) return { lines, end };
  pos++;
  let pendingTitle: { line: string; end: number } | undefined;
  while (pos < source.length) {
    let next = source.indexOf('\n', pos);
    if (next < 0) next = source.length;
    const line = source.slice(pos, next).replace(/\r$/, '');
    const tocLike = line.includes('\t') || endsWithPage(line);
    if (line.trim() === '') {
      lines.push('');
    } else if (tocLike) {
      if (pendingTitle) lines.push(pendingTitle.line);
      pendingTitle = undefined;
      lines.push(line);
      end = next;
    } else if (!pendingTitle && line.length <= 120) {
      // A title line without page number is part of the TOC only if a TOC line follows.
      pendingTitle = { line, end: next };
    } else {
      break;
    }
    pos = next + 1;
  }
  return { lines, end };
}

function stripMarkup(cell: string): string {
  return cell
    .replace(/^\s*[-*+•]\s+/, '')
    .replace(/<\/?[a-zA-Z][^>]{0,40}>/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function endsWithPage(line: string): boolean {
  return /\S\s+\d{1,4}\s*\|?$/.test(stripMarkup(line));
}

/** Splits one cell list into (title, page) entries. */
function entriesOf(cells: string[]): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < cells.length; i++) {
    const strong = /<b>|<strong>|\*\*|__/i.test(cells[i] as string);
    const title = stripMarkup(cells[i] as string);
    if (title === '' || PAGE.test(title)) continue;
    const pageCell = cells[i + 1] !== undefined ? stripMarkup(cells[i + 1] as string) : '';
    if (PAGE.test(pageCell)) {
      out.push({ title, page: Number(pageCell), strong });
      i++;
    } else {
      // "Title 12" in one cell (a heading line inside the TOC).
      const m = /^(.*\S)\s+(\d{1,4})$/.exec(title);
      out.push(m && !/^\d+$/.test(m[1] as string) ? { title: m[1] as string, page: Number(m[2]), strong } : { title, strong });
    }
  }
  return out;
}

/** Reading order: blocks separated by blank lines; in a two-column block all left entries come first. */
function orderEntries(lines: string[]): Entry[] {
  const entries: Entry[] = [];
  let block: string[][] = [];
  const flush = () => {
    const twoColumn = block.some((cells) => cells.length >= 3 && cells.slice(2).some((c) => stripMarkup(c) !== ''));
    if (twoColumn) {
      for (const cells of block) entries.push(...entriesOf(cells.slice(0, 2)));
      for (const cells of block) entries.push(...entriesOf(cells.slice(2)));
    } else {
      for (const cells of block) entries.push(...entriesOf(cells));
    }
    block = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else block.push(cellsOf(line));
  }
  flush();
  return entries;
}

/** Cells of a TOC line: tab-separated, a Markdown table row, or "Title ........ 12" with dot leaders. */
function cellsOf(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  const trimmed = line.trim();
  if (trimmed.startsWith('|') && trimmed.endsWith('|')) {
    const cells = trimmed.slice(1, -1).split('|');
    return cells.every((c) => /^\s*:?-+:?\s*$/.test(c)) ? [] : cells;
  }
  const leader = /^(.*?\S)\s*(?:\.\s?){3,}\s*(\d{1,4})\s*$/.exec(trimmed);
  return leader ? [leader[1] as string, leader[2] as string] : [line];
}

function classify(entries: Entry[]): Omit<TableOfContents, 'start' | 'end'> {
  const themes: string[] = [];
  const contributions: TocContribution[] = [];
  let theme: string | undefined;
  let current: TocContribution | undefined;
  const usesBold = entries.some((e) => e.strong);
  const names = entries.map((e) =>
    leadingOrdinal(e.title) === undefined && (e.strong || !usesBold) ? splitAuthorNames(e.title) : undefined,
  );
  entries.forEach((entry, i) => {
    const ordinal = leadingOrdinal(entry.title);
    if (ordinal !== undefined) {
      if (!current) return;
      const last = current.recommendations[current.recommendations.length - 1];
      // Only the contribution's own sequence: sub-items restart or jump.
      if (last === undefined || ordinal === last.number + 1) {
        current.recommendations.push({ number: ordinal, title: stripTitleOrdinal(entry.title) });
      }
      return;
    }
    const untitled = current !== undefined && current.title === undefined && current.recommendations.length === 0;
    const nextIsNumbered = entries[i + 1] !== undefined && leadingOrdinal((entries[i + 1] as Entry).title) !== undefined;
    const authorNames = names[i];
    if (authorNames && !(untitled && nextIsNumbered)) {
      current = { names: authorNames, recommendations: [] };
      if (theme !== undefined) current.theme = theme;
      contributions.push(current);
      return;
    }
    if (names[i + 1] !== undefined && !untitled) {
      theme = entry.title.replace(/[:.]$/, '');
      themes.push(theme);
      current = undefined;
      return;
    }
    if (current && untitled) current.title = entry.title;
  });
  return { themes, contributions };
}
