import type { ParseFallback } from '@scherp/corpus';
import type { RawBlock } from './blocks.js';
import { TextBuilder } from './text-builder.js';

/**
 * Guards in front of micromark. micromark is super-linear on some inputs — deep container nesting (every line
 * re-checks every open container), runs of emphasis, bracket, backtick and `<` openers without closers (each
 * looks back or ahead through the rest of its paragraph), and it needs about a kilobyte of memory per token.
 * Before a chunk goes to it, one linear pass over the chunk measures what makes it expensive; a chunk over a
 * limit is split at item boundaries or, when that cannot help, read as plain text (`plainReading`) and marked
 * with the reason, which the linter reports as an info finding. A pure function of the chunk's text, so the
 * incremental parser, which parses chunk by chunk, decides the same as a full parse.
 */
export type FallbackReason = ParseFallback;

export const GUARD_LIMITS = {
  /** Open containers (block quotes, list items, indentation levels) on one line. */
  depth: 24,
  /** Inline openers (emphasis, bracket, backtick and `<` runs) in one stretch of inline text. */
  segmentOpeners: 1500,
  /** Openers × characters of one stretch of inline text: the cost of an opener that scans the rest. */
  segmentCost: 30_000_000,
  /** Characters of one micromark run; a larger chunk is split at item boundaries or read as plain text. */
  runChars: 48 * 1024,
  /** Tokens (openers and table pipes) of one micromark run: bounds its memory. */
  runTokens: 12_000,
  /**
   * Cells of one table read as plain text. A table past it is data rather than advice, and each cell costs
   * the linter a sentence analysis: the rows after it become one non-prose block (`not-checked`).
   */
  tableCells: 10_000,
} as const;

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

export interface ChunkCost {
  /** Why the chunk cannot go to micromark as it is, if it cannot. */
  reason: FallbackReason | undefined;
  /** Tokens counted (openers and pipes). */
  tokens: number;
}

/** True for a chunk of only whitespace: it has no blocks, and micromark would still build a token per line. */
export function isBlank(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c !== SPACE && c !== TAB && c !== LF && c !== CR) return false;
  }
  return true;
}

/**
 * True when every line of the chunk is only container markers (`>`, list markers, indentation) and at most
 * a thematic break: such a chunk has no readable text (empty quotes and items, rules), however many lines.
 */
export function isTextless(source: string, start: number, end: number): boolean {
  let pos = start;
  while (pos < end) {
    let at = pos;
    for (;;) {
      const c = source.charCodeAt(at);
      if (at >= end || c === LF || c === CR) break;
      if (c === SPACE || c === TAB || c === 62) at++;
      else {
        const marker = listMarkerEnd(source, at, end);
        if (marker < 0 || marker === at) break;
        at = marker;
      }
    }
    const eol = lineEnd(source, at, end);
    if (at < eol && !isThematicBreak(source, at, eol)) return false;
    pos = nextLineStart(source, eol, end);
  }
  return true;
}

function isThematicBreak(source: string, from: number, to: number): boolean {
  const c = source.charCodeAt(from);
  if (c !== 45 && c !== 42 && c !== 95) return false;
  let count = 0;
  for (let i = from; i < to; i++) {
    const d = source.charCodeAt(i);
    if (d === c) count++;
    else if (d !== SPACE && d !== TAB) return false;
  }
  return count >= 3;
}

