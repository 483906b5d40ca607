import { describe, expect, it } from 'vitest';
import { parse, readDocument } from '../src/index.js';
import { CORPUS, corpusPath } from './helpers.js';

const CONJUNCTIONS = new Set(['en', 'of', 'tot', 'noch', 'als', 'dan', 'maar']);

describe('plain text repair', () => {
  it('joins broken lines and repairs line-end hyphenation', () => {
    const source = 'De gemeente werkt aan de digitalise-\nring van het loket en de ontwik-\nkeling van\nnieuwe diensten.\n\nEen tweede alinea.\n';
    const { document } = parse(source, { format: 'text' });
    expect(document.paragraphs.map((p) => p.text)).toEqual([
      'De gemeente werkt aan de digitalisering van het loket en de ontwikkeling van nieuwe diensten.',
      'Een tweede alinea.',
    ]);
  });

  it('keeps real hyphens and elliptic compounds', () => {
    const source = [
      'Veel ICT-\nprojecten lopen uit. Stuur een e-\nmail naar Noord-\nHolland over de gegevens-',
      'en dataverwerking, de hotel- of taximarkt en de jaren 2017-\n2018.',
    ].join('\n');
    const { document } = parse(source, { format: 'text' });
    expect(document.paragraphs[0]?.text).toBe(
      'Veel ICT-projecten lopen uit. Stuur een e-mail naar Noord-Holland over de gegevens- en dataverwerking, de hotel- of taximarkt en de jaren 2017-2018.',
    );
  });

  it('repairs mid-line breaks only when the continuation is clearly the same word', () => {
    const { document } = parse('De commis- sie en de weg- en waterbouw van- uit het Rijk. Zie Opwaarderen- Borgen.', {
      format: 'text',
    });
    expect(document.paragraphs[0]?.text).toBe(
      'De commissie en de weg- en waterbouw vanuit het Rijk. Zie Opwaarderen- Borgen.',
    );
  });

  it('keeps a hyphen where removing it would merge two vowels', () => {
    const { document } = parse('Een zee-\negel en een auto-\nongeluk.', { format: 'text' });
    expect(document.paragraphs[0]?.text).toBe('Een zee-egel en een auto-ongeluk.');
  });

  it('joins double-spaced lines that continue in lower case', () => {
    const { document } = parse('Dit is een zin die door-\n\nloopt over een lege regel en verder\n\ngaat.\n\nNieuwe alinea.', {
      format: 'text',
    });
    expect(document.paragraphs.map((p) => p.text)).toEqual([
      'Dit is een zin die doorloopt over een lege regel en verder gaat.',
      'Nieuwe alinea.',
    ]);
  });

  it('detects clear headings and list items', () => {
    const body = 'Dit is een lange alinea met genoeg tekst om als lopende tekst te gelden in het document, zeker weten.';
    const source = `BELEID EN UITVOERING\n\n${body}\n\n    Een tussenkop\n\n${body}\n\n1. Eerste punt\n2. Tweede punt\n`;
    const { document } = parse(source, { format: 'text' });
    expect(document.paragraphs.map((p) => [p.kind, p.depth, p.ordinal])).toEqual([
      ['heading', 1, undefined],
      ['paragraph', undefined, undefined],
      ['heading', 2, undefined],
      ['paragraph', undefined, undefined],
      ['list-item', 1, 1],
      ['list-item', 1, 2],
    ]);
    expect(document.sections.map((s) => s.heading)).toEqual(['BELEID EN UITVOERING']);
    expect(document.sections[0]?.children.map((s) => s.heading)).toEqual(['Een tussenkop']);
  });
});

describe('PDF-extracted magazine (corpus 001)', async () => {
  const parsed = await readDocument(corpusPath(CORPUS.magazine));
  const { document, source } = parsed;

  it('is read as plain text with many paragraphs and sentences', () => {
    expect(document.kind).toBe('text');
    expect(document.paragraphs.length).toBeGreaterThan(300);
    expect(document.paragraphs.every((p) => p.sentences.length > 0)).toBe(true);
  });

  it('leaves no broken-word artefacts from line ends', () => {
    for (const p of document.paragraphs) {
      for (const m of p.text.matchAll(/(\p{L}+)- (\p{L}+)/gu)) {
        const next = m[2] as string;
        const legitimate = CONJUNCTIONS.has(next.toLowerCase()) || /^\p{Lu}/u.test(next) || /\p{Lu}$/u.test(m[1] as string);
        expect(legitimate, `artefact "${m[0]}" in: ${p.text.slice(0, 80)}`).toBe(true);
      }
      // A hyphen left in front of a lower-case letter must also be a hyphen in the source (not a line break).
      for (const m of p.text.matchAll(/\p{Ll}-\p{Ll}/gu)) {
        const at = (m.index ?? 0) + 1;
        expect(p.text[at]).toBe('-');
      }
    }
    const text = document.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('digitalisering');
    expect(text).not.toMatch(/digitalise- ?ring/);
    expect(text).not.toMatch(/ontwikke- ?ling/);
  });

  it('maps every sentence back to the original line of its first word', () => {
    for (const p of document.paragraphs) {
      for (const s of p.sentences) {
        // The first word as written, ignoring a repaired line-end hyphenation inside it.
        const firstWord = s.text.match(/^\S+/u)?.[0] ?? '';
        const original = source.slice(s.span.start.offset, s.span.start.offset + firstWord.length + 12);
        expect(original.replace(/-\s+/gu, '').startsWith(firstWord), `${firstWord} at line ${s.span.start.line}`).toBe(true);
        expect(parsed.lines.positionAt(s.span.start.offset).line).toBe(s.span.start.line);
        expect(s.span.end.offset).toBeGreaterThan(s.span.start.offset);
        expect(s.span.end.offset).toBeLessThanOrEqual(p.span.end.offset);
      }
    }
  });

  it('finds the indented subheadings conservatively', () => {
    const headings = document.paragraphs.filter((p) => p.kind === 'heading');
    expect(headings.length).toBeGreaterThan(10);
    expect(headings.every((h) => h.text.length <= 80)).toBe(true);
  });
});
