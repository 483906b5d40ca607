import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError, docxParagraphAt, parse, readDocx, readDocxFile } from '../src/index.js';
import { makeDocx } from './make-docx.js';

describe('readDocx', () => {
  it('keeps headings, lists and paragraphs, and numbers Word paragraphs including empty ones', async () => {
    const bytes = makeDocx([
      { text: 'Notitie over de wijkaanpak', heading: 1 },
      'De gemeente wil de wachttijd in het loket verkorten.',
      { empty: true },
      { text: 'Aanpak', heading: 2 },
      { text: 'Het college opent in maart een extra balie.', list: 'bullet' },
      { text: 'Het team meet elk kwartaal de wachttijd.', list: 'bullet', level: 1 },
      { text: 'Eerste stap', list: 'number' },
      { table: [['Wie', 'Wat']] },
    ]);
    const { text, paragraphs, warnings } = await readDocx(bytes, 'notitie.docx');
    expect(text).toBe(
      [
        '# Notitie over de wijkaanpak',
        '',
        'De gemeente wil de wachttijd in het loket verkorten.',
        '',
        '## Aanpak',
        '',
        '- Het college opent in maart een extra balie.',
        '   - Het team meet elk kwartaal de wachttijd.',
        '1. Eerste stap',
        '',
        'Wie',
        '',
        'Wat',
        '',
      ].join('\n'),
    );
    expect(paragraphs.map((p) => [p.number, p.line, p.kind])).toEqual([
      [1, 1, 'heading'],
      [2, 3, 'paragraph'],
      [4, 5, 'heading'],
      [5, 7, 'list-item'],
      [6, 8, 'list-item'],
      [7, 9, 'list-item'],
      [8, 11, 'paragraph'],
      [9, 13, 'paragraph'],
    ]);
    expect(warnings).toEqual([]);
    const doc = parse(text, { format: 'markdown' }).document;
    expect(doc.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual(['Notitie over de wijkaanpak', 'Aanpak']);
    expect(doc.paragraphs.filter((p) => p.kind === 'list-item')).toHaveLength(3);
  });

  it('keeps Word text literal: Markdown markers at the start and inline markup are escaped', async () => {
    const { text } = await readDocx(makeDocx(['# geen kop', '2. geen lijst', 'a *b* <c> [d]']));
    const doc = parse(text, { format: 'markdown' }).document;
    expect(doc.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', '# geen kop'],
      ['paragraph', '2. geen lijst'],
      ['paragraph', 'a *b* <c> [d]'],
    ]);
  });

  it('maps lines of the converted text to Word paragraph numbers', () => {
    const paragraphs = [
      { number: 1, line: 1, kind: 'heading' as const },
      { number: 3, line: 3, kind: 'paragraph' as const },
    ];
    expect(docxParagraphAt(paragraphs, 1)).toBe(1);
    expect(docxParagraphAt(paragraphs, 2)).toBe(1);
    expect(docxParagraphAt(paragraphs, 7)).toBe(3);
    expect(docxParagraphAt(paragraphs, 0)).toBeUndefined();
  });

  it('names the file when the bytes are no Word document', async () => {
    const error = await readDocx(new TextEncoder().encode('geen zip'), 'kapot.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).code).toBe('invalid-docx');
    expect((error as ParseError).message).toMatch(/^kapot\.docx: is not a readable Word \(\.docx\) file/);
  });

  it('reads a .docx from disk with the usual file checks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scherp-docx-'));
    const file = join(dir, 'nota.docx');
    await writeFile(file, makeDocx(['Het college besluit in juni.']));
    expect((await readDocxFile(file)).text).toBe('Het college besluit in juni.\n');
    await expect(readDocxFile(join(dir, 'weg.docx'))).rejects.toMatchObject({ code: 'not-found' });
  });
});
