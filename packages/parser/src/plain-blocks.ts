import type { Break, Emphasis, Heading, List, ListItem, Paragraph, PhrasingContent, Strong, Text } from 'mdast';
import { classifyCharacter } from 'micromark-util-classify-character';

/**
 * The fast path of the Markdown reader. Most of a policy document is plain prose: paragraphs without any
 * markup. For those the general Markdown parser (micromark) does a lot of work per character to find out
 * that nothing happens, so a chunk that can only be one paragraph of plain text is recognised here with a
 * few character tests, and its mdast is built directly — the same tree remark builds (a differential test
 * holds the two together).
 *
 * Inline links of the simplest form, `[plain text](address)` on one line, are taken too (documentation pages
 * are full of them), in paragraphs without emphasis.
 *
 * Also taken: one-line ATX headings ("## Titel") before, between and after such paragraphs (a heading line
 * needs no blank line around it), and a flat list whose items are such paragraphs. Headings and lists sit
 * between most paragraphs, and each chunk left to micromark costs a parser run.
 *
 * The test is deliberately strict: any character that could start or change a Markdown construct, anywhere
 * in the chunk, sends it to the full parser. Being wrong costs correctness, being strict only costs time.
 */

/** Characters that may start a block when they open a line (after its indentation). */
const BLOCK_START = new Set('#>-+*=_`~<|:['.split('').map((c) => c.charCodeAt(0)));

/**
 * Per ASCII code: 1 where a character is never plain (controls but tab, DEL, and the characters that may open
 * or close inline markup anywhere in a line). A table, because every character of most documents is tested.
 * `&` is checked separately.
 */
const NOT_PLAIN = new Uint8Array(128);
for (let c = 0; c < 32; c++) if (c !== 9) NOT_PLAIN[c] = 1;
NOT_PLAIN[0x7f] = 1;
for (const c of '\\`*_[]<~|') NOT_PLAIN[c.charCodeAt(0)] = 1;

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const AMPERSAND = 38;
const HASH = 35;
const ASTERISK = 42;

interface Line {
  /** First and one past the last character of the line's content (without indentation and trailing blanks). */
  from: number;
  to: number;
  /** Where the line ending starts and where the next line starts. */
  eol: number;
  next: number;
}

/**
 * The blocks `source[start, end)` parses to when it is a sequence of plain headings and plain paragraphs (a
 * heading line ends the paragraph above it, as in CommonMark), or a plain list, otherwise undefined. `start`
 * must be a chunk start of the block scanner (no open container or construct before it).
 */
export function plainBlocks(source: string, start: number, end: number): (Heading | Paragraph | List)[] | undefined {
  const out: (Heading | Paragraph | List)[] = [];
  let pos = start;
  while (pos < end) {
    const heading = plainHeading(source, pos, end);
    if (heading) {
      out.push(heading.node);
      pos = heading.next;
      if (restIsBlank(source, pos, end)) break;
      continue;
    }
    const stop = nextHeadingLine(source, pos, end);
    const block = plainParagraph(source, pos, stop) ?? (out.length === 0 && stop === end ? plainList(source, pos, end) : undefined);
    if (!block) return undefined;
    out.push(block);
    pos = stop;
  }
  return out.length > 0 ? out : undefined;
}

/** Start of the first line after the one at `from` that opens an ATX heading (see {@link opensHeading}), or `end`. */
function nextHeadingLine(source: string, from: number, end: number): number {
  for (let pos = nextLine(source, from, end); pos < end; pos = nextLine(source, pos, end)) {
    let at = pos;
    while (at < end && at - pos < 4 && source.charCodeAt(at) === SPACE) at++;
    if (at - pos <= 3 && opensHeading(source, at, end)) return pos;
  }
  return end;
}

/** 1–6 hashes at `at`, then a blank, a line ending or the end: an ATX heading opens there (or would, unindented). */
function opensHeading(source: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && source.charCodeAt(i) === HASH) i++;
  if (i === at || i - at > 6) return false;
  const c = source.charCodeAt(i);
  return i >= end || isBlank(c) || c === LF || c === CR;
}

/** What starts an item: its marker's offset and kind, and where its text starts. */
interface ItemStart {
  marker: number;
  /** "-", "*", "+" for bullets; "." or ")" for ordered items. */
  kind: string;
  /** The number of an ordered item. */
  number?: number;
  content: number;
}

