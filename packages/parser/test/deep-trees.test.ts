import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { toText, type DocxElement } from '../src/docx.js';
import { parseFrontMatter } from '../src/front-matter.js';
import { GUARD_LIMITS } from '../src/guard.js';

const SENTENCE = 'Het waterschap herstelt de dijk vóór de winter van 2028.';
// Deeper than any JavaScript stack allows for a recursive walk of one frame per level.
const DEPTH = 15_000;

describe('tree walks without recursion', () => {
  it('reads a Word document whose tables nest 15,000 deep', () => {
    let element: DocxElement = { type: 'paragraph', children: [{ type: 'run', children: [{ type: 'text', value: SENTENCE }] }] };
    for (let i = 0; i < DEPTH; i++) element = { type: i % 2 ? 'table' : 'tableCell', children: [element] };
    const { text, paragraphs } = toText({ type: 'document', children: [element, { type: 'paragraph', children: [{ type: 'text', value: 'Slot.' }] }] });
    expect(text).toBe(`${SENTENCE}\n\nSlot.\n`);
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2]);
  });

  it('reads a Word paragraph whose runs nest 15,000 deep, in order', () => {
    let run: DocxElement = { type: 'text', value: 'kern' };
    for (let i = 0; i < DEPTH; i++) run = { type: i % 2 ? 'run' : 'hyperlink', children: [{ type: 'text', value: 'a' }, run, { type: 'text', value: 'b' }] };
    const { text } = toText({ type: 'document', children: [{ type: 'paragraph', children: [run] }] });
    expect(text).toBe(`${'a'.repeat(DEPTH)}kern${'b'.repeat(DEPTH)}\n`);
  });

  it('flattens authors nested 15,000 lists deep in front matter', () => {
    const yaml = `author: ${'['.repeat(200)}Jansen, { name: De Vries }${']'.repeat(200)}`;
    expect(parseFrontMatter(yaml).author).toBe('Jansen, De Vries');
    // The YAML parser itself may give up on deeper input; then the document simply has no metadata.
    expect(() => parseFrontMatter(`author: ${'['.repeat(DEPTH)}x${']'.repeat(DEPTH)}`)).not.toThrow();
  });

  it('parses 15,000 nested block quotes, list items and footnotes without a stack overflow', () => {
    for (const prefix of ['> '.repeat(DEPTH), '- '.repeat(DEPTH), '[^a]: '.repeat(DEPTH), '> - 1. '.repeat(DEPTH / 3)]) {
      const ps = parse(`${prefix}${SENTENCE}\n\nNa afloop.`, { format: 'markdown' }).document.paragraphs;
      expect(ps.map((p) => p.text.includes(SENTENCE) || p.text === 'Na afloop.')).toEqual(ps.map(() => true));
    }
  });
});

describe('table budget', () => {
  it('reads the cells of a large table up to the budget and keeps the rest as one unchecked block', () => {
    const rows = Math.ceil(GUARD_LIMITS.tableCells / 2) + 500;
    const body = Array.from({ length: rows }, (_, i) => `| ${SENTENCE} ${i} | rij ${i} |`).join('\n');
    const source = `| a | b |\n|---|---|\n${body}\n\nNa de tabel.`;
    const ps = parse(source, { format: 'markdown' }).document.paragraphs;
    const cells = ps.filter((p) => p.kind === 'table-cell');
    expect(cells.length).toBeGreaterThan(GUARD_LIMITS.tableCells);
    expect(cells.length).toBeLessThanOrEqual(GUARD_LIMITS.tableCells + 2);
    const rest = ps.find((p) => p.fallback === 'not-checked');
    expect(rest).toMatchObject({ prose: false, kind: 'code' });
    expect(rest?.text.trimEnd().endsWith(`| ${SENTENCE} ${rows - 1} | rij ${rows - 1} |`)).toBe(true);
    expect(ps.at(-1)?.text).toBe('Na de tabel.');
    expect(ps.at(-1)?.fallback).toBeUndefined();
  });
});
