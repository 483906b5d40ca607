import { describe, expect, it } from 'vitest';
import {
  documentTitles,
  findRecommendation,
  findSection,
  formatCitation,
  recommendationsByExpert,
  recommendationsByTheme,
  resolveCitation,
} from '../src/query.js';
import { CORPUS_DOCUMENTS } from '../src/documents.js';
import { expertMatches, normalizeText, surname } from '../src/text.js';
import { buildDocument, buildHeadinglessDocument } from './fixture.js';

const doc = buildDocument();
const ids = (recs: { id: string }[]) => recs.map((r) => r.id);

describe('expert name matching', () => {
  it('tolerates a missing first name, case, accents and hyphen spacing', () => {
    expect(expertMatches('Van Monsjou', 'Karen van Monsjou')).toBe(true);
    expect(expertMatches('karen VAN monsjou', 'Karen van Monsjou')).toBe(true);
    expect(expertMatches('Emile van Dijk', 'Émile van Dijk')).toBe(true);
    expect(expertMatches('Stolk-Luyten', 'Nicole Stolk - Luyten')).toBe(true);
    expect(expertMatches('Marielle Stoelinga', 'Mariëlle Stoelinga')).toBe(true);
  });

  it('does not match a first name alone, a different surname or an empty name', () => {
    expect(expertMatches('Karen', 'Karen van Monsjou')).toBe(false);
    expect(expertMatches('Van Dijk', 'Karen van Monsjou')).toBe(false);
    expect(expertMatches('Dijkstra', 'Émile van Dijk')).toBe(false);
    expect(expertMatches('', 'Émile van Dijk')).toBe(false);
  });

  it('derives the surname as Dutch writes it standing alone', () => {
    expect(surname('Karen van Monsjou')).toBe('Van Monsjou');
    expect(surname('Perry van der Weijden')).toBe('Van der Weijden');
    expect(surname('Britt Hoppenbrouwers')).toBe('Hoppenbrouwers');
    expect(surname('Onno Eric Blom')).toBe('Blom');
    expect(surname('Nicole Stolk - Luyten')).toBe('Stolk-Luyten');
    expect(surname('Hoppenbrouwers')).toBe('Hoppenbrouwers');
  });

  it('normalises markup, quotes and punctuation away', () => {
    expect(normalizeText('**Realistisch**, waardengedreven en  veilig')).toBe('realistisch waardengedreven en veilig');
    expect(normalizeText('Vier ‘outcome’ doelstellingen')).toBe(normalizeText("Vier 'outcome' doelstellingen"));
    expect(normalizeText('<b>Créëer</b> [inzicht](https://example.org)')).toBe('creeer inzicht');
  });
});

describe('recommendation queries', () => {
  it('finds recommendations by expert, also through the contribution when authors are missing', () => {
    expect(ids(recommendationsByExpert(doc, 'De Vries'))).toEqual(['r1', 'r2']);
    expect(ids(recommendationsByExpert(doc, 'Emile van Dijk'))).toEqual(['r3']);
    expect(ids(recommendationsByExpert(doc, 'Janssen'))).toEqual(['r3']);
    expect(recommendationsByExpert(doc, 'Pietersen')).toEqual([]);
  });

  it('finds recommendations by theme, normalised, via the recommendation or the theme record', () => {
    expect(ids(recommendationsByTheme(doc, 'veilig, en REALISTISCH'))).toEqual(['r1', 'r2']);
    // r3 has no theme of its own; the theme record lists its contribution.
    expect(ids(recommendationsByTheme(doc, 'Samenwerking'))).toEqual(['r3']);
    expect(recommendationsByTheme(doc, 'Onbekend')).toEqual([]);
  });

  it('finds one recommendation by expert and number, keeping experts apart', () => {
    expect(findRecommendation(doc, 'Anna de Vries', 2)?.id).toBe('r2');
    expect(findRecommendation(doc, 'Van Dijk', 1)?.id).toBe('r3');
    expect(findRecommendation(doc, 'De Vries', 1)?.id).toBe('r1');
    expect(findRecommendation(doc, 'Van Dijk', 2)).toBeUndefined();
    expect(findRecommendation(doc, 'Anna de Vries', 9)).toBeUndefined();
  });
});

