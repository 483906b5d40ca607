import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { scanChunks } from '../src/block-split.js';
import { markdownBlocks, remarkBlocks } from '../src/markdown.js';
import { parseMdast } from '../src/mdast.js';
import { plainBlocks, plainParagraph } from '../src/plain-blocks.js';
import { corpusDir, repoRoot, seededRandom as random } from './helpers.js';

const EMPHASIS = ['*nadruk*', '**sterk**', '*twee woorden*', '**“citaat”**', '*(haakjes)*', '*', '**', '*a', 'b*', '**c', 'd**', '*e**', '***f***', 'g*h', '*.*', '“*i*”'];
const WORDS = ['de', 'gemeente', 'moet', 'vóór', '2027', 'Het', 'rijk', 'één', 'café', 'zorgt', 'ervoor', '1.', '3)', '12.5', 'info@voorbeeld.nl', 'www.voorbeeld.nl', 'https://voorbeeld.nl/a_b', 'A&B', '&amp;', '&#38;', '—', '“citaat”', '(zie)', '!', '?'];
const LINKS = ['[tekst](https://voorbeeld.nl)', '[twee woorden](/pad/a_b#anker)', '[(zie)](x.md)', '[A&B](x?a=1&b=2)', '[a](b&amp;c)', '[a](b&c;)', '![beeld](x.png)', '[a]()', '[a](b c)', '[a](<b>)', '[[a]](b)', '[a](b)(c)', '[a]', '[a][b]', '[ a ](b)', '[a ](b)', '[*a*](b)', '[a](b "t")', '[a](b', '[a](b))', '[a](b)[c](d)', '[a](`b`)', '[a](b*c*)', '[www.voorbeeld.nl](https://voorbeeld.nl)', '[https://voorbeeld.nl](https://voorbeeld.nl)', '[a](é)'];
const MARKUP = ['*', '_', '`', '[', ']', '<', '>', '~', '|', '\\', '#', '-', '+', '=', ':', '&', '![', '<!--', '-->', '    ', '\t', '1. ', '- ', '> ', '# ', '---', '```', '***'];

/** A Markdown-ish document: mostly prose lines, with whitespace quirks and sometimes markup, mixed line endings. */
function generate(next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  const paragraphs: string[] = [];
  const count = 1 + Math.floor(next() * 4);
  for (let p = 0; p < count; p++) {
    const lines: string[] = [];
    const lineCount = 1 + Math.floor(next() * 4);
    for (let l = 0; l < lineCount; l++) {
      const words: string[] = [];
      const wordCount = 1 + Math.floor(next() * 6);
      for (let w = 0; w < wordCount; w++) words.push(next() < 0.08 ? pick(MARKUP) : next() < 0.1 ? pick(EMPHASIS) : next() < 0.1 ? pick(LINKS) : pick(WORDS));
      const indent = next() < 0.2 ? pick(['', ' ', '  ', '   ', '    ', '\t', ' \t']) : '';
      const trailing = next() < 0.3 ? pick([' ', '  ', '   ', ' \t', '\t', '  \t']) : '';
      lines.push(indent + words.join(next() < 0.1 ? '  ' : ' ') + trailing);
    }
    const eol = next() < 0.15 ? '\r\n' : next() < 0.03 ? '\r' : '\n';
    if (next() < 0.3) {
      // A heading, alone or right above the paragraph, sometimes with markup or a closing sequence.
      const heading = pick(['', ' ', '   ', '    ']) + '#'.repeat(1 + Math.floor(next() * 7)) + pick([' ', '  ', '\t', '']) + pick(WORDS) + pick(['', ' ', ' #', ' ##  ', '#', ' *x*', '  ']);
      if (next() < 0.3) lines.length = 0;
      lines.unshift(heading);
    }
    if (next() < 0.25 && lines.length > 1) {
      // A heading line inside the paragraph (it ends the paragraph), or a line that only looks like one.
      const at = 1 + Math.floor(next() * (lines.length - 1));
      lines.splice(at, 0, pick(['', ' ', '   ', '    ']) + pick(['#', '##', '######', '#######', '#x']) + pick([' ', '\t', '', ' #']) + pick(WORDS));
    }
    // Sometimes a block the fast path must leave to remark, so that remark runs sit between plain chunks.
    const container = next() < 0.4 ? pick(['- ', '* ', '1. ', '1) ', '3. ', '> ', '    ', '```\n']) : '';
    if (next() < 0.2) {
      // A list: every line, or some, opens an item (sometimes indented, nested or with another marker).
      const marker = pick(['- ', '* ', '+ ', '1. ', '2) ', '10. ', '-  ', '-     ', '-\t']);
      const indent = pick(['', '', ' ', '   ']);
      for (let l = 0; l < lines.length; l++) {
        if (l === 0 || next() < 0.6) lines[l] = (next() < 0.1 ? pick(['  ', '    ', '']) + pick(['- ', '* ', '1. ']) : indent + marker) + (lines[l] as string).trimStart();
      }
      paragraphs.push(lines.join(eol));
      continue;
    }
    paragraphs.push(container + lines.join(eol) + (container === '```\n' ? '\n```' : ''));
  }
  const separator = () => (next() < 0.2 ? '\n  \n' : next() < 0.1 ? '\n\n\n' : '\n\n');
  return paragraphs.map((p, i) => (i === 0 ? '' : separator()) + p).join('') + (next() < 0.5 ? '\n' : '');
}

