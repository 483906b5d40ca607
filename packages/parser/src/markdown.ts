import type { Html, List, ListItem, Nodes, Paragraph, RootContent, Table } from 'mdast';
import { findBareUrls } from './bare-urls.js';
import { titleOrdinal, type RawBlock } from './blocks.js';
import { scanChunks, type Chunk } from './block-split.js';
import { definitionsIn, GuardedRuns } from './guarded-chunks.js';
import { DefinitionIndex, hasDefinitions, referenceKeys, type Definition } from './definitions.js';
import { parseMdast } from './mdast.js';
import { plainBlocks } from './plain-blocks.js';
import { TextBuilder, type CharSink } from './text-builder.js';

export interface MarkdownBlocks {
  blocks: RawBlock[];
  /** Raw YAML of the front matter, if the source starts with one. */
  frontMatter?: string;
  /** The source's own link reference and footnote definitions, in order, when it may hold any. */
  definitions?: Definition[];
}

interface Context {
  source: string;
  /** Added to every mdast offset: where `source` sits in the original file. */
  base: number;
  quoted: boolean;
  /** Inside a link's text: addresses there are the link's words, not bare addresses. */
  inLink: boolean;
  listDepth: number;
  out: RawBlock[];
  /**
   * Where inline alignment continues: just past the last aligned source character. A node without a
   * position is aligned from here up to `limit`, the end of the enclosing block.
   */
  cursor: number;
  limit: number;
}

/**
 * Turns Markdown into blocks whose offsets are `base` + the offsets in `source`. The source is cut into
 * top-level chunks (see block-split.ts); chunks of plain headings and paragraphs take the fast path
 * (plain-blocks.ts), runs of the other chunks go to remark together, within the guards of guard.ts. Link reference and footnote definitions,
 * whose meaning crosses chunks, are handed to each run that may refer to them (see definitions.ts):
 * `definitions` when the caller knows the whole document's (the incremental parser, for one of its chunks),
 * else those of `source`.
 */
export function markdownBlocks(source: string, base = 0, atDocumentStart = true, definitions?: DefinitionIndex): MarkdownBlocks {
  const out: RawBlock[] = [];
  const chunks = scanChunks(source, 0, atDocumentStart).chunks;
  const own = hasDefinitions(source) ? chunkDefinitions(source, chunks, atDocumentStart) : undefined;
  const index = definitions ?? (own ? new DefinitionIndex(own) : undefined);
  const ctx = context(source, base, out);
  let frontMatter: string | undefined;
  // Runs of the chunks that go to remark stay within the guards of guard.ts (see guarded-chunks.ts).
  const parseRun = (from: number, to: number) => {
    const whole = from === 0 && to === source.length;
    const text = whole ? source : source.slice(from, to);
    const prefix = index ? index.prefixFor(referenceKeys(text)) : '';
    const atStart = atDocumentStart && from === 0;
    const part = prefix ? mdastBlocksWith(text, prefix, base + from, atStart, out) : mdastBlocks(text, base + from, atStart, out);
    if (part.frontMatter !== undefined) frontMatter = part.frontMatter;
  };
  const runs = new GuardedRuns(source, base, out, parseRun);
  for (const chunk of chunks) {
    const plain = plainBlocks(source, chunk.start, chunk.end);
    if (!plain) {
      runs.add(chunk.start, chunk.end);
      continue;
    }
    runs.flush();
    blocks(plain, ctx);
  }
  runs.flush();
  const result: MarkdownBlocks = frontMatter !== undefined ? { blocks: out, frontMatter } : { blocks: out };
  if (own) result.definitions = own;
  return result;
}

/** The definitions of a document cut into `chunks` (the chunk at `start` being its first), as an index. */
export function documentDefinitions(source: string, chunks: readonly Chunk[], start: number): DefinitionIndex {
  return new DefinitionIndex(hasDefinitions(source) ? chunkDefinitions(source, chunks, true, start) : []);
}

/** The definitions of `source`, from the chunks that may hold one (each parses alone to the same blocks). */
function chunkDefinitions(source: string, chunks: readonly Chunk[], atDocumentStart: boolean, first = 0): Definition[] {
  const out: Definition[] = [];
  for (const { start, end } of chunks) {
    const text = source.slice(start, end);
    if (hasDefinitions(text)) for (const d of definitionsIn(text, atDocumentStart && start === first)) out.push(d);
  }
  return out;
}

