/**
 * Link reference and footnote definitions, whose meaning crosses chunks: `[tekst][bron]` or `[^1]` in one
 * chunk is a link (or footnote reference) only when some chunk defines `bron` (or `^1`), and its reader text
 * differs. Block structure does not depend on definitions, so every chunk still parses on its own; a chunk
 * that may refer to a definition is parsed with stand-ins of the document's definitions it may use placed
 * before it (`[bron]: x`, in document order, so the first definition of a label still wins), and the blocks of
 * the stand-ins are dropped. Which definitions a chunk may use is found from its bracketed texts, normalised
 * the way labels are matched, so unrelated definitions neither cost time nor change the chunk's cache key.
 */
import type { Nodes, Root } from 'mdast';

/** One definition of the document, as a stand-in that defines the same label. */
export interface Definition {
  /** `L` (link) or `F` (footnote) + the normalised label: what references match. */
  key: string;
  stub: string;
}

/** Lines that may hold a definition (also in a block quote or list item); false positives only cost a parse. */
export function hasDefinitions(text: string): boolean {
  return text.includes(']:') && /^[ \t>*+\-\d.)]*\[(?:[^\]\n\\]|\\.)+\]:/m.test(text);
}

/** The definitions of an mdast tree, in document order, as stand-ins. */
export function definitionsOf(tree: Root, from = 0): Definition[] {
  const out: Definition[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      if ((node.position?.start.offset ?? 0) < from) return;
      // The identifier is the label as written, normalised (escapes kept): a stand-in with it matches alike.
      const label = node.identifier;
      const footnote = node.type === 'footnoteDefinition';
      out.push({ key: `${footnote ? 'F' : 'L'}${node.identifier}`, stub: footnote ? `[^${label}]: x` : `[${label}]: x` });
      if (!footnote) return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return out;
}

/** Every bracketed text: a label candidate (labels hold no unescaped brackets and at most 999 characters). */
const BRACKETED = /\[((?:[^[\]\\]|\\[\s\S]){0,999})\]/g;

/** Normalised the way labels are matched, with block-quote markers of continuation lines removed. */
function normalise(label: string): string {
  return label
    .replace(/\n[ \t>]*/g, ' ')
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
}

/** The definition keys `text` may refer to. */
export function referenceKeys(text: string): string[] {
  if (!text.includes('[')) return [];
  const keys: string[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const label = m[1] as string;
    keys.push(`L${normalise(label)}`);
    if (label.startsWith('^')) keys.push(`F${normalise(label.slice(1))}`);
  }
  return keys;
}

/** The document's definitions, by key; the first definition of a key wins. */
export class DefinitionIndex {
  private readonly first = new Map<string, number>();

  constructor(readonly definitions: readonly Definition[]) {
    definitions.forEach((d, i) => {
      if (!this.first.has(d.key)) this.first.set(d.key, i);
    });
  }

  get size(): number {
    return this.definitions.length;
  }

  /** The stand-ins `keys` refer to, in document order, ready to be placed before a chunk ('' when none). */
  prefixFor(keys: readonly string[]): string {
    if (this.first.size === 0 || keys.length === 0) return '';
    const used = new Set<number>();
    for (const key of keys) {
      const i = this.first.get(key);
      if (i !== undefined) used.add(i);
    }
    if (used.size === 0) return '';
    return `${[...used].sort((a, b) => a - b).map((i) => (this.definitions[i] as Definition).stub).join('\n\n')}\n\n`;
  }

  /** A key that changes when the definitions that matter (the first of each key, in order) change. */
  signature(): string {
    return [...this.first.keys()].join('\u0000');
  }
}