/** Measures `source[start, end)` in one pass (see the module comment). */
export function measureChunk(source: string, start: number, end: number): ChunkCost {
  let tokens = 0;
  let segmentOpeners = 0;
  let segmentStart = start;
  let pos = start;
  let reason: FallbackReason | undefined;
  // Inside fenced code nothing is markup: its lines only need watching for the closing fence.
  let fence: { char: number; quotes: number } | undefined;
  while (pos < end) {
    if (fence) {
      let at = pos;
      let quotes = 0;
      while (at < end && (source.charCodeAt(at) === SPACE || (source.charCodeAt(at) === 62 && quotes < fence.quotes))) {
        if (source.charCodeAt(at) === 62) quotes++;
        at++;
      }
      const c = source.charCodeAt(at);
      if (c === fence.char && source.charCodeAt(at + 1) === c && source.charCodeAt(at + 2) === c) fence = undefined;
      pos = nextLineStart(source, lineEnd(source, at, end), end);
      continue;
    }
    let eol = pos;
    // Container prefix: indentation, `>` and list markers, nested.
    let depth = 0;
    let spaces = 0;
    let listItem = false;
    let at = pos;
    for (;;) {
      const c = source.charCodeAt(at);
      if (c === SPACE) {
        spaces++;
        at++;
      } else if (c === TAB) {
        spaces += 4;
        at++;
      } else if (c === 62 /* > */) {
        depth++;
        at++;
      } else if (c === 91 && source.charCodeAt(at + 1) === 94 /* [^ */) {
        // A footnote definition contains blocks, and may open another one on the same line.
        let close = at + 2;
        while (close < end && close - at < 1000 && !(source.charCodeAt(close) === 93 && source.charCodeAt(close + 1) === 58)) {
          const d = source.charCodeAt(close);
          if (d === LF || d === CR) break;
          close++;
        }
        if (source.charCodeAt(close) !== 93 || source.charCodeAt(close + 1) !== 58) break;
        depth++;
        at = close + 2;
      } else {
        const marker = listMarkerEnd(source, at, end);
        if (marker < 0) break;
        depth++;
        listItem = true;
        at = marker;
      }
      if (at >= end) break;
    }
    depth += spaces >> 1;
    if (depth > GUARD_LIMITS.depth) return { reason: 'too-deep', tokens };
    const first = source.charCodeAt(at);
    if ((first === 96 || first === 126) && source.charCodeAt(at + 1) === first && source.charCodeAt(at + 2) === first && !(first === 96 && backtickInInfo(source, at, end))) {
      let quotes = 0;
      for (let i = pos; i < at; i++) if (source.charCodeAt(i) === 62) quotes++;
      fence = { char: first, quotes };
      pos = nextLineStart(source, lineEnd(source, at, end), end);
      continue;
    }
    eol = at;
    let blank = true;
    while (eol < end) {
      const c = source.charCodeAt(eol);
      if (c === LF || c === CR) break;
      if (c !== SPACE && c !== TAB) blank = false;
      eol++;
    }
    if (blank || listItem) {
      if (segmentOpeners * (pos - segmentStart) > GUARD_LIMITS.segmentCost) reason = 'too-complex';
      segmentOpeners = 0;
      segmentStart = pos;
    }
    // Openers: a run of one of these characters counts once.
    let previous = -1;
    for (let i = at; i < eol; i++) {
      const c = source.charCodeAt(i);
      if (c === 42 || c === 95 || c === 96 || c === 126 || c === 91 || c === 93 || c === 60 || c === 40) {
        if (c !== previous || c === 91 || c === 93 || c === 60 || c === 40) {
          segmentOpeners++;
          tokens++;
        }
      } else if (c === 124 /* | */) {
        tokens++;
      }
      previous = c;
    }
    if (segmentOpeners > GUARD_LIMITS.segmentOpeners) reason = 'too-complex';
    pos = eol;
    if (pos < end && source.charCodeAt(pos) === CR) pos++;
    if (pos < end && source.charCodeAt(pos) === LF) pos++;
  }
  if (segmentOpeners * (end - segmentStart) > GUARD_LIMITS.segmentCost) reason = 'too-complex';
  return { reason, tokens };
}

/** A backtick fence's info string may not hold a backtick: "```a` b```" is inline code, not a fence. */
function backtickInInfo(source: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && source.charCodeAt(i) === 96) i++;
  const eol = lineEnd(source, i, end);
  return source.slice(i, eol).includes('`');
}

/** Where the text after a list marker ("-", "*", "+", "12.", "3)") at `at` starts, or -1 when there is none. */
function listMarkerEnd(source: string, at: number, end: number): number {
  const c = source.charCodeAt(at);
  let i = at;
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    while (i < end && i - at < 9 && source.charCodeAt(i) >= 48 && source.charCodeAt(i) <= 57) i++;
    if (i === at) return -1;
    const d = source.charCodeAt(i);
    if (d !== 46 && d !== 41) return -1;
    i++;
  }
  if (i >= end) return i;
  const after = source.charCodeAt(i);
  if (after === SPACE || after === TAB) return i + 1;
  return after === LF || after === CR ? i : -1;
}