/** The blocks of `source` with remark alone (no fast path): the reference the fast path is tested against. */
export function remarkBlocks(source: string, base = 0, atDocumentStart = true): MarkdownBlocks {
  return mdastBlocks(source, base, atDocumentStart, []);
}

/** Parses `source` with remark and appends its blocks to `out`. */
function mdastBlocks(source: string, base: number, atDocumentStart: boolean, out: RawBlock[]): MarkdownBlocks {
  const tree = parseMdast(source, atDocumentStart);
  const ctx = context(source, base, out);
  let frontMatter: string | undefined;
  for (const node of tree.children) if (node.type === 'yaml') frontMatter = node.value;
  blocks(tree.children, ctx);
  return frontMatter !== undefined ? { blocks: out, frontMatter } : { blocks: out };
}

/**
 * `mdastBlocks` of `text` with definition stand-ins (`prefix`) before it, or after it at the start of a
 * document (where front matter must stay first; the first definition of a label is then in `text` anyway).
 * The stand-ins' own nodes are dropped. Should `text` end in an open construct that would swallow stand-ins
 * placed after it (an unclosed fence running to the end of the document), it is parsed without them.
 */
function mdastBlocksWith(text: string, prefix: string, base: number, atDocumentStart: boolean, out: RawBlock[]): MarkdownBlocks {
  const before = !atDocumentStart;
  const combined = before ? prefix + text : `${text}${text.endsWith('\n') ? '\n' : '\n\n'}${prefix}`;
  const from = before ? prefix.length : 0;
  const to = before ? combined.length : text.length;
  const tree = parseMdast(combined, atDocumentStart);
  const nodes = tree.children.filter((n) => startOf(n) >= from && startOf(n) < to);
  if (nodes.some((n) => endOf(n) > to)) return mdastBlocks(text, base, atDocumentStart, out);
  const ctx = context(combined, base - from, out);
  let frontMatter: string | undefined;
  for (const node of nodes) if (node.type === 'yaml') frontMatter = node.value;
  blocks(nodes, ctx);
  return frontMatter !== undefined ? { blocks: out, frontMatter } : { blocks: out };
}

function context(source: string, base: number, out: RawBlock[]): Context {
  return { source, base, quoted: false, inLink: false, listDepth: 0, out, cursor: 0, limit: source.length };
}

function startOf(node: Nodes, fallback = 0): number {
  return node.position?.start.offset ?? fallback;
}
function endOf(node: Nodes, fallback?: number): number {
  return node.position?.end.offset ?? fallback ?? startOf(node);
}

/** Where a list item's paragraph sits: it becomes a `list-item` block (see `listParagraph`). */
interface ItemPlace {
  list: List;
  item: ListItem;
  index: number;
  first: boolean;
}

interface BlockTask {
  node: RootContent;
  quoted: boolean;
  listDepth: number;
  place?: ItemPlace;
}

/**
 * Appends the blocks of `nodes` and everything nested in them, in document order. A work stack, not
 * recursion: how deep quotes, lists and footnotes nest is the input's to choose.
 */
function blocks(nodes: readonly RootContent[], ctx: Context): void {
  const { quoted, listDepth } = ctx;
  const stack: BlockTask[] = [];
  const pushAll = (children: readonly RootContent[], q: boolean, depth: number) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as RootContent, quoted: q, listDepth: depth });
  };
  pushAll(nodes, quoted, listDepth);
  for (let task = stack.pop(); task; task = stack.pop()) {
    const { node } = task;
    ctx.quoted = task.quoted;
    ctx.listDepth = task.listDepth;
    if (task.place && node.type === 'paragraph') {
      listParagraph(node, task.place, ctx);
      continue;
    }
    switch (node.type) {
      case 'blockquote':
        pushAll(node.children, true, task.listDepth);
        break;
      case 'footnoteDefinition':
        pushAll(node.children, task.quoted, task.listDepth);
        break;
      case 'list': {
        const depth = task.listDepth + 1;
        for (let index = node.children.length - 1; index >= 0; index--) {
          const item = node.children[index] as ListItem;
          for (let c = item.children.length - 1; c >= 0; c--) {
            stack.push({ node: item.children[c] as RootContent, quoted: task.quoted, listDepth: depth, place: { list: node, item, index, first: c === 0 } });
          }
        }
        break;
      }
      default:
        leafBlock(node, ctx);
    }
  }
  ctx.quoted = quoted;
  ctx.listDepth = listDepth;
}

