import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { IncrementalParser } from '../src/incremental.js';
import { GUARD_LIMITS } from '../src/guard.js';
import { markdownBlocks, remarkBlocks } from '../src/markdown.js';
import { seededRandom } from './helpers.js';

const SENTENCE = 'De gemeente regelt het vóór 1 juni 2027.';
const paragraphs = (source: string) => parse(source, { format: 'markdown' }).document.paragraphs;
const strip = (blocks: { text: string; kind: string }[]) => blocks.map((b) => [b.kind, b.text]);

describe('guards before micromark', () => {
  it('reads nesting deeper than the limit as plain text, keeping its words', () => {
    for (const prefix of ['>'.repeat(5000), '> '.repeat(5000), '- '.repeat(5000), '1. '.repeat(5000)]) {
      const [p] = paragraphs(`${prefix}${SENTENCE}`);
      expect(p?.fallback).toBe('too-deep');
      expect(p?.text).toContain(SENTENCE);
    }
  });

  it('parses nesting within the limit as Markdown', () => {
    const depth = Math.floor(GUARD_LIMITS.depth / 2);
    const ps = paragraphs(`${'> '.repeat(depth)}${SENTENCE}`);
    expect(ps.map((p) => p.fallback)).toEqual([undefined]);
    expect(ps[0]?.quoted).toBe(true);
  });

  it('reads runs of unclosed inline openers as plain text', () => {
    for (const run of ['**a*', '*_**__', '[a](b', '![a](b ', 'x <!-- ', '`a ``b ']) {
      const ps = paragraphs(run.repeat(20_000));
      expect(ps.some((p) => p.fallback === 'too-complex'), run).toBe(true);
    }
  });

  it('reads a table too large for one parser run as plain cells', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| cel ${i} | ${SENTENCE} |`).join('\n');
    const ps = paragraphs(`| a | b |\n|---|---|\n${rows}\n`);
    expect(ps.every((p) => p.kind === 'table-cell' && p.fallback === 'too-large')).toBe(true);
    expect(ps).toHaveLength(2 + 2 * 5000);
  });

  it('splits a long list at its items instead of reading it as plain text', () => {
    const items = Array.from({ length: 6000 }, (_, i) => `- punt *${i}* ${SENTENCE}`).join('\n');
    const ps = paragraphs(items);
    expect(ps).toHaveLength(6000);
    expect(ps.every((p) => p.kind === 'list-item' && p.fallback === undefined)).toBe(true);
  });

  it('keeps HTML comments (directives) of a plain-text passage as HTML', () => {
    const big = Array.from({ length: 3000 }, () => `> ${SENTENCE}`).join('\n');
    const ps = paragraphs(`${'>'.repeat(100)} x\n<!-- scherp-disable -->\n${big}`);
    expect(ps.some((p) => p.kind === 'html' && p.text.includes('scherp-disable'))).toBe(true);
  });

  it('skips blank and textless chunks the way micromark reads them', () => {
    for (const source of ['\n'.repeat(5000), '-\n'.repeat(3000), '> \n>\n'.repeat(2000), '* * *\n- -\n'.repeat(1000)]) {
      expect(strip(markdownBlocks(source).blocks)).toEqual(strip(remarkBlocks(source.slice(0, 400)).blocks));
      expect(markdownBlocks(source).blocks).toEqual([]);
    }
  });

  it('resolves references to definitions elsewhere in the document like a whole-document parse', () => {
    const source = [
      '[Zie het plan][plan] en [de wet].',
      '',
      '- een punt met [een verwijzing][Plan]',
      '',
      '[plan]: https://example.org/plan',
      '[de wet]: https://example.org/wet "Titel"',
      '',
      'Een [onbekende][x] verwijzing en [nog een].',
    ].join('\n');
    expect(strip(markdownBlocks(source).blocks)).toEqual(strip(remarkBlocks(source).blocks));
  });

  it('decides per chunk, so the incremental parser equals a full parse', () => {
    const random = seededRandom(14);
    let source = `# Titel\n\n${'>'.repeat(200)} diep\n\n${'**a*'.repeat(3000)}\n\n${SENTENCE}\n`;
    const parser = new IncrementalParser();
    parser.parse(source, { format: 'markdown' });
    for (let i = 0; i < 8; i++) {
      const at = Math.floor(random() * source.length);
      source = `${source.slice(0, at)}${['\n\n', '>', '*', ' tekst '][i % 4]}${source.slice(at)}`;
      expect(parser.parse(source, { format: 'markdown' }).document).toEqual(parse(source, { format: 'markdown' }).document);
    }
  });
});