/**
 * A list of one level whose items are each one plain paragraph: every item line starts at the first item's
 * indentation with the same kind of marker, every other line continues the item above it. Blank lines
 * between items are fine (a loose list has the same items); nested lists, a second paragraph in an item and
 * anything else are left to the full parser.
 */
export function plainList(source: string, start: number, end: number): List | undefined {
  const first = itemStart(source, start, end);
  if (!first) return undefined;
  const indent = first.marker - start;
  const starts: ItemStart[] = [first];
  let pos = nextLine(source, start, end);
  while (pos < end) {
    const item = source.charCodeAt(pos + indent) !== SPACE ? itemStart(source, pos, end) : undefined;
    if (item && item.marker - pos === indent) {
      if (item.kind !== first.kind) return undefined;
      starts.push(item);
    }
    pos = nextLine(source, pos, end);
  }
  const items: ListItem[] = [];
  for (let i = 0; i < starts.length; i++) {
    const item = starts[i] as ItemStart;
    const itemEnd = i + 1 < starts.length ? lineStartBefore(source, (starts[i + 1] as ItemStart).marker) : end;
    const paragraph = plainParagraph(source, item.content, itemEnd);
    if (!paragraph) return undefined;
    items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: span(item.marker, endOffset(paragraph)) });
  }
  const ordered = first.number !== undefined;
  const last = items[items.length - 1] as ListItem;
  return {
    type: 'list',
    ordered,
    start: ordered ? (first.number as number) : null,
    spread: false,
    children: items,
    position: span(first.marker, endOffset(last)),
  };
}

/** "- tekst", "* tekst", "3. tekst", "3) tekst" after at most three spaces, with 1–4 spaces after the marker. */
function itemStart(source: string, line: number, end: number): ItemStart | undefined {
  let at = line;
  while (at < end && at - line < 4 && source.charCodeAt(at) === SPACE) at++;
  if (at - line > 3) return undefined;
  const marker = at;
  const c = source.charCodeAt(at);
  let kind: string;
  let number: number | undefined;
  if (c === 45 || c === 42 || c === 43) {
    kind = source[at] as string;
    at++;
  } else {
    while (at < end && at - marker < 9 && source.charCodeAt(at) >= 48 && source.charCodeAt(at) <= 57) at++;
    const delimiter = source.charCodeAt(at);
    if (at === marker || (delimiter !== 46 && delimiter !== 41)) return undefined;
    number = Number(source.slice(marker, at));
    kind = source[at] as string;
    at++;
  }
  const gap = at;
  while (at < end && source.charCodeAt(at) === SPACE) at++;
  // No space (not a marker), five or more (indented code inside the item) or a tab: full parser.
  if (at === gap || at - gap > 4 || source.charCodeAt(at) === TAB) return undefined;
  const after = source.charCodeAt(at);
  if (at >= end || after === LF || after === CR) return undefined;
  return number === undefined ? { marker, kind, content: at } : { marker, kind, number, content: at };
}

function nextLine(source: string, from: number, end: number): number {
  let i = from;
  while (i < end && source.charCodeAt(i) !== LF && source.charCodeAt(i) !== CR) i++;
  if (source.charCodeAt(i) === CR && source.charCodeAt(i + 1) === LF) i++;
  return i + 1;
}

function lineStartBefore(source: string, at: number): number {
  let i = at;
  while (i > 0 && source.charCodeAt(i - 1) !== LF && source.charCodeAt(i - 1) !== CR) i--;
  return i;
}

function endOffset(node: Paragraph | ListItem): number {
  return node.position?.end.offset ?? 0;
}

/**
 * "## Titel": 1–6 hashes, a space or tab, plain text. A closing sequence or any other `#` in the text is
 * left to the full parser (its rules for what closes a heading are subtle).
 */