describe('findSection', () => {
  it('searches the whole tree, ignoring markup and case', () => {
    expect(findSection(doc, 'Veilig en realistisch')?.id).toBe('veilig-en-realistisch');
    expect(findSection(doc, '2 meet de WACHTTIJD')?.id).toBe('2-meet-de-wachttijd');
    expect(findSection(doc, 'jan janssen emile van dijk')?.id).toBe('jan-janssen-emile-van-dijk');
  });

  it('matches with or without a leading ordinal', () => {
    expect(findSection(doc, 'Meet de wachttijd')?.id).toBe('2-meet-de-wachttijd');
  });

  it('returns undefined for a missing or empty heading', () => {
    expect(findSection(doc, 'Niet aanwezig')).toBeUndefined();
    expect(findSection(doc, '  ** ')).toBeUndefined();
  });
});

describe('resolveCitation', () => {
  const other = buildHeadinglessDocument();
  const documents = [doc, other];

  it('resolves a recommendation citation', () => {
    const hit = resolveCitation(documents, { document: 'bundel.md', expert: 'Van Dijk', recommendation: 1 });
    expect(hit?.kind).toBe('recommendation');
    expect(hit?.kind === 'recommendation' && hit.recommendation.id).toBe('r3');
  });

  it('resolves a section citation, from a corpus object too', () => {
    const hit = resolveCitation({ documents, criteria: [] }, { document: 'bundel.md', section: 'Samenwerking' });
    expect(hit?.kind === 'section' && hit.section.id).toBe('samenwerking');
  });

  it('resolves the title of a document without headings to the whole document', () => {
    const hit = resolveCitation(documents, { document: 'los.md', section: 'Losse Notitie' });
    expect(hit).toEqual({ kind: 'document', document: other });
  });

  it('returns undefined for a missing document, expert, number or heading', () => {
    expect(resolveCitation(documents, { document: 'elders.md', section: 'Bundel' })).toBeUndefined();
    expect(resolveCitation(documents, { document: 'bundel.md', expert: 'Pietersen', recommendation: 1 })).toBeUndefined();
    expect(resolveCitation(documents, { document: 'bundel.md', expert: 'De Vries', recommendation: 3 })).toBeUndefined();
    expect(resolveCitation(documents, { document: 'bundel.md', recommendation: 1 })).toBeUndefined();
    expect(resolveCitation(documents, { document: 'bundel.md', section: 'Geen kop' })).toBeUndefined();
    expect(resolveCitation(documents, { document: 'bundel.md' })).toBeUndefined();
  });
});

describe('formatCitation', () => {
  it('formats a bundle recommendation in Dutch and English', () => {
    const citation = { document: CORPUS_DOCUMENTS.bundle, expert: 'Britt Hoppenbrouwers', recommendation: 2 };
    expect(formatCitation(citation)).toBe('Ongefilterde expertadviezen (2024), Hoppenbrouwers, advies 2');
    expect(formatCitation(citation, 'en')).toBe('Ongefilterde expertadviezen (2024), Hoppenbrouwers, recommendation 2');
  });

  it('formats a section and a title-only citation', () => {
    expect(formatCitation({ document: CORPUS_DOCUMENTS.weeknote, section: '1 cloud is geen cloud' })).toBe(
      'Makelaar of maker (2025), paragraaf ‘1 cloud is geen cloud’',
    );
    expect(formatCitation({ document: CORPUS_DOCUMENTS.amsterdam, section: 'Breekijzer' }, 'en')).toBe(
      'Gemeente Amsterdam doet ’t zelf(s) (2018), section ‘Breekijzer’',
    );
    expect(formatCitation({ document: CORPUS_DOCUMENTS.openCollaboration, section: 'Open Source voor Open Samenwerken' })).toBe(
      'Open Source voor Open Samenwerken (2019)',
    );
  });

  it('falls back to the document id for documents outside the corpus', () => {
    expect(formatCitation({ document: 'eigen.md', section: 'Inleiding' }, 'en')).toBe('eigen.md, section ‘Inleiding’');
  });

  it('has a short title for each of the five corpus documents', () => {
    for (const id of Object.values(CORPUS_DOCUMENTS)) expect(documentTitles[id].length).toBeGreaterThan(0);
    expect(Object.keys(documentTitles)).toHaveLength(5);
  });
});