function leafBlock(node: RootContent, ctx: Context): void {
  switch (node.type) {
    case 'heading': {
      const b = inlineText(node, ctx);
      const ordinal = titleOrdinal(b.text);
      push(ctx, node, 'heading', b, true, { depth: node.depth, ordinal });
      return;
    }
    case 'paragraph': {
      const comments: Html[] = [];
      const b = inlineText(node, ctx, comments);
      if (b.text.length > 0) push(ctx, node, 'paragraph', b, true, {});
      for (const c of comments) rawBlock(c, c.value, 'html', ctx);
      return;
    }
    case 'table':
      table(node, ctx);
      return;
    case 'code':
      rawBlock(node, node.value, 'code', ctx);
      return;
    case 'html':
      rawBlock(node, node.value, 'html', ctx);
      return;
    case 'yaml':
      rawBlock(node, node.value, 'front-matter', ctx);
      return;
    default:
      // thematicBreak, definition: no readable text.
      return;
  }
}

function listParagraph(child: Paragraph, { list, item, index, first }: ItemPlace, ctx: Context): void {
  const comments: Html[] = [];
  const b = inlineText(child, ctx, comments);
  const ordinal = list.ordered && first ? (list.start ?? 1) + index : undefined;
  if (b.text.length > 0) {
    // The item's span starts at its marker ("- ", "1. ") so a finding on the first word points inside it.
    push(ctx, first ? item : child, 'list-item', b, true, { depth: ctx.listDepth, ordinal }, first ? endOf(child) : undefined);
  }
  for (const c of comments) rawBlock(c, c.value, 'html', ctx);
}

function table(node: Table, ctx: Context): void {
  for (const row of node.children) {
    for (const cell of row.children) {
      const b = inlineText(cell, ctx);
      if (b.text.length > 0) push(ctx, cell, 'table-cell', b, true, {});
    }
  }
}

function push(
  ctx: Context,
  node: Nodes,
  kind: RawBlock['kind'],
  b: { text: string; map: RawBlock['map'] },
  prose: boolean,
  extra: { depth?: number; ordinal?: number | undefined },
  endOverride?: number,
): void {
  const out: RawBlock = {
    kind,
    text: b.text,
    map: b.map,
    start: startOf(node) + ctx.base,
    end: (endOverride ?? endOf(node)) + ctx.base,
    prose,
    quoted: ctx.quoted,
  };
  if (extra.depth !== undefined) out.depth = extra.depth;
  if (extra.ordinal !== undefined) out.ordinal = extra.ordinal;
  ctx.out.push(out);
}

/** Code, HTML and front matter: the value as written (no whitespace folding), mapped character by character. */
function rawBlock(node: Nodes, value: string, kind: RawBlock['kind'], ctx: Context): void {
  const builder = new TextBuilder(startOf(node) + ctx.base, false);
  align(value, ctx.source, startOf(node), endOf(node), builder, ctx.base);
  push(ctx, node, kind, builder.finish(), false, {});
}

/** The readable text of a node with inline children: markup removed, link text kept, URLs dropped. */
function inlineText(node: Nodes, ctx: Context, comments?: Html[]): { text: string; map: RawBlock['map'] } {
  const builder = new TextBuilder(startOf(node) + ctx.base);
  ctx.cursor = startOf(node);
  ctx.limit = endOf(node);
  inline(node, ctx, builder, comments);
  return builder.finish();
}

