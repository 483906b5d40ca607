import { describe, expect, it } from 'vitest';
import { detectFormat, parse } from '../src/index.js';
import { CORPUS, readCorpus } from './helpers.js';

describe('detectFormat', () => {
  it('trusts Markdown extensions', () => {
    expect(detectFormat('nota.md', 'platte tekst')).toBe('markdown');
    expect(detectFormat('C:\\\\docs\\\\nota.markdown', '')).toBe('markdown');
  });

  it('sniffs .txt and unknown files', () => {
    expect(detectFormat('nota.txt', '---\ntitle: x\n---\n\nTekst.')).toBe('markdown');
    expect(detectFormat('nota.txt', '# Een\n\ntekst\n\n## Twee\n')).toBe('markdown');
    expect(detectFormat(undefined, 'Zie [a](b), [c](d) en [e](f).')).toBe('markdown');
    expect(detectFormat('nota.txt', 'Gewone tekst.\n\n#1 in de lijst\n')).toBe('text');
    expect(detectFormat(undefined, '')).toBe('text');
  });

  it('reads the corpus files as intended', () => {
    expect(detectFormat(CORPUS.weeknotes, readCorpus(CORPUS.weeknotes))).toBe('markdown');
    expect(detectFormat(CORPUS.bundle, readCorpus(CORPUS.bundle))).toBe('markdown');
    expect(detectFormat(CORPUS.magazine, readCorpus(CORPUS.magazine))).toBe('text');
  });

  it('lets options.format override detection', () => {
    expect(parse('# Kop\n\n## Twee\n', { format: 'text' }).document.kind).toBe('text');
    expect(parse('platte tekst', { format: 'markdown' }).document.kind).toBe('markdown');
  });
});
