import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { IncrementalParser } from '../src/incremental.js';
import { markdownBlocks, remarkBlocks } from '../src/markdown.js';
import { seededRandom as random } from './helpers.js';

/** Blocks of a generated rich document: prose, links of every form, definitions, footnotes, tables, HTML, quotes, lists. */
const BLOCKS = [
  'Er moet een loket komen voor [de burger][loket] en voor [bedrijven].',
  'Lees [de regeling](https://example.org/r "titel") en [Loket][] voor meer.',
  '[loket]: https://example.org/loket',
  '[Bedrijven]: <https://example.org/b> "Voor bedrijven"',
  '[LOKET]: https://example.org/dubbel',
  'Zie de voetnoot[^1] en de tweede[^noot].',
  '[^1]: Een voetnoot met [een link][loket].',
  '[^noot]: Nog een voetnoot.\n\n    Met een tweede alinea.',
  '> Een citaat met [bedrijven] erin.\n> [citaat]: https://example.org/c',
  '- een punt met [citaat]\n- [loket]\n  - genest [^1]',
  '| Wie | Wat |\n| --- | --- |\n| [loket] | [de regeling](x) |',
  '<!-- een opmerking met [loket] -->',
  '<!-- over\n\ntwee alinea’s [loket] -->',
  '<div>\n[loket]\n</div>',
  '```\n[loket]: code, geen definitie\n```',
  'Een alinea\n[geen]: want een definitie onderbreekt geen alinea',
  '[geen] en [ander\nlabel] en [label met \\] haak].',
  '[ander label]: https://example.org/a',
  '[label met \\] haak]: https://example.org/h',
  '# Kop met [loket]',
  'Gewone tekst zonder haken.',
];

/** The blocks and front matter (remark alone does not list definitions). */
const blocksOf = (result: ReturnType<typeof markdownBlocks>) => ({ blocks: result.blocks, frontMatter: result.frontMatter });

function generate(next: () => number, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(BLOCKS[Math.floor(next() * BLOCKS.length)]!);
  return `${parts.join('\n\n')}\n`;
}

const SNIPPETS = ['[loket]', '[^1]', '\n\n[loket]: https://example.org/nieuw\n\n', '\n\n[^1]: Nieuw.\n\n', '\n[x]: y\n', ']', '[', ':', '\n\n', '> ', '- ', '| ', 'a', '```\n'];

function edit(source: string, next: () => number): string {
  const at = Math.floor(next() * (source.length + 1));
  const r = next();
  if (r < 0.3 && source.length > 0) return source.slice(0, at) + source.slice(at + 1 + Math.floor(next() * 30));
  if (r < 0.4) {
    const from = Math.floor(next() * source.length);
    return source.slice(0, at) + source.slice(from, from + Math.floor(next() * 300)) + source.slice(at);
  }
  return source.slice(0, at) + SNIPPETS[Math.floor(next() * SNIPPETS.length)]! + source.slice(at);
}

describe('link reference and footnote definitions across chunks', () => {
  it('give the same blocks as remark on the whole document', () => {
    const next = random(31);
    for (let i = 0; i < 300; i++) {
      const source = generate(next, 2 + Math.floor(next() * 8));
      expect(blocksOf(markdownBlocks(source)), JSON.stringify(source)).toEqual(blocksOf(remarkBlocks(source)));
      const withFrontMatter = `---\ntitle: T\n---\n\n${source}`;
      expect(blocksOf(markdownBlocks(withFrontMatter)), JSON.stringify(withFrontMatter)).toEqual(blocksOf(remarkBlocks(withFrontMatter)));
    }
  });

  it('resolve a reference to a definition in another chunk, first definition winning', () => {
    const source = 'Zie [de burger][loket] en [^1].\n\nTekst.\n\n[LOKET]: https://example.org/a\n\n[loket]: https://example.org/b\n\n[^1]: Noot.\n';
    const texts = parse(source, { format: 'markdown' }).document.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe('Zie de burger en .');
    expect(blocksOf(markdownBlocks(source))).toEqual(blocksOf(remarkBlocks(source)));
  });

  it.each([1, 2, 3, 4, 5, 6])('the incremental parser equals a full parse after random edits (seed %i)', (seed) => {
    const next = random(seed * 7717);
    let source = generate(next, 40);
    const options = { format: 'markdown' as const, filePath: 'defs.md' };
    for (const share of [false, true]) {
      const parser = new IncrementalParser({ shareParagraphs: share });
      expect(parser.parse(source, options)).toEqual(parse(source, options));
      for (let i = 0; i < 40; i++) {
        source = edit(source, next);
        expect(parser.parse(source, options), `after edit ${i}`).toEqual(parse(source, options));
      }
    }
  }, 60_000);

  it('parses again only the chunks whose definitions changed', () => {
    const body = Array.from({ length: 50 }, (_, i) => (i % 10 === 0 ? `Alinea ${i} met [loket].` : `Alinea ${i} zonder verwijzing.`)).join('\n\n');
    const source = `${body}\n\n[loket]: https://example.org/a\n`;
    const parser = new IncrementalParser({ shareParagraphs: true });
    const options = { format: 'markdown' as const };
    const first = parser.parse(source, options).document.paragraphs;
    // A definition of another label: no chunk refers to it, so every paragraph is handed out again (but the
    // last, whose chunk is next to the edit and is scanned again).
    const second = parser.parse(`${source}\n[ander]: https://example.org/b\n`, options).document.paragraphs;
    second.slice(0, -1).forEach((p, i) => expect(p, `paragraph ${i}`).toBe(first[i]));
    // Removing the definition changes the text of the five paragraphs that refer to it, and only those
    const third = parser.parse(body, options);
    expect(third).toEqual(parse(body, options));
    const changed = third.document.paragraphs.filter((p, i) => p !== second[i]).map((p) => p.text);
    // (and the two next to the edit, whose chunks the edit touched or followed).
    expect(changed).toEqual([...[0, 10, 20, 30, 40].map((i) => `Alinea ${i} met [loket].`), 'Alinea 48 zonder verwijzing.', 'Alinea 49 zonder verwijzing.']);
  });
});

describe('one-line definition chunks', () => {
  it('are read without a parser run to the very definitions the parser finds', async () => {
    const { definitionsIn } = await import('../src/guarded-chunks.js');
    const { definitionsOf } = await import('../src/definitions.js');
    const { parseMdast } = await import('../src/mdast.js');
    const chunks = [
      '[loket]: https://example.org/loket',
      '[Ref-3]: https://example.org/ref/12?x=1#y  \n\n',
      '[^1]: Een voetnoot met [x]: geen definitie.\n',
      '[^Noot_2]: Élan en *nadruk*.\r\n\r\n',
      // Not of the plainest form: left to the parser, which finds what there is.
      '[^3]: [x]: y',
      '[^4]:    code',
      '[a]: <b> "titel"',
      '[a b]: https://example.org',
    ];
    for (const text of chunks) expect(definitionsIn(text, false)).toEqual(definitionsOf(parseMdast(text, false)));
  });
});