function plainHeading(source: string, start: number, end: number): { node: Heading; next: number } | undefined {
  let at = start;
  while (at < end && at - start < 4 && source.charCodeAt(at) === SPACE) at++;
  if (at >= end || at - start > 3 || source.charCodeAt(at) !== HASH) return undefined;
  const open = at;
  while (at < end && source.charCodeAt(at) === HASH) at++;
  const depth = at - open;
  if (depth > 6) return undefined;
  let eol = at;
  for (; eol < end; eol++) {
    const c = source.charCodeAt(eol);
    if (c === LF || c === CR) break;
    if (c === HASH || !isPlainChar(source, eol, c)) return undefined;
  }
  if (eol > at && !isBlank(source.charCodeAt(at))) return undefined;
  let next = eol + 1;
  if (source.charCodeAt(eol) === CR) {
    if (source.charCodeAt(eol + 1) !== LF) return undefined;
    next = eol + 2;
  }
  let from = at;
  while (from < eol && isBlank(source.charCodeAt(from))) from++;
  let to = eol;
  while (to > from && isBlank(source.charCodeAt(to - 1))) to--;
  const children: PhrasingContent[] = from < to ? [text(source.slice(from, to), from, to)] : [];
  const node: Heading = { type: 'heading', depth: depth as Heading['depth'], children, position: span(open, eol) };
  return { node, next: Math.min(next, end) };
}

/**
 * The paragraph `source[start, end)` parses to, when that chunk is one paragraph of plain text (soft and
 * hard line breaks allowed, and simple `*emphasis*` and `**strong**`), positioned in `source`; otherwise
 * undefined. `start` must be a line start that the block scanner made a chunk start (no open container or
 * construct before it).
 */
export function plainParagraph(source: string, start: number, end: number): Paragraph | undefined {
  const runs: number[] = [];
  const links: number[] = [];
  const lines = plainLines(source, start, end, runs, links);
  if (!lines) return undefined;
  if (links.length > 0) return runs.length > 0 ? undefined : linkParagraph(source, lines, links);
  if (runs.length > 0 && !pairedRuns(source, lines, runs)) return undefined;
  // The asterisk runs open and close emphasis in turn (pairedRuns checked they alternate).
  let container: Emphasis | Strong | undefined;
  return inlineParagraph(source, lines, runs, 1, (r, paragraph, into) => {
    const run = runs[r] as number;
    const length = source.charCodeAt(run + 1) === ASTERISK ? 2 : 1;
    if (container) {
      (container.position as NonNullable<Paragraph['position']>).end.offset = run + length;
      container = undefined;
      return { end: run + length, into: paragraph.children };
    }
    container = length === 2 ? { type: 'strong', children: [], position: span(run, run) } : { type: 'emphasis', children: [], position: span(run, run) };
    into.push(container);
    return { end: run + length, into: container.children };
  });
}

/** A paragraph of plain text and simple links (`links`: start and end offset of each, see {@link plainLinkEnd}). */
function linkParagraph(source: string, lines: Line[], links: number[]): Paragraph {
  return inlineParagraph(source, lines, links, 2, (k, _paragraph, into) => {
    const from = links[k] as number;
    const to = links[k + 1] as number;
    const close = source.indexOf('](', from);
    into.push({ type: 'link', url: source.slice(close + 2, to - 1), title: null, children: [text(source.slice(from + 1, close), from + 1, close)], position: span(from, to) });
    return { end: to, into };
  });
}

/**
 * The paragraph of `lines`: text between inline marks (`marks`, sorted offsets, `stride` numbers a mark), with
 * remark's soft and hard line breaks. `place` adds the node of mark `k` and says where the text goes on.
 */
function inlineParagraph(
  source: string,
  lines: Line[],
  marks: number[],
  stride: number,
  place: (k: number, paragraph: Paragraph, into: PhrasingContent[]) => { end: number; into: PhrasingContent[] },
): Paragraph {
  const paragraph: Paragraph = { type: 'paragraph', children: [], position: span((lines[0] as Line).from, (lines[lines.length - 1] as Line).eol) };
  let into: PhrasingContent[] = paragraph.children;
  let parts: string[] = [];
  let textFrom = (lines[0] as Line).from;
  let k = 0;
  const flush = (to: number) => {
    if (parts.length > 0 && to > textFrom) into.push(text(parts.join(''), textFrom, to));
    parts = [];
  };
  const last = lines.length - 1;
  lines.forEach((line, i) => {
    let at = line.from;
    while (k < marks.length && (marks[k] as number) < line.to) {
      const mark = marks[k] as number;
      if (mark > at) parts.push(source.slice(at, mark));
      // A mark that opens a continuation line: as in remark, the text before it ends with the line ending.
      flush(mark === line.from && i > 0 ? (lines[i - 1] as Line).next : mark);
      ({ end: at, into } = place(k, paragraph, into));
      k += stride;
      textFrom = at;
    }
    if (line.to > at) parts.push(source.slice(at, line.to));
    if (i === last) return;
    if (line.eol - line.to >= 2) {
      // Two or more spaces before a line ending: a hard break between two text nodes.
      flush(line.to);
      // As remark: the break ends where the next line starts, the next text after that line's indentation.
      into.push(hardBreak(line.to, line.next));
      textFrom = (lines[i + 1] as Line).from;
    } else {
      parts.push(source.slice(line.eol, line.next));
    }
  });
  flush((lines[last] as Line).to);
  return paragraph;
}

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

