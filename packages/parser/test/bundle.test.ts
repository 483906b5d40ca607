import type { Document } from '@scherp/corpus';
import { describe, expect, it } from 'vitest';
import { parse, readDocument } from '../src/index.js';
import { CORPUS, corpusPath, readCorpus, readFixture } from './helpers.js';

const summary = (d: Document) =>
  d.contributions.map((c) => `${c.experts.join(' & ')}: ${c.recommendationIds.length}`);

function expectWellFormed(d: Document): void {
  const ids = new Set(d.contributions.map((c) => c.id));
  for (const rec of d.recommendations) {
    expect(Number.isInteger(rec.number)).toBe(true);
    expect(rec.title.length).toBeGreaterThan(0);
    expect(rec.authors.length).toBeGreaterThan(0);
    expect(ids.has(rec.contribution)).toBe(true);
    expect(rec.paragraphIndices[0]).toBeDefined();
    expect(d.paragraphs[rec.paragraphIndices[0] as number]?.text).toContain(rec.title);
    expect(rec.span.end.offset).toBeGreaterThan(rec.span.start.offset);
  }
}

describe('advice bundle (corpus 002)', async () => {
  const { document: d, source } = await readDocument(corpusPath(CORPUS.bundle));

  it('finds 4 themes, 20 experts, 16 contributions and 65 recommendations', () => {
    expect(d.themes.map((t) => t.title)).toEqual([
      'Mensgericht en maatschappelijk verantwoord',
      'Samenwerking en afsprakenstelsels',
      'Centrale regie',
      'Realistisch waardengedreven en veilig',
    ]);
    expect(d.experts).toHaveLength(20);
    expect(d.contributions).toHaveLength(16);
    expect(d.recommendations).toHaveLength(65);
  });

  it('gives each contribution exactly the recommendations its table-of-contents entry lists', () => {
    // Counts as listed in the document's own table of contents.
    expect(summary(d)).toEqual([
      'Marleen Stikker: 4',
      'Mariëlle Stoelinga & John Waser: 4',
      'Rudy van Belkom: 5',
      'Britt Hoppenbrouwers: 8',
      'Vincent Homburg: 3',
      'Nitesh Bharosa: 3',
      'Onno Eric Blom & Alexander Klöpping & Edial Dekker: 5',
      'Nicole Stolk-Luyten: 3',
      'Perry van der Weijden: 5',
      'Hawre Rahimi: 4',
      'Frauke Wessel: 4',
      'Bram Klievink: 5',
      'Bob van Graft: 4',
      'Kees Verhoeven: 3',
      'Martin Hoff: 2',
      'Frank Groenewegen & Karen van Monsjou: 3',
    ]);
  });

  it('numbers every contribution 1..n and fills number, title, authors and theme', () => {
    expectWellFormed(d);
    for (const c of d.contributions) {
      const numbers = d.recommendations.filter((r) => r.contribution === c.id).map((r) => r.number);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    expect(d.recommendations.every((r) => r.theme !== undefined)).toBe(true);
    const themeTitles = new Set(d.themes.map((t) => t.title));
    expect(d.recommendations.every((r) => themeTitles.has(r.theme as string))).toBe(true);
    expect(d.themes.map((t) => t.contributionIds.length)).toEqual([5, 3, 3, 5]);
  });

  it('keeps numbered sub-points inside a recommendation out of the recommendations', () => {
    const hoff = d.recommendations.filter((r) => r.authors.includes('Martin Hoff'));
    expect(hoff.map((r) => r.number)).toEqual([1, 2]);
    // The sub-points live in the body of recommendation 2.
    const sub = d.paragraphs.filter((p) => p.kind === 'heading' && p.ordinal !== undefined);
    const inBody = sub.filter((p) => (hoff[1]?.paragraphIndices ?? []).includes(d.paragraphs.indexOf(p)));
    expect(inBody.length).toBeGreaterThanOrEqual(4);
  });

  it('points spans at the recommendation headings in the source', () => {
    for (const rec of d.recommendations) {
      const heading = source.slice(rec.span.start.offset, rec.span.start.offset + 200);
      expect(heading).toMatch(new RegExp(`^#{1,6}\\s+${rec.number}\\s`));
    }
  });

  it('marks the table of contents as non-prose so it is not linted twice', () => {
    const toc = d.paragraphs.filter((p) => !p.prose && p.kind !== 'html' && p.kind !== 'code');
    expect(toc.length).toBeGreaterThan(3);
    expect(toc.every((p) => p.sentences.length === 0)).toBe(true);
    expect(d.paragraphs.find((p) => p.kind === 'heading' && p.text === 'Inhoud')?.prose).toBe(true);
  });

  it('records expert roles and pull quotes', () => {
    expect(d.experts.filter((e) => e.role).length).toBeGreaterThanOrEqual(18);
    expect(d.quotes.length).toBeGreaterThanOrEqual(15);
    for (const q of d.quotes) expect(q.text.startsWith('“')).toBe(false);
  });

  it.each([
    ['headings one level deeper', (s: string) => s.replace(/^(#{1,5}) /gm, '#$1 ')],
    ['numbers with a full stop', (s: string) => s.replace(/^(#{1,6} \d+) /gm, '$1. ')],
    ['labelled numbers', (s: string) => s.replace(/^(#{1,6}) (\d+) /gm, '$1 Advies $2: ')],
    ['Windows line ends', (s: string) => s.replace(/\n/g, '\r\n')],
  ])('keeps the same structure with %s', (_label, transform) => {
    const { document } = parse(transform(source), { format: 'markdown' });
    expect(summary(document)).toEqual(summary(d));
    expect(document.themes.map((t) => t.title)).toEqual(d.themes.map((t) => t.title));
    expect(document.recommendations.map((r) => r.title)).toEqual(d.recommendations.map((r) => r.title));
  });

  it('keeps the same structure when names and recommendation titles are bold lines instead of headings', () => {
    const names = new Set(d.experts.map((e) => e.name));
    const bold = source
      .replace(/^#{1,6} (\d+ .+)$/gm, '**$1**')
      .replace(/^#{1,6} (.+)$/gm, (line, text: string) => (names.has(text.trim()) ? `**${text.trim()}**` : line));
    const { document } = parse(bold, { format: 'markdown' });
    expect(summary(document)).toEqual(summary(d));
    expect(document.themes).toHaveLength(4);
  });

  it('keeps the same structure when read as plain text without any markup', () => {
    const plain = source
      .replace(/^#{1,6} /gm, '')
      .replace(/\*\*|(?<!\w)\*|\*(?!\w)/g, '')
      .replace(/<\/?b>/g, '')
      .replace(/ {2}$/gm, '');
    const { document } = parse(plain, { format: 'text' });
    expect(summary(document)).toEqual(summary(d));
    expect(document.themes.map((t) => t.title)).toHaveLength(4);
    expect(document.experts).toHaveLength(20);
  });

  it('still finds the structure from headings alone when the table of contents is removed', () => {
    const tocStart = source.indexOf('# Inhoud');
    const tocEnd = source.indexOf('\n#', tocStart + 3);
    const withoutToc = source.slice(0, tocStart) + source.slice(tocEnd + 1);
    const { document } = parse(withoutToc, { format: 'markdown' });
    expect(document.contributions).toHaveLength(16);
    expect(document.recommendations).toHaveLength(65);
    expect(document.experts).toHaveLength(20);
    expectWellFormed(document);
  });
});

describe('own fixture bundles', () => {
  it('(a) reads a clean bundle without a table of contents', () => {
    const { document: d } = parse(readFixture('bundle-clean.md'), { filePath: 'bundle-clean.md' });
    expect(d.themes.map((t) => [t.title, t.contributionIds.length])).toEqual([
      ['Dienstverlening', 2],
      ['Data en privacy', 1],
    ]);
    expect(d.experts.map((e) => [e.name, e.role])).toEqual([
      ['Sanne de Boer', 'Lector publieke innovatie aan de Hogeschool Zuid'],
      ['Joris van Dam', 'Programmaleider bij een middelgrote gemeente'],
      ['Fatima El Amrani', 'Onderzoeker gegevensbescherming'],
    ]);
    expect(summary(d)).toEqual(['Sanne de Boer: 3', 'Joris van Dam: 2', 'Fatima El Amrani: 2']);
    expect(d.recommendations.map((r) => `${r.number} ${r.title}`)).toEqual([
      '1 Meet de wachttijd aan het loket',
      '2 Schrap dubbele formulieren',
      '3 Betaal de pilot uit het innovatiefonds',
      '1 Begin klein en leer snel',
      '2 Leg de exit vast',
      '1 Houd een register van algoritmen bij',
      '2 Verwijder wat je niet nodig hebt',
    ]);
    const third = d.recommendations[2];
    expect(third?.body).toBe('De pilot kost 80.000 euro. Het college reserveert dat bedrag in de begroting van volgend jaar.');
    expect(d.quotes.map((q) => [q.text, q.attribution])).toEqual([
      ['Een loket dat niemand meet, verbetert niemand.', 'Sanne de Boer'],
    ]);
    expectWellFormed(d);
  });

  it('(b) does not turn numbered phases inside a recommendation into recommendations', () => {
    const { document: d } = parse(readFixture('bundle-phases.md'), { filePath: 'bundle-phases.md' });
    expect(summary(d)).toEqual(['Pieter Jansen: 4', 'Lotte Smit: 2']);
    expect(d.recommendations.slice(0, 4).map((r) => r.title)).toEqual([
      'Maak één landelijke wachtlijst',
      'Werk in fasen',
      'Begroot het beheer structureel',
      'Evalueer na een jaar',
    ]);
    const phases = d.recommendations[1];
    expect(phases?.body).toContain('Verkennen: welke lijsten bestaan er?');
    expect(phases?.body).toContain('Bouwen');
    expect(d.themes.map((t) => t.title)).toEqual(['Uitvoering']);
    expectWellFormed(d);
  });

  it('(c) uses the two-column table of contents, co-authors and a double surname', () => {
    const { document: d } = parse(readFixture('bundle-toc.md'), { filePath: 'bundle-toc.md' });
    expect(d.themes.map((t) => [t.title, t.contributionIds.length, t.span !== undefined])).toEqual([
      ['Veilig en betrouwbaar', 2, false],
      ['Eigen regie', 1, true],
    ]);
    expect(d.experts.map((e) => e.name)).toEqual(['Eva Mulder', 'Anna Kok', 'Bram Visser', 'Karin Bos-Hendriks']);
    expect(d.contributions.map((c) => [c.title, c.experts, c.recommendationIds.length])).toEqual([
      ['Weerbaar begint bij de basis', ['Eva Mulder'], 3],
      ['Samen sterker', ['Anna Kok', 'Bram Visser'], 2],
      ['Regie op de eigen gegevens', ['Karin Bos-Hendriks'], 2],
    ]);
    expect(d.recommendations.map((r) => [r.number, r.theme])).toEqual([
      [1, 'Veilig en betrouwbaar'],
      [2, 'Veilig en betrouwbaar'],
      [3, 'Veilig en betrouwbaar'],
      [1, 'Veilig en betrouwbaar'],
      [2, 'Veilig en betrouwbaar'],
      [1, 'Eigen regie'],
      [2, 'Eigen regie'],
    ]);
    expect(d.experts.find((e) => e.name === 'Karin Bos-Hendriks')?.role).toBe('Directeur van een datacoöperatie');
    // The last recommendation stops at the colophon.
    expect(d.recommendations.at(-1)?.body).toBe('Inkoop eist open standaarden in elke aanbesteding vanaf 2027.');
    expect(d.quotes.map((q) => q.text)).toEqual(['Wie zijn servers niet kent, kan ze niet beschermen.']);
    expectWellFormed(d);
  });
});

describe('bundle variants', () => {
  it('(d) reads labelled and bold numbering, titles before names, capitals and a dot-leader contents list', () => {
    const { document: d } = parse(readFixture('bundle-variants.md'), { filePath: 'bundle-variants.md' });
    expect(d.themes.map((t) => [t.title, t.contributionIds.length])).toEqual([['Zorg en gegevens', 2]]);
    expect(d.experts.map((e) => [e.name, e.role])).toEqual([
      ['Prof. dr. Anna de Wit', 'Hoogleraar zorginformatica'],
      ['Kees Bakker', 'Huisartsen in een gezondheidscentrum'],
      ['Lies van Leeuwen', 'Huisartsen in een gezondheidscentrum'],
    ]);
    expect(d.recommendations.map((r) => [r.authors.length, r.number, r.title])).toEqual([
      [1, 1, 'Meet de uitkomst'],
      [1, 2, 'Deel gegevens met toestemming'],
      [2, 1, 'Betaal per uitkomst'],
      [2, 2, 'Begin bij de huisarts'],
      [2, 3, 'Houd het klein'],
    ]);
    expect(d.recommendations[2]?.body).toBe('Een vaste vergoeding per patiënt werkt beter dan betaling per verrichting.');
    expectWellFormed(d);
  });
});

describe('bundle with titles above the experts', () => {
  it('(e) reads contribution titles that outrank the names, and roles on the name line', () => {
    const { document: d } = parse(readFixture('bundle-titles.md'), { filePath: 'bundle-titles.md' });
    expect(d.themes).toEqual([]);
    expect(d.contributions.map((c) => [c.title, c.experts, c.recommendationIds.length])).toEqual([
      ['Minder formulieren', ['Ellen Verbeek'], 2],
      ['Sneller antwoord', ['Tom Hendriks'], 2],
      ['Eén loket', ['Sara Yilmaz'], 2],
    ]);
    expect(d.experts.map((e) => e.role)).toEqual([
      'beleidsadviseur bij een provincie',
      'Deltabouw',
      'gemeente Deventer',
    ]);
    expect(d.recommendations.map((r) => r.title)).toContain('Publiceer de doorlooptijd');
    expectWellFormed(d);
  });
});

describe('bundle with numbered themes', () => {
  it('(f) treats numbered headings above the experts as themes and reads "Door:" labels', () => {
    const { document: d } = parse(readFixture('bundle-numbered-themes.md'), { filePath: 'bundle-numbered-themes.md' });
    expect(d.themes.map((t) => [t.title, t.contributionIds.length])).toEqual([
      ['Vakmanschap', 1],
      ['Wendbaarheid', 1],
    ]);
    expect(d.experts.map((e) => e.name)).toEqual(['Mila Jacobs', 'Ruben de Graaf']);
    expect(summary(d)).toEqual(['Mila Jacobs: 2', 'Ruben de Graaf: 2']);
    expect(d.recommendations.map((r) => r.theme)).toEqual(['Vakmanschap', 'Vakmanschap', 'Wendbaarheid', 'Wendbaarheid']);
    expectWellFormed(d);
  });
});

describe('documents that are not bundles', () => {
  it.each([CORPUS.weeknotes, CORPUS.magazine, CORPUS.amsterdam, CORPUS.openSource])('%s has no bundle structure', (name) => {
    const { document: d } = parse(readCorpus(name), { filePath: name });
    expect([d.themes, d.experts, d.contributions, d.recommendations, d.quotes]).toEqual([[], [], [], [], []]);
  });

  it('a single numbered heading under a name is not a bundle', () => {
    const { document: d } = parse('# Jan Peters\n\nEen korte notitie.\n\n## 1 Inleiding\n\nTekst.\n', { format: 'markdown' });
    expect(d.recommendations).toEqual([]);
  });
});