/**
 * Cuts an oversized chunk before lines that start an item or a heading in column 0, into pieces of about
 * `GUARD_LIMITS.runChars` (a list split there keeps every item and its number). Undefined when the chunk has
 * no such lines, or is a table, whose rows lose their table without its header.
 */
export function splitOversized(source: string, start: number, end: number): { start: number; end: number }[] | undefined {
  if (looksLikeTable(source, start, end)) return undefined;
  const pieces: { start: number; end: number }[] = [];
  let pieceStart = start;
  let pos = start;
  let fence = false;
  while (pos < end) {
    let eol = pos;
    while (eol < end && source.charCodeAt(eol) !== LF && source.charCodeAt(eol) !== CR) eol++;
    const c = source.charCodeAt(pos);
    if ((c === 96 || c === 126) && source.startsWith(c === 96 ? '```' : '~~~', pos)) fence = !fence;
    if (!fence && pos - pieceStart >= GUARD_LIMITS.runChars / 2 && (c === 35 || listMarkerEnd(source, pos, eol) >= 0)) {
      pieces.push({ start: pieceStart, end: pos });
      pieceStart = pos;
    }
    pos = eol;
    if (pos < end && source.charCodeAt(pos) === CR) pos++;
    if (pos < end && source.charCodeAt(pos) === LF) pos++;
  }
  pieces.push({ start: pieceStart, end });
  return pieces.every((p) => p.end - p.start <= GUARD_LIMITS.runChars * 2) ? pieces : undefined;
}

/** A pipe in the first line and a delimiter row of dashes, colons and pipes as the second. */
function looksLikeTable(source: string, start: number, end: number): boolean {
  const first = lineEnd(source, start, end);
  const pipe = source.slice(start, first).indexOf('|');
  if (pipe < 0) return false;
  const second = first < end ? nextLineStart(source, first, end) : end;
  return /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/.test(source.slice(second, Math.min(lineEnd(source, second, end), second + 4096)));
}

function lineEnd(source: string, at: number, end: number): number {
  while (at < end && source.charCodeAt(at) !== LF && source.charCodeAt(at) !== CR) at++;
  return at;
}

function nextLineStart(source: string, eol: number, end: number): number {
  let at = eol;
  if (at < end && source.charCodeAt(at) === CR) at++;
  if (at < end && source.charCodeAt(at) === LF) at++;
  return at;
}

/**
 * A plain-text reading of `source[start, end)` in one pass, for a chunk micromark must not see: container
 * markers (`>`, list markers, indentation) are stripped, fenced code and HTML comments stay non-prose (so
 * directives in them still work), table rows become cells, `#` lines headings, and the other lines,
 * separated by blank lines, paragraphs. Inline markup stays as written. Every block carries `reason`.
 */