/**
 * End of the link `[text](address)` that opens at `at`, or -1. Strict: text of plain characters (no markup,
 * brackets or asterisks) that neither starts nor ends with a blank, an address of at least one character
 * without blanks, brackets, parentheses, angle brackets, backslashes or entities (so it is its own `url`),
 * no title, all on one line; not an image (`![`) and not after a `]` (a reference link).
 */
function plainLinkEnd(source: string, at: number): number {
  const before = source.charCodeAt(at - 1);
  if (before === 33 || before === CLOSE_BRACKET) return -1;
  let i = at + 1;
  for (; ; i++) {
    const c = source.charCodeAt(i);
    if (c === CLOSE_BRACKET) break;
    if (Number.isNaN(c) || c === LF || c === CR || c === ASTERISK || c === OPEN_BRACKET || !isPlainChar(source, i, c)) return -1;
  }
  if (i === at + 1 || isBlank(source.charCodeAt(at + 1)) || isBlank(source.charCodeAt(i - 1)) || source.charCodeAt(i + 1) !== OPEN_PAREN) return -1;
  const address = i + 2;
  for (i = address; ; i++) {
    const c = source.charCodeAt(i);
    if (c === CLOSE_PAREN) break;
    if (Number.isNaN(c) || c <= SPACE || c === 0x7f || c === OPEN_PAREN || c === 60 || c === 62 || c === 92 || c === OPEN_BRACKET || c === CLOSE_BRACKET) return -1;
    if (c === AMPERSAND && !isPlainChar(source, i, c)) return -1;
  }
  return i === address ? -1 : i + 1;
}

/**
 * True when the asterisk runs pair up the simple way: opening and closing runs alternate, each closing run as
 * long as the one it closes, and no run can both open and close or do neither (micromark's flanking rules,
 * with its own character classes). Anything subtler (nesting, runs that could go either way, the rule of
 * three) is left to the full parser.
 */
function pairedRuns(source: string, lines: Line[], runs: number[]): boolean {
  if (runs.length % 2 !== 0) return false;
  let l = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as number;
    while ((lines[l] as Line).to <= run) l++;
    const line = lines[l] as Line;
    const length = source.charCodeAt(run + 1) === ASTERISK ? 2 : 1;
    // Line starts and ends count as whitespace (indentation and trailing blanks are not part of the text).
    const before = run === line.from ? 1 : classifyCharacter(source.charCodeAt(run - 1));
    const after = run + length === line.to ? 1 : classifyCharacter(source.charCodeAt(run + length));
    const open = !after || (after === 2 && Boolean(before));
    const close = !before || (before === 2 && Boolean(after));
    if (open === close || open !== (i % 2 === 0)) return false;
    if (i % 2 === 1 && source.charCodeAt((runs[i - 1] as number) + 1) === ASTERISK !== (length === 2)) return false;
  }
  return true;
}

/** A run of one or two asterisks at a line start that is followed by text: emphasis, not a list or a rule. */
function opensText(source: string, at: number): boolean {
  const length = source.charCodeAt(at + 1) === ASTERISK ? 2 : 1;
  const next = source.charCodeAt(at + length);
  return !(isBlank(next) || next === LF || next === CR || next === ASTERISK || Number.isNaN(next));
}

/**
 * The chunk's non-blank lines if every one of them is plain paragraph text; trailing blank lines end it.
 * Runs of one or two asterisks are collected in `runs` (start offsets) instead of refusing the chunk, simple
 * links in `links` (start and end offset of each).
 */
