import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findBareUrls } from '../src/bare-urls.js';
import { parseMdast } from '../src/mdast.js';
import { parse } from '../src/index.js';
import { seededRandom } from './helpers.js';

const found = (text: string) => findBareUrls(text).map(([s, e]) => text.slice(s, e));

describe('findBareUrls', () => {
  it('finds web addresses with and without a scheme, and mail addresses', () => {
    expect(found('Kijk op www.voorbeeld.nl of op https://voorbeeld.nl/pad?q=1 en mail info@voorbeeld.nl.')).toEqual([
      'www.voorbeeld.nl',
      'https://voorbeeld.nl/pad?q=1',
      'info@voorbeeld.nl',
    ]);
    expect(found('Lokaal: https://localhost/pad, ook dat.')).toEqual(['https://localhost/pad']);
  });

  it('leaves trailing punctuation to the sentence but keeps balanced parentheses', () => {
    expect(found('Zie https://voorbeeld.nl/a.')).toEqual(['https://voorbeeld.nl/a']);
    expect(found('(zie www.voorbeeld.nl)')).toEqual(['www.voorbeeld.nl']);
    expect(found('zie https://nl.wikipedia.org/wiki/Wet_(recht)).')).toEqual(['https://nl.wikipedia.org/wiki/Wet_(recht)']);
  });

  it('ignores what only looks like an address', () => {
    expect(found('De www is groot, wwwvoorbeeld.nl niet, en xhttps://a.nl ook niet.')).toEqual([]);
    expect(found('Een label op een cijfer: info@voorbeeld.nl1 of een underscore: www.a_b.c_d')).toEqual([]);
  });

  it('drops addresses from paragraph text but not from link text', () => {
    const src = 'Zie www.voorbeeld.nl en [www.ander.nl](https://ander.nl) nu.\n';
    expect(parse(src, { format: 'markdown' }).document.paragraphs[0]?.text).toBe('Zie en www.ander.nl nu.');
  });
});

/** The texts GFM's own autolink-literal support turns into links, in document order. */
function gfmAddresses(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'link') {
      out.push(node.children.map((c) => ('value' in c ? c.value : '')).join(''));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return out;
}

/** The texts findBareUrls drops, on the text nodes of the parser's own parse (GFM without autolink literals). */
function ourAddresses(markdown: string): string[] {
  const tree = parseMdast(markdown);
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset ?? 0;
      const value = node.value;
      out.push(...findBareUrls(value, start > 0 ? markdown.charCodeAt(start - 1) : -1).map(([s, e]) => value.slice(s, e)));
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return out;
}

describe('findBareUrls on long runs', () => {
  it('stays linear where each position could start or end an address', () => {
    const inputs = [
      `http://a.nl/${'!'.repeat(200_000)}x`,
      `www.a${'._'.repeat(100_000)}x`,
      `http://a.nl/${']'.repeat(200_000)}x`,
      `http://a.nl/${'&amp;'.repeat(50_000)}x`,
      'www.a_b.'.repeat(30_000),
      '(www._'.repeat(40_000),
      '(http://a_b/'.repeat(20_000),
    ];
    for (const input of inputs) {
      const t = performance.now();
      findBareUrls(input);
      // Quadratic behaviour takes minutes here; linear takes milliseconds. The limit allows a busy machine.
      expect(performance.now() - t).toBeLessThan(3_000);
    }
  });
});

describe('findBareUrls agrees with GFM autolink literals', () => {
  // Pieces that make addresses, near-addresses and the punctuation around them; seeded, so failures repeat.
  // Without `*`, `_` and `~` on their own: GFM tokenizes an address before emphasis or strikethrough markers
  // around or inside it, we after; the README names that difference.
  const pieces = ['www.', 'http://', 'https://', 'mailto:', 'voorbeeld', 'gemeente', '.nl', '.org', '/pad', '/a_b', '?q=1',
    '#deel', '(', ')', '.', ',', ';', ':', '!', '?', '"', "'", '@', 'info', '-', ' ', ' ', ' ', 'tekst', 'x', '1'];
  const random = seededRandom(12345);
  const sample = () => Array.from({ length: 4 + Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join('');

  it('on 5000 generated paragraphs', () => {
    const mismatches: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const text = sample().trim() || 'x';
      const gfm = JSON.stringify(gfmAddresses(text));
      const ours = JSON.stringify(ourAddresses(text));
      if (gfm !== ours) mismatches.push(`${JSON.stringify(text)} gfm ${gfm} ours ${ours}`);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
