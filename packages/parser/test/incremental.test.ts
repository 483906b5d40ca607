import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { IncrementalParser } from '../src/incremental.js';
import { splitChunks } from '../src/block-split.js';
import { CORPUS, readCorpus, readFixture, seededRandom as random } from './helpers.js';

const SNIPPETS = ['a', ' ', '\n', '\n\n', '# ', '- ', '1. ', '> ', '```', '\n```\n', '<!-- ', ' -->', '---\n', '*', '**', '`', '    ', '|', '\t', 'é', '[x](y)', '<b>', '\n\n# Kop\n\n', '\n\n## 3 Nieuw advies\n\n', '\n\nJan de Vries\n\n', '\r\n', '\r', '\r\n\r\n'];

function edit(source: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (source.length + 1));
  const r = rnd();
  if (r < 0.3 && source.length > 0) {
    const len = 1 + Math.floor(rnd() * 20);
    return source.slice(0, at) + source.slice(at + len);
  }
  if (r < 0.4) {
    // A larger cut or a paste of another part of the document, crossing chunk boundaries.
    const from = Math.floor(rnd() * source.length);
    return r < 0.35
      ? source.slice(0, at) + source.slice(at + Math.floor(rnd() * 600))
      : source.slice(0, at) + source.slice(from, from + Math.floor(rnd() * 800)) + source.slice(at);
  }
  const snippet = SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] as string;
  return source.slice(0, at) + snippet + source.slice(at);
}

