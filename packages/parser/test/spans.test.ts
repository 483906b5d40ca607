import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/index.js';
import { CORPUS, corpusPath } from './helpers.js';

describe('sentence spans in the corpus', () => {
  it.each(Object.values(CORPUS))('%s: every sentence starts and ends on its own first and last character', async (name) => {
    const { document, source, lines } = await readDocument(corpusPath(name));
    let count = 0;
    for (const p of document.paragraphs) {
      for (const s of p.sentences) {
        count++;
        expect(source[s.span.start.offset]).toBe(s.text[0]);
        expect(source[s.span.end.offset - 1]).toBe(s.text[s.text.length - 1]);
        expect(lines.positionAt(s.span.start.offset)).toEqual(s.span.start);
        expect(s.span.start.offset).toBeGreaterThanOrEqual(p.span.start.offset);
        expect(s.span.end.offset).toBeLessThanOrEqual(p.span.end.offset);
      }
    }
    expect(count).toBeGreaterThan(10);
  });
});
