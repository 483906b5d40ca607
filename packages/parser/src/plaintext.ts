import type { RawBlock } from './blocks.js';
import { decideHyphen, fragmentBefore, wordAt } from './hyphenation.js';
import { TextBuilder } from './text-builder.js';

/**
 * Plain text, including text extracted from PDF: blank lines separate paragraphs, broken lines inside a
 * paragraph are joined, line-end and mid-line hyphenation artefacts are repaired, and a few clear headings
 * (ALL CAPS lines, short indented title lines) are recognised. Every character keeps its original offset.
 */

interface Line {
  /** Offsets in the source of the first and past-the-last non-blank character. */
  start: number;
  end: number;
  /** Offset of the first character of the line (for indentation). */
  lineStart: number;
}

interface Group {
  lines: Line[];
  /** Marker length (bullet or number) to skip on the first line. */
  marker: number;
  ordinal?: number;
  bullet: boolean;
}

const BULLET = /^(?:[-*•·▪◦–]|(\d{1,3})[.)])[ \t]+(?=\S)/;
const TERMINAL = /[.!?:;…"”’)\]]$/u;

export function plainTextBlocks(source: string, base = 0): RawBlock[] {
  const groups = groupLines(source);
  const blocks: RawBlock[] = [];
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as Group;
    const built = buildText(source, group, base);
    if (built.text.length === 0) continue;
    const first = group.lines[0] as Line;
    const last = group.lines[group.lines.length - 1] as Line;
    const block: RawBlock = {
      kind: group.bullet ? 'list-item' : 'paragraph',
      text: built.text,
      map: built.map,
      start: first.start + base,
      end: last.end + base,
      prose: true,
      quoted: false,
    };
    if (group.bullet) block.depth = 1;
    if (group.ordinal !== undefined) block.ordinal = group.ordinal;
    if (!group.bullet) {
      const depth = headingDepth(group, built.text, groups[g + 1]);
      if (depth !== undefined) {
        block.kind = 'heading';
        block.depth = depth;
      }
    }
    blocks.push(block);
  }
  return blocks;
}

function groupLines(source: string): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let blankRun = 0;
  let i = 0;
  const n = source.length;
  while (i <= n) {
    // One line: [lineStart, lineEnd), then skip the break (\n, \r\n or \r).
    const lineStart = i;
    while (i < n && source[i] !== '\n' && source[i] !== '\r') i++;
    const lineEnd = i;
    if (i < n && source[i] === '\r' && source[i + 1] === '\n') i += 2;
    else i++;
    let s = lineStart;
    while (s < lineEnd && isBlank(source[s] as string)) s++;
    let e = lineEnd;
    while (e > s && isBlank(source[e - 1] as string)) e--;
    if (s === e) {
      blankRun++;
      continue;
    }
    const line: Line = { start: s, end: e, lineStart };
    const content = source.slice(s, Math.min(e, s + 12));
    const bullet = BULLET.exec(content);
    const prev = current?.lines[current.lines.length - 1];
    const joins =
      current !== undefined &&
      !bullet &&
      (blankRun === 0 || (blankRun === 1 && !current.bullet && continuesAcrossBlank(source, prev as Line, line)));
    if (joins && current) {
      current.lines.push(line);
    } else {
      current = { lines: [line], marker: bullet ? bullet[0].length : 0, bullet: bullet !== null };
      if (bullet?.[1] !== undefined) current.ordinal = Number(bullet[1]);
      groups.push(current);
    }
    blankRun = 0;
  }
  return groups;
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v' || ch === '\u00a0';
}

/**
 * Extracted magazine text is often double spaced: a blank line after every line. A blank line does not end
 * the paragraph when the line before ends in a broken word ("ontwikke-") or without closing punctuation
 * while the next line continues in lower case.
 */
function continuesAcrossBlank(source: string, prev: Line, next: Line): boolean {
  const last = source[prev.end - 1] as string;
  const first = source[next.start] as string;
  if (!/\p{Ll}/u.test(first)) return false;
  if (last === '-' && /\p{L}/u.test(source[prev.end - 2] ?? '')) return true;
  return /[\p{L}\d,]/u.test(last);
}

function buildText(source: string, group: Group, base: number): { text: string; map: RawBlock['map'] } {
  const first = group.lines[0] as Line;
  const b = new TextBuilder(first.start + base);
  group.lines.forEach((line, index) => {
    const from = index === 0 ? line.start + group.marker : line.start;
    const nextLine = group.lines[index + 1];
    let to = line.end;
    let joinDecision: ReturnType<typeof decideHyphen> | undefined;
    if (nextLine && source[to - 1] === '-' && /[\p{L}\d]/u.test(source[to - 2] ?? '')) {
      joinDecision = decideHyphen(fragmentBefore(source, to - 1), wordAt(source, nextLine.start));
      if (joinDecision === 'join') to--; // drop the hyphen
    }
    pushLine(source, from, to, b, base);
    if (!nextLine) return;
    if (joinDecision === 'join' || joinDecision === 'keep-hyphen') return; // glue to the next line
    b.space(to + base);
  });
  return b.finish();
}

/** Pushes one line, repairing "commis- sie" style breaks that an earlier extraction turned into spaces. */
function pushLine(source: string, from: number, to: number, b: TextBuilder, base: number): void {
  for (let i = from; i < to; i++) {
    const ch = source[i] as string;
    if (ch === '-' && source[i + 1] === ' ' && i + 2 < to && /\p{Ll}/u.test(source[i - 1] ?? '')) {
      const before = fragmentBefore(source, i);
      if (before.length >= 2 && decideHyphen(before, wordAt(source, i + 2)) === 'join') {
        i++; // skip hyphen and the single space
        continue;
      }
    }
    b.push(ch, i + base);
  }
}

/** Conservative heading detection: 1 for ALL CAPS lines, 2 for short indented title lines. */
function headingDepth(group: Group, text: string, next: Group | undefined): number | undefined {
  if (text.length > 80 || group.lines.length > 3) return undefined;
  const words = text.split(' ').length;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= 3 && words <= 10 && !/\p{Ll}/u.test(text)) return 1;
  if (group.lines.length !== 1 || text.length > 60 || words > 8) return undefined;
  const line = group.lines[0] as Line;
  const indented = line.start - line.lineStart >= 2;
  if (!indented || !/^\p{Lu}/u.test(text) || TERMINAL.test(text) || text.endsWith(',')) return undefined;
  if (!next || next.bullet) return undefined;
  const nextLength = (next.lines[next.lines.length - 1] as Line).end - (next.lines[0] as Line).start;
  return nextLength >= 80 ? 2 : undefined;
}