/** Every chunk the fast path takes, with the chunk text, for counting and for comparing trees. */
function fastChunks(source: string): string[] {
  return scanChunks(source, 0, true)
    .chunks.filter((c) => plainBlocks(source, c.start, c.end))
    .map((c) => source.slice(c.start, c.end));
}

/** The tree as offsets, types and values: what the block builder reads from it. */
function shape(node: Nodes): unknown {
  return {
    type: node.type,
    value: 'value' in node ? node.value : undefined,
    depth: 'depth' in node ? node.depth : undefined,
    ordered: node.type === 'list' ? node.ordered : undefined,
    listStart: node.type === 'list' ? node.start : undefined,
    url: node.type === 'link' ? node.url : undefined,
    title: node.type === 'link' ? node.title : undefined,
    start: node.position?.start.offset,
    end: node.position?.end.offset,
    children: 'children' in node ? (node.children as Nodes[]).map(shape) : undefined,
  };
}

describe('the plain-block fast path', () => {
  it('builds the same mdast as remark for every chunk it accepts', () => {
    const next = random(20261122);
    let accepted = 0;
    let headings = 0;
    let lists = 0;
    let emphasised = 0;
    let linked = 0;
    for (let i = 0; i < 6000; i++) {
      const source = generate(next);
      for (const chunk of scanChunks(source, 0, true).chunks) {
        const fast = plainBlocks(source, chunk.start, chunk.end);
        if (!fast) continue;
        accepted++;
        if (fast[0]?.type === 'heading') headings++;
        if (fast[0]?.type === 'list') lists++;
        if (JSON.stringify(shape(fast[0] as Nodes)).includes('"link"')) linked++;
        if (JSON.stringify(shape(fast[0] as Nodes)).includes('"emphasis"') || JSON.stringify(shape(fast[0] as Nodes)).includes('"strong"')) emphasised++;
        const slice = source.slice(chunk.start, chunk.end);
        const tree = parseMdast(slice, chunk.start === 0);
        const reference = tree.children.map((node) => shape(node));
        const shifted = (plainBlocks(slice, 0, slice.length) ?? []).map((node) => shape(node));
        expect(shifted, JSON.stringify(slice)).toEqual(reference);
      }
    }
    // Loose and indented lists: the splitter keeps items after a blank line together when they are indented.
    for (const slice of [' - a\n\n - b\n', '- a\n\n\n- b', ' 1. a\n   \n 7. b  \n\n', '-  a\n   b\n\n- c\n']) {
      const reference = parseMdast(slice, false).children.map((node) => shape(node));
      expect((plainBlocks(slice, 0, slice.length) ?? []).map((node) => shape(node)), JSON.stringify(slice)).toEqual(reference);
    }
    // The generator must exercise the fast path, not only the fallback.
    expect(accepted).toBeGreaterThan(500);
    expect(headings).toBeGreaterThan(40);
    expect(lists).toBeGreaterThan(100);
    expect(emphasised).toBeGreaterThan(60);
    expect(linked).toBeGreaterThan(60);
  });

  it('gives the same blocks as remark alone on generated documents', () => {
    const next = random(7);
    for (let i = 0; i < 1000; i++) {
      const source = generate(next);
      expect(markdownBlocks(source), JSON.stringify(source)).toEqual(remarkBlocks(source));
      // And inside a larger document (offsets shifted), not at its start.
      expect(markdownBlocks(source, 40, false), JSON.stringify(source)).toEqual(remarkBlocks(source, 40, false));
    }
   }, 120_000); // 2000 full remark parses: ≈ 25 s on a busy shared machine

  it('keeps remark runs apart when plain chunks sit between them', () => {
    for (const source of [
      '- een\n\n## Kop\n\n- twee\n\nTekst.\n\n- drie\n',
      '1. een\n\nTekst.\n\n3. drie\n\nSlot.\n\n> citaat\n\nTekst.\n\n    code\n',
      '> a\n\nTekst.\n\n> b\n>\n> c\n\n```\nx\n\ny\n```\n\nTekst.\n\n<div>\n\nz\n</div>\n',
      '---\ntitle: T\n---\n\n- a\n\nTekst.\n\n- b',
    ]) {
      expect(markdownBlocks(source), JSON.stringify(source)).toEqual(remarkBlocks(source));
    }
  });

  it('leaves every construct to the full parser', () => {
    for (const source of [
      '- punt\n  - genest',
      '- punt\n* ander teken',
      '-     code in een punt',
      '- # kop in een punt',
      '1. punt\n2) ander teken',
      '-\tpunt',
      '> citaat',
      '    code',
      '\tcode',
      'Tekst\n===',
      'Tekst\n---',
      'Tekst met *nadruk* en **sterk*',
      'Tekst met **nadruk *binnen* sterk**',
      'Tekst met * los sterretje',
      'Tekst met ***drie***',
      'Tekst met `code`',
      'Een [link](https://voorbeeld.nl) met *nadruk*',
      'Een [link](https://voorbeeld.nl "titel")',
      'Een ![beeld](beeld.png)',
      'Een [[link]](https://voorbeeld.nl)',
      'Een [link] [x](y)',
      'Een [link][ref]',
      'Een [link](<https://voorbeeld.nl>)',
      'Een [link](https://voorbeeld.nl/(a))',
      'Een [link](https://voorbeeld.nl?a&amp;b)',
      'Een [ link](https://voorbeeld.nl)',
      'Een [link](https://voorbeeld.nl\n)',
      'Een <b>tag</b>',
      'Een &amp; entiteit',
      'Een \\* escape',
      'a | b\n--|--',
      'Tekst\n<div>',
      'Tekst\n```\ncode\n```',
      '[a]: https://voorbeeld.nl',
      'regel\ronderbroken',
      'Tekst\n\n    vervolg',
      '## Kop ##',
      '# Kop\n- punt',
      'Tekst\n## Kop ##',
      'Tekst\n    # ingesprongen',
    ]) {
      expect(plainBlocks(source, 0, source.length), JSON.stringify(source)).toBeUndefined();
    }
    expect(plainParagraph('De gemeente moet vóór 2027 kiezen.\nEn 2.5 keer meer.\n\n', 0, 53)).toBeDefined();
    expect(plainBlocks('## Kop\nDe gemeente kiest.\n', 0, 26)?.map((n) => n.type)).toEqual(['heading', 'paragraph']);
    const mixed = 'Inleiding.\n## Kop\nDe gemeente kiest.\n### Twee\n#geen kop\n####### ook niet\n';
    expect(plainBlocks(mixed, 0, mixed.length)?.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
    expect(plainBlocks('- een\n- twee\n  vervolg\n', 0, 23)?.map((n) => n.type)).toEqual(['list']);
    const withLinks = '[Zie](a.md) de [regeling](https://voorbeeld.nl/x_y#z).';
    const linked = plainParagraph(withLinks, 0, withLinks.length);
    expect(linked?.children.map((n) => n.type)).toEqual(['link', 'text', 'link', 'text']);
    expect(linked?.children[2]).toMatchObject({ url: 'https://voorbeeld.nl/x_y#z', title: null });
    const emphasised = plainParagraph('*Let op:* de **gemeente** kiest.', 0, 32);
    expect(emphasised?.children.map((n) => n.type)).toEqual(['emphasis', 'text', 'strong', 'text']);
  });

  it('gives the same blocks as remark alone on the corpus, the dev set and the repository docs', () => {
    const files = [
      ...readdirSync(corpusDir).map((f) => path.join(corpusDir, f)),
      path.resolve(repoRoot, '../shared/eval/dev/units.md'),
      path.join(repoRoot, 'README.md'),
      ...readdirSync(path.join(repoRoot, 'docs/rules')).map((f) => path.join(repoRoot, 'docs/rules', f)),
    ];
    let fast = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      fast += fastChunks(source).length;
      expect(markdownBlocks(source), file).toEqual(remarkBlocks(source));
    }
    expect(fast).toBeGreaterThan(500);
  });
});

describe('chunks and ordered lists', () => {
  it('numbers a loose list written 1., 1., 1. as 1, 2, 3 in both parsers', async () => {
    const { parse } = await import('../src/index.js');
    const { IncrementalParser } = await import('../src/incremental.js');
    const source = 'Inleiding.\n\n1. eerste punt\n\n1. tweede punt\n\n1. derde punt\n\nSlot.\n';
    const ordinals = (doc: ReturnType<typeof parse>) => doc.document.paragraphs.filter((p) => p.kind === 'list-item').map((p) => p.ordinal);
    expect(ordinals(parse(source, { format: 'markdown' }))).toEqual([1, 2, 3]);
    expect(ordinals(new IncrementalParser().parse(source, { format: 'markdown' }))).toEqual([1, 2, 3]);
  });
});
