import { describe, expect, it, vi } from 'vitest';
import { parse, readDocument } from '../src/index.js';
import { CORPUS, corpusPath } from './helpers.js';

describe('front matter of the corpus Markdown files', () => {
  it('000: title, date as written, author, tags and other keys', async () => {
    const { document } = await readDocument(corpusPath(CORPUS.weeknotes));
    expect(document.kind).toBe('markdown');
    expect(document.title).toBe('Makelaar of maker');
    expect(document.metadata).toEqual({
      title: 'Makelaar of maker',
      date: '2025-11-28T18:00:00+01:00',
      author: 'Anne',
      tags: ['2025', 'weeknotes'],
      extra: { layout: 'post' },
    });
    expect(document.paragraphs[0]?.kind).toBe('front-matter');
    expect(document.paragraphs[0]?.prose).toBe(false);
  });

  it('003: title and flow-sequence tags, no date, the rest in extra', async () => {
    const { document } = await readDocument(corpusPath(CORPUS.amsterdam));
    expect(document.metadata.title).toBe('Gemeente Amsterdam doet ‘t zelf(s)');
    expect(document.title).toBe(document.metadata.title);
    expect(document.metadata.date).toBeUndefined();
    expect(document.metadata.tags).toEqual(['open source', 'publieke sector', 'digitale autonomie']);
    expect(Object.keys(document.metadata.extra).sort()).toEqual(['caption', 'image', 'teaser']);
  });

  it('004: title and tags', async () => {
    const { document } = await readDocument(corpusPath(CORPUS.openSource));
    expect(document.metadata.title).toBe('Open Source voor Open Samenwerken');
    expect(document.metadata.tags).toEqual(['open samenwerking', 'code for nl', 'open source']);
    expect(document.metadata.date).toBeUndefined();
  });
});

describe('front matter edge cases', () => {
  it('keeps an unquoted date and time as the string written', () => {
    const { document } = parse('---\ndate: 2026-03-01 09:30:00\ntags: beleid, data\nauthors:\n  - A. Jansen\n  - B. de Wit\n---\n\nTekst.\n');
    expect(document.metadata.date).toBe('2026-03-01 09:30:00');
    expect(document.metadata.tags).toEqual(['beleid', 'data']);
    expect(document.metadata.author).toBe('A. Jansen, B. de Wit');
  });

  it('does not throw on invalid YAML', () => {
    const { document } = parse('---\ntitle: [niet gesloten\n---\n\n# Kop\n');
    expect(document.metadata).toEqual({ tags: [], extra: {} });
    expect(document.title).toBe('Kop');
  });

  it('prints no library warning for a key that is a list (it would reach the user as a Node warning)', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      const { document } = parse('---\n? [a, b]\n: 1\ntitle: Nota\n---\n\nTekst.\n');
      expect(document.metadata.title).toBe('Nota');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('uses url as source and falls back to the file name for the title', () => {
    const { document } = parse('---\nurl: https://example.org/stuk\n---\n\nAlleen tekst.\n', { filePath: '/a/b/notitie.md' });
    expect(document.metadata.source).toBe('https://example.org/stuk');
    expect(document.title).toBe('notitie.md');
    expect(document.id).toBe('notitie.md');
    expect(document.path).toBe('/a/b/notitie.md');
  });
});