describe('IncrementalParser', () => {
  it.each([CORPUS.weeknotes, CORPUS.amsterdam, CORPUS.openSource, CORPUS.bundle])(
    'equals a full parse after random edits of %s',
    (name) => {
      const rnd = random(name.length * 7919);
      const parser = new IncrementalParser();
      let source = readCorpus(name);
      const options = { filePath: name, format: 'markdown' as const };
      expect(parser.parse(source, options)).toEqual(parse(source, options));
      const rounds = name === CORPUS.bundle ? 12 : 40;
      for (let i = 0; i < rounds; i++) {
        source = edit(source, rnd);
        expect(parser.parse(source, options), `after edit ${i}`).toEqual(parse(source, options));
      }
    },
    60_000,
  );

  it.each([CORPUS.weeknotes, CORPUS.openSource, CORPUS.bundle])(
    'with shareParagraphs, equals a full parse after random edits of %s',
    (name) => {
      const rnd = random(name.length * 104729);
      const parser = new IncrementalParser({ shareParagraphs: true });
      let source = readCorpus(name);
      const options = { filePath: name, format: 'markdown' as const };
      expect(parser.parse(source, options)).toEqual(parse(source, options));
      const rounds = name === CORPUS.bundle ? 12 : 30;
      for (let i = 0; i < rounds; i++) {
        source = edit(source, rnd);
        expect(parser.parse(source, options), `after edit ${i}`).toEqual(parse(source, options));
      }
    },
    60_000,
  );

  it('with shareParagraphs, keeps a table of contents non-prose and gives it back when it disappears', () => {
    const options = { format: 'markdown' as const };
    const withToc = readFixture('bundle-toc.md');
    // Same length: the chunks after the heading do not move, so their paragraphs are candidates for reuse.
    const withoutToc = withToc.replace('# Inhoud\n', '# Inhaud\n');
    expect(withoutToc).not.toBe(withToc);
    const parser = new IncrementalParser({ shareParagraphs: true });
    // Edits after the table of contents keep its chunks, whose paragraphs the last result marked non-prose;
    // renaming the heading turns them back into prose.
    const versions = [withToc, `${withToc}\nNog een zin.\n`, withToc, withoutToc, `${withoutToc}\nZin.\n`, withToc, `${withToc}x`];
    for (const [i, source] of versions.entries()) {
      expect(parser.parse(source, options), `version ${i}`).toEqual(parse(source, options));
    }
  });

  it('with shareParagraphs, hands out the same objects for paragraphs before and after an edit, moved in place', () => {
    const options = { format: 'markdown' as const };
    const source = readCorpus(CORPUS.openSource);
    const parser = new IncrementalParser({ shareParagraphs: true });
    const first = parser.parse(source, options).document.paragraphs;
    const middle = first[Math.floor(first.length / 2)]!;
    const at = middle.span.start.offset;
    const last = first.at(-1)!;
    const lastStart = { ...last.span.start };
    const lastSentence = { ...last.sentences[0]!.span.end };
    const lastMap = last.map.map(([t, s]) => [t, s]);
    const inserted = 'Nieuw.\n\n';
    const next = `${source.slice(0, at)}${inserted}${source.slice(at)}`;
    const second = parser.parse(next, options);
    expect(second.document.paragraphs[0]).toBe(first[0]);
    expect(second.document.paragraphs.at(-1)).toBe(last);
    expect(last.span.start).toEqual({ ...lastStart, line: lastStart.line + 2, offset: lastStart.offset + inserted.length });
    expect(last.sentences[0]!.span.end.offset).toBe(lastSentence.offset + inserted.length);
    expect(last.map).toEqual(lastMap.map(([t, s]) => [t, s! + inserted.length]));
    expect(second).toEqual(parse(next, options));
  });

  it('without shareParagraphs, leaves earlier results as they were', () => {
    const options = { format: 'markdown' as const };
    let source = readFixture('bundle-toc.md');
    const parser = new IncrementalParser();
    const first = parser.parse(source, options);
    const snapshot = structuredClone(first);
    const rnd = random(7);
    for (let i = 0; i < 10; i++) {
      source = edit(source, rnd);
      const next = parser.parse(source, options);
      expect(next.document.paragraphs.some((p) => first.document.paragraphs.includes(p))).toBe(false);
    }
    expect(first).toEqual(snapshot);
  });

  it('equals a full parse on tricky Markdown', () => {
    const cases = [
      '---\ntitle: x\n---\n\nText.\n\n---\n\nMore\n---\n',
      '```\ncode\n\nstill code\n```\n\nAfter.\n',
      '<!-- comment\n\nstill comment -->\n\nText.\n',
      '- a\n\n- b\n\n  continued\n\n1. one\n\n2. two\n',
      '<pre>\n\nraw\n</pre>\n\nText.\n',
      'Para with [ref].\n\n[ref]: https://example.org\n',
      '> quote\n\n> second\n\n    indented code\n\nText\n===\n',
      '\uFEFF# Kop\n\nZin.\n',
    ];
    for (const source of cases) {
      const options = { format: 'markdown' as const };
      expect(new IncrementalParser().parse(source, options)).toEqual(parse(source, options));
    }
  });

  it('equals a full parse after edits that move front matter off the start or add a line of no-break spaces', () => {
    const options = { format: 'markdown' as const };
    const edits: [string, string][] = [
      // A newline typed before the front matter: it is no longer front matter (a rule and a setext heading).
      ['---\ntitle: Nota\n---\n\nDe gemeente beslist.\n', '\n---\ntitle: Nota\n---\n\nDe gemeente beslist.\n'],
      // And back: deleting it makes it front matter again.
      ['\n---\ntitle: Nota\n---\n\nDe gemeente beslist.\n', '---\ntitle: Nota\n---\n\nDe gemeente beslist.\n'],
      // A line of no-break spaces is not blank (CommonMark): it belongs to the paragraph after it.
      ['Eerste alinea.\n\nDe raad ~ besluit.\n', 'Eerste alinea.\n\n\u00a0\nDe raad ~ besluit.\n'],
      ['Eerste alinea.\n\nDe raad besluit.\n', 'Eerste alinea.\n\n\u00a0\nDe raad besluit.\n'],
    ];
    for (const [before, after] of edits) {
      const parser = new IncrementalParser();
      parser.parse(before, options);
      expect(parser.parse(after, options)).toEqual(parse(after, options));
    }
  });

  it('reuses unchanged chunks after an edit', () => {
    const source = readCorpus(CORPUS.bundle);
    const chunks = splitChunks(source);
    expect(chunks.length).toBeGreaterThan(100);
    expect(chunks[0]?.start).toBe(0);
    expect(chunks.at(-1)?.end).toBe(source.length);
  });

  it('falls back to a full parse for plain text', () => {
    const source = readCorpus(CORPUS.magazine);
    const options = { filePath: CORPUS.magazine };
    expect(new IncrementalParser().parse(source, options)).toEqual(parse(source, options));
  });
});
