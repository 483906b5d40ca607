import { sourceOffset } from '@scherp/corpus';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

describe('markdown', () => {
  const source = [
    '---',
    'title: "Een plan"',
    'date: 2026-01-15',
    'tags: [zorg, data]',
    'owner: team',
    '---',
    '',
    '# Kop van het plan',
    '',
    'De **gemeente** stelt een [loket](https://example.org/loket) in. Zij betaalt het zelf.',
    '',
    '<!-- scherp-disable owner -->',
    '',
    '> Dit is een citaat van iemand anders.',
    '',
    '1. Eerste stap',
    '2. Tweede stap',
    '   - genest punt',
    '',
    '| Wie | Wat |',
    '| --- | --- |',
    '| Rijk | Geld |',
    '',
    '```',
    'const x = 1;',
    '```',
  ].join('\n');
  const { document } = parse(source, { filePath: '/tmp/plan.md' });

  it('reads front matter into metadata', () => {
    expect(document.metadata).toEqual({
      title: 'Een plan',
      date: '2026-01-15',
      tags: ['zorg', 'data'],
      extra: { owner: 'team' },
    });
    expect(document.title).toBe('Een plan');
    expect(document.id).toBe('plan.md');
  });

  it('strips inline markup, keeps link text and drops URLs', () => {
    const p = document.paragraphs.find((x) => x.kind === 'paragraph' && !x.quoted);
    expect(p?.text).toBe('De gemeente stelt een loket in. Zij betaalt het zelf.');
    expect(p?.sentences.map((s) => s.text)).toEqual(['De gemeente stelt een loket in.', 'Zij betaalt het zelf.']);
  });

  it('maps every character of every block back to the source', () => {
    for (const p of document.paragraphs) {
      for (let i = 0; i < p.text.length; i++) {
        const ch = p.text[i] as string;
        const at = source[sourceOffset(p.map, i)] as string;
        if (ch === ' ') expect(at).toMatch(/\s/);
        else expect(at).toBe(ch);
      }
    }
  });

  it('produces the block kinds with their attributes', () => {
    const kinds = document.paragraphs.map((p) => p.kind);
    expect(kinds).toEqual([
      'front-matter',
      'heading',
      'paragraph',
      'html',
      'paragraph',
      'list-item',
      'list-item',
      'list-item',
      'table-cell',
      'table-cell',
      'table-cell',
      'table-cell',
      'code',
    ]);
    const html = document.paragraphs.find((p) => p.kind === 'html');
    expect(html?.text).toBe('<!-- scherp-disable owner -->');
    expect(html?.prose).toBe(false);
    expect(html?.span.start.line).toBe(12);
    expect(document.paragraphs.find((p) => p.quoted)?.text).toBe('Dit is een citaat van iemand anders.');
    const items = document.paragraphs.filter((p) => p.kind === 'list-item');
    expect(items.map((p) => [p.depth, p.ordinal])).toEqual([
      [1, 1],
      [1, 2],
      [2, undefined],
    ]);
    expect(document.paragraphs.at(-1)?.text).toBe('const x = 1;');
  });

  it('builds sections and section indices', () => {
    expect(document.sections).toHaveLength(1);
    expect(document.sections[0]?.heading).toBe('Kop van het plan');
    expect(document.paragraphs[0]?.sectionIndex).toBe(-1);
    expect(document.paragraphs[2]?.sectionIndex).toBe(0);
  });

  it('keeps offsets right when the source starts with a BOM', () => {
    const withBom = `\uFEFF# Titel\n\nEen zin.`;
    const parsed = parse(withBom, { format: 'markdown' });
    const p = parsed.document.paragraphs[1];
    expect(p?.text).toBe('Een zin.');
    expect(withBom.slice(p?.span.start.offset, p?.span.end.offset)).toBe('Een zin.');
    expect(parsed.document.title).toBe('Titel');
  });

  it('keeps inline HTML comments as html blocks', () => {
    const parsed = parse('Een zin <!-- scherp-disable-line hype --> met commentaar.\n', { format: 'markdown' });
    const [p, c] = parsed.document.paragraphs;
    expect(p?.text).toBe('Een zin met commentaar.');
    expect(c?.kind).toBe('html');
    expect(c?.text).toBe('<!-- scherp-disable-line hype -->');
  });

  it('drops bare web addresses and keeps the map exact around them', () => {
    const src = 'Zie www.voorbeeld.nl of https://voorbeeld.nl/pad voor meer. Mail naar info@voorbeeld.nl graag.\n';
    const parsed = parse(src, { format: 'markdown' });
    const p = parsed.document.paragraphs[0];
    expect(p?.text).toBe('Zie of voor meer. Mail naar graag.');
    for (let i = 0; i < (p?.text.length ?? 0); i++) {
      const ch = p?.text[i] as string;
      const at = src[sourceOffset(p?.map ?? [], i)] as string;
      if (ch === ' ') expect(at).toMatch(/\s/);
      else expect(at).toBe(ch);
    }
    expect(p?.sentences.map((x) => src.slice(x.span.start.offset, x.span.end.offset))).toEqual([
      'Zie www.voorbeeld.nl of https://voorbeeld.nl/pad voor meer.',
      'Mail naar info@voorbeeld.nl graag.',
    ]);
  });
});

describe('GFM tables', () => {
  it('finds a table whose delimiter row opens with a pipe and a colon', () => {
    const source = 'Inleiding.\n\n| Wie | Wanneer |\n|:---|---:|\n| gemeente | 2027 |\n';
    const cells = parse(source, { format: 'markdown' }).document.paragraphs.filter((p) => p.kind === 'table-cell');
    expect(cells.map((c) => c.text)).toEqual(['Wie', 'Wanneer', 'gemeente', '2027']);
  });
});