function plainLines(source: string, start: number, end: number, runs: number[], links: number[]): Line[] | undefined {
  const lines: Line[] = [];
  let pos = start;
  while (pos < end) {
    let from = pos;
    while (from < end && isBlank(source.charCodeAt(from))) from++;
    let eol = from;
    const lineLinks = links.length;
    for (; eol < end; eol++) {
      const c = source.charCodeAt(eol);
      if (c === LF || c === CR) break;
      if (c === ASTERISK) {
        const length = source.charCodeAt(eol + 1) === ASTERISK ? 2 : 1;
        if (source.charCodeAt(eol + length) === ASTERISK) return undefined;
        runs.push(eol);
        eol += length - 1;
        continue;
      }
      if (c === OPEN_BRACKET) {
        const linkEnd = plainLinkEnd(source, eol);
        if (linkEnd < 0 || linkEnd > end) return undefined;
        links.push(eol, linkEnd);
        eol = linkEnd - 1;
        continue;
      }
      if (!isPlainChar(source, eol, c)) return undefined;
    }
    let next = eol + 1;
    if (source.charCodeAt(eol) === CR) {
      // A lone carriage return is a line ending of its own: rare enough to leave to the full parser.
      if (source.charCodeAt(eol + 1) !== LF) return undefined;
      next = eol + 2;
    }
    if (from === eol) return restIsBlank(source, next, end) && lines.length > 0 ? lines : undefined;
    // The first line must not be indented code; no line may start a block or a list item.
    if (lines.length === 0 && (from - pos > 3 || source.slice(pos, from).includes('\t'))) return undefined;
    const first = source.charCodeAt(from);
    // "#geen kop" and "#######" are text; a line that opens a heading never continues a paragraph here.
    // A line that opens with a link is text too ("[x](y)" cannot be a definition, which needs "]:").
    const text = first === ASTERISK ? opensText(source, from) : first === OPEN_BRACKET ? links[lineLinks] === from : first === HASH && !opensHeading(source, from, eol);
    if ((BLOCK_START.has(first) && !text) || startsOrderedItem(source, from, eol)) {
      return undefined;
    }
    let to = eol;
    while (to > from && isBlank(source.charCodeAt(to - 1))) to--;
    // Tabs in trailing whitespace make hard-break detection subtle: full parser.
    if (source.slice(to, eol).includes('\t')) return undefined;
    lines.push({ from, to, eol, next: Math.min(next, end) });
    pos = next;
  }
  return lines.length > 0 ? lines : undefined;
}

function restIsBlank(source: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = source.charCodeAt(i);
    if (!isBlank(c) && c !== LF && c !== CR) return false;
  }
  return true;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Printable text that cannot start inline markup: no markup characters, no entity, no control characters. */
function isPlainChar(source: string, at: number, c: number): boolean {
  if (c >= 128) return true;
  if (NOT_PLAIN[c] === 1) return false;
  if (c === AMPERSAND) {
    const n = source.charCodeAt(at + 1);
    // "&amp;", "&#38;": an entity reference; a lone "&" between words is text.
    return !(n === 35 || (n >= 65 && n <= 90) || (n >= 97 && n <= 122));
  }
  return true;
}

/** "1. ", "12) ", "3." at the end of a line: an ordered list item (some may interrupt a paragraph). */
function startsOrderedItem(source: string, from: number, eol: number): boolean {
  let i = from;
  while (i < eol && i - from < 10 && source.charCodeAt(i) >= 48 && source.charCodeAt(i) <= 57) i++;
  if (i === from) return false;
  const marker = source.charCodeAt(i);
  if (marker !== 46 && marker !== 41) return false;
  return i + 1 === eol || isBlank(source.charCodeAt(i + 1));
}

function text(value: string, from: number, to: number): Text {
  return { type: 'text', value, position: span(from, to) };
}

function hardBreak(from: number, to: number): Break {
  return { type: 'break', position: span(from, to) };
}

/**
 * Only offsets are read downstream; line and column are left at 0 rather than computed for every node
 * (the document's line index turns offsets into lines later).
 */
function span(from: number, to: number): NonNullable<Paragraph['position']> {
  return { start: { line: 0, column: 0, offset: from }, end: { line: 0, column: 0, offset: to } };
}