export function plainReading(source: string, start: number, end: number, reason: FallbackReason): RawBlock[] {
  const out: RawBlock[] = [];
  const table = looksLikeTable(source, start, end);
  let paragraph: { builder: TextBuilder; start: number; end: number; quoted: boolean; item: boolean } | undefined;
  let raw: { kind: 'code' | 'html'; start: number; closedAt: number } | undefined;
  const flush = () => {
    if (!paragraph) return;
    const b = paragraph.builder.finish();
    if (b.text.length > 0) {
      const block: RawBlock = { kind: paragraph.item ? 'list-item' : 'paragraph', text: b.text, map: b.map, start: paragraph.start, end: paragraph.end, prose: true, quoted: paragraph.quoted, fallback: reason };
      if (paragraph.item) block.depth = 1;
      out.push(block);
    }
    paragraph = undefined;
  };
  const rawBlock = (kind: 'code' | 'html', from: number, to: number, why = reason) => {
    const builder = new TextBuilder(from, false);
    builder.pushRun(source, from, to, from);
    const b = builder.finish();
    out.push({ kind, text: b.text, map: b.map, start: from, end: to, prose: false, quoted: false, fallback: why });
  };
  let pos = start;
  let row = 0;
  let cellCount = 0;
  let nextClose = -2;
  while (pos < end) {
    const eol = lineEnd(source, pos, end);
    const next = nextLineStart(source, eol, end);
    row++;
    if (raw) {
      // One search for the comment's end, not one per line.
      if (raw.kind === 'html' && raw.closedAt < pos) raw.closedAt = source.indexOf('-->', pos) >>> 0;
      const closed = raw.closedAt;
      if (raw.kind === 'html' ? closed < eol : isFence(source, pos, eol)) {
        rawBlock(raw.kind, raw.start, raw.kind === 'html' ? closed + 3 : eol);
        raw = undefined;
      }
      pos = next;
      continue;
    }
    let at = pos;
    let quoted = false;
    let item = false;
    for (;;) {
      const c = source.charCodeAt(at);
      if (at >= eol) break;
      if (c === SPACE || c === TAB) at++;
      else if (c === 62) {
        quoted = true;
        at++;
      } else {
        const marker = table ? -1 : listMarkerEnd(source, at, eol);
        if (marker < 0) break;
        item = true;
        at = marker;
      }
    }
    if (at >= eol) {
      flush();
      pos = next;
      continue;
    }
    if (isFence(source, at, eol) || source.startsWith('<!--', at)) {
      flush();
      const kind = source.startsWith('<!--', at) ? 'html' : 'code';
      // The next `-->` is searched once and reused until passed: many unclosed `<!--` lines stay linear.
      if (kind === 'html' && nextClose !== -1 && nextClose < at + 4) nextClose = source.indexOf('-->', at + 4);
      const closed = kind === 'html' ? nextClose : -1;
      if (kind === 'html' && closed >= 0 && closed < eol) rawBlock('html', at, closed + 3);
      else raw = { kind, start: at, closedAt: -1 };
      pos = next;
      continue;
    }
    if (table) {
      flush();
      if (cellCount > GUARD_LIMITS.tableCells) {
        rawBlock('code', pos, end, 'not-checked');
        return out;
      }
      if (row !== 2) cellCount += cells(source, at, eol, reason, out);
      pos = next;
      continue;
    }
    if (isDefinition(source, at, eol)) {
      // A link reference definition has no readable text.
      flush();
      pos = next;
      continue;
    }
    const heading = source.charCodeAt(at) === 35;
    if (heading || item) flush();
    if (!paragraph) paragraph = { builder: new TextBuilder(at), start: at, end: eol, quoted, item };
    else paragraph.builder.space(at);
    paragraph.builder.pushRun(source, at, eol, at);
    paragraph.end = eol;
    if (heading) {
      const b = paragraph.builder.finish();
      out.push({ kind: 'heading', text: b.text, map: b.map, start: paragraph.start, end: eol, prose: true, quoted, depth: 1, fallback: reason });
      paragraph = undefined;
    }
    pos = next;
  }
  flush();
  if (raw) rawBlock(raw.kind, raw.start, end);
  return out;
}

/** "[label]: destination" (not a footnote, "[^1]: text", whose text is prose). */
function isDefinition(source: string, at: number, eol: number): boolean {
  if (source.charCodeAt(at) !== 91 || source.charCodeAt(at + 1) === 94) return false;
  // Within the line only: an indexOf would scan the rest of the chunk for every bracketed line.
  for (let i = at + 1; i < eol && i - at < 1000; i++) {
    const c = source.charCodeAt(i);
    if (c === 91) return false;
    if (c === 93) return i > at + 1 && source.charCodeAt(i + 1) === 58;
  }
  return false;
}

function isFence(source: string, at: number, eol: number): boolean {
  while (at < eol && source.charCodeAt(at) === SPACE) at++;
  return source.startsWith('```', at) || source.startsWith('~~~', at);
}

/** The cells of a table row `source[from, to)`, split at pipes that are not escaped; returns how many. */
function cells(source: string, from: number, to: number, reason: FallbackReason, out: RawBlock[]): number {
  let cellStart = from;
  let count = 0;
  for (let i = from; i <= to; i++) {
    const c = i < to ? source.charCodeAt(i) : 124;
    if (c === 92 /* \ */) {
      i++;
      continue;
    }
    if (c !== 124) continue;
    const builder = new TextBuilder(cellStart);
    builder.pushRun(source, cellStart, i, cellStart);
    const b = builder.finish();
    if (b.text.length > 0) {
      out.push({ kind: 'table-cell', text: b.text, map: b.map, start: cellStart, end: i, prose: true, quoted: false, fallback: reason });
      count++;
    }
    cellStart = i + 1;
  }
  return count;
}