/** Aligns the inline content of `root` into `b`, in order. A work stack: emphasis and links nest as deep as the input does. */
function inline(root: Nodes, ctx: Context, b: TextBuilder, comments?: Html[]): void {
  const stack: { node: Nodes; inLink: boolean }[] = [{ node: root, inLink: ctx.inLink }];
  for (let task = stack.pop(); task; task = stack.pop()) {
    const { node } = task;
    ctx.inLink = task.inLink;
    let inLink = task.inLink;
    switch (node.type) {
      case 'text': {
        const from = startOf(node, ctx.cursor);
        const to = endOf(node, ctx.limit);
        const urls = ctx.inLink ? [] : findBareUrls(node.value, from > 0 ? ctx.source.charCodeAt(from - 1) : -1);
        ctx.cursor = urls.length === 0 ? align(node.value, ctx.source, from, to, b, ctx.base) : alignDroppingUrls(node.value, urls, from, to, ctx, b);
        continue;
      }
      case 'inlineCode': {
        const from = startOf(node, ctx.cursor);
        ctx.cursor = align(node.value, ctx.source, from, endOf(node, ctx.limit), b, ctx.base);
        continue;
      }
      case 'break':
        b.space(startOf(node, ctx.cursor) + ctx.base);
        continue;
      case 'html':
        if (node.value.startsWith('<!--')) comments?.push(node);
        // <br> separates words; other tags (<b>, <i>, <span>) sit inside or around words.
        if (/^<br\b/i.test(node.value) || node.value.startsWith('<!--')) b.space(startOf(node, ctx.cursor) + ctx.base);
        if (node.position) ctx.cursor = endOf(node);
        continue;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        continue;
      case 'link':
        if (isBareUrl(node.url, node.children)) {
          b.space(startOf(node, ctx.cursor) + ctx.base);
          ctx.cursor = endOf(node, ctx.cursor);
          continue;
        }
        inLink = true;
        break;
      case 'linkReference':
        inLink = true;
        break;
      default:
        break;
    }
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, inLink });
    }
  }
  ctx.inLink = false;
}

/** A text value with bare addresses in it: the prose around them is kept, each address becomes a space. */
function alignDroppingUrls(value: string, urls: readonly (readonly [number, number])[], from: number, to: number, ctx: Context, b: TextBuilder): number {
  let at = from;
  let i = 0;
  for (const [start, end] of urls) {
    if (start > i) at = align(value.slice(i, start), ctx.source, at, to, b, ctx.base);
    b.space(at + ctx.base);
    at = align(value.slice(start, end), ctx.source, at, to, DISCARD, ctx.base);
    i = end;
  }
  return i < value.length ? align(value.slice(i), ctx.source, at, to, b, ctx.base) : at;
}

/** Swallows what it is given: aligning into it only moves the source cursor past a dropped address. */
const DISCARD: CharSink = { push() {}, pushRun() {} };

/** An autolink or a link whose text is its own address: the address is not prose. */
function isBareUrl(url: string, children: Nodes[]): boolean {
  if (children.length !== 1) return false;
  const only = children[0] as Nodes;
  if (only.type !== 'text') return false;
  const text = only.value.trim();
  const strip = (s: string) => s.replace(/^mailto:/i, '').replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/$/, '');
  return text === url || strip(text) === strip(url);
}

const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Maps each character of an mdast `value` to its offset in `source[from, to)`. Values differ from their source
 * by removed backslash escapes, decoded entities, stripped indentation/quote markers and code fences, so
 * we walk both in step and skip source characters that have no counterpart. A short look-ahead window
 * keeps this linear even when the two diverge.
 */
function align(value: string, source: string, from: number, to: number, b: CharSink, base: number): number {
  let s = from;
  for (let i = 0; i < value.length; i++) {
    // Fast path: a run of characters the value shares with the source (the common case) maps one to one.
    if (s < to && source.charCodeAt(s) === value.charCodeAt(i)) {
      let k = i + 1;
      let q = s + 1;
      while (k < value.length && q < to && source.charCodeAt(q) === value.charCodeAt(k)) {
        k++;
        q++;
      }
      b.pushRun(value, i, k, s + base);
      s = q;
      i = k - 1;
      continue;
    }
    const c = value[i] as string;
    let p = s;
    let found = -1;
    const limit = Math.min(to, s + 64);
    while (p < limit) {
      const sc = source[p] as string;
      if (sc === c) {
        found = p;
        break;
      }
      if (sc === '&') {
        const m = ENTITY.exec(source.slice(p, p + 40));
        if (m && !value.startsWith(m[0], i)) {
          // A decoded entity: the value character stands for the whole entity.
          found = p;
          s = p + m[0].length;
          break;
        }
      }
      if (c === '\n' && (sc === '\r' || sc === '\n')) {
        found = p;
        break;
      }
      p++;
    }
    if (found < 0) {
      b.push(c, Math.min(s, Math.max(from, to - 1)) + base);
      continue;
    }
    b.push(c, found + base);
    if (s <= found) s = found + 1;
  }
  return s;
}
