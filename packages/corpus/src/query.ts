import type { Citation, Corpus, Document, Locale, Recommendation, Section } from './model.js';
import { documentTitles } from './documents.js';
import { expertMatches, normalizeText, stripOrdinal, surname } from './text.js';

export { documentTitles };

/** The expert names of a recommendation: its own authors, or those of its contribution when it lists none. */
function authorsOf(doc: Document, rec: Recommendation): string[] {
  if (rec.authors.length > 0) return rec.authors;
  return doc.contributions.find((c) => c.id === rec.contribution)?.experts ?? [];
}

/** Recommendations (co-)authored by an expert, in document order. Name matching as in {@link expertMatches}. */
export function recommendationsByExpert(doc: Document, name: string): Recommendation[] {
  return doc.recommendations.filter((rec) => authorsOf(doc, rec).some((author) => expertMatches(author, name)));
}

/**
 * Recommendations filed under a theme, in document order. Titles compare normalised, so "Realistisch,
 * waardengedreven en veilig" also finds a theme the document spells without the comma.
 */
export function recommendationsByTheme(doc: Document, themeTitle: string): Recommendation[] {
  const key = normalizeText(themeTitle);
  const contributionIds = new Set(
    doc.themes.filter((t) => normalizeText(t.title) === key).flatMap((t) => t.contributionIds),
  );
  return doc.recommendations.filter(
    (rec) => (rec.theme !== undefined && normalizeText(rec.theme) === key) || contributionIds.has(rec.contribution),
  );
}

/** The recommendation with this number by this expert, if the document has one. */
export function findRecommendation(doc: Document, expert: string, number: number): Recommendation | undefined {
  return doc.recommendations.find(
    (rec) => rec.number === number && authorsOf(doc, rec).some((author) => expertMatches(author, expert)),
  );
}

function* walk(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* walk(section.children);
  }
}

/**
 * The first section (depth first, document order) whose heading matches. Matching ignores case, accents,
 * inline markup, quotes and punctuation; failing that, a leading ordinal ("1 cloud is geen cloud") is ignored
 * on both sides, because parsers differ in whether a numbered heading keeps its number.
 */
export function findSection(doc: Document, heading: string): Section | undefined {
  const key = normalizeText(heading);
  if (key === '') return undefined;
  for (const section of walk(doc.sections)) {
    if (normalizeText(section.heading) === key) return section;
  }
  const bare = stripOrdinal(key);
  for (const section of walk(doc.sections)) {
    if (stripOrdinal(normalizeText(section.heading)) === bare) return section;
  }
  return undefined;
}

/** What a citation points at. A document without headings is cited by its title and resolves as a whole. */
export type ResolvedCitation =
  | { kind: 'recommendation'; document: Document; recommendation: Recommendation }
  | { kind: 'section'; document: Document; section: Section }
  | { kind: 'document'; document: Document };

/**
 * Looks a citation up in a corpus or a list of documents. Returns `undefined` when the document is missing
 * or holds no matching recommendation or section, so callers can flag stale citations.
 */
export function resolveCitation(
  source: Corpus | readonly Document[],
  citation: Citation,
): ResolvedCitation | undefined {
  const documents = Array.isArray(source) ? (source as readonly Document[]) : (source as Corpus).documents;
  const document = documents.find((d) => d.id === citation.document);
  if (!document) return undefined;
  if (citation.recommendation !== undefined) {
    if (citation.expert === undefined) return undefined;
    const recommendation = findRecommendation(document, citation.expert, citation.recommendation);
    return recommendation && { kind: 'recommendation', document, recommendation };
  }
  if (citation.section !== undefined) {
    const section = findSection(document, citation.section);
    if (section) return { kind: 'section', document, section };
    const titles = [document.title, document.metadata.title].filter((t): t is string => !!t);
    const key = normalizeText(citation.section);
    if (key !== '' && titles.some((t) => normalizeText(t) === key)) return { kind: 'document', document };
  }
  return undefined;
}

const LABELS = {
  nl: { recommendation: 'advies', section: 'paragraaf' },
  en: { recommendation: 'recommendation', section: 'section' },
} as const;

/**
 * A short reference for people: "Ongefilterde expertadviezen (2024), Hoppenbrouwers, advies 2" or
 * "Makelaar of maker (2025), paragraaf ‘1 cloud is geen cloud’". Unknown documents show their id; a citation
 * of a document's title shows the title alone.
 */
export function formatCitation(citation: Citation, locale: Locale = 'nl'): string {
  const labels = LABELS[locale];
  const title = (documentTitles as Record<string, string>)[citation.document] ?? citation.document;
  const parts = [title];
  if (citation.expert) parts.push(surname(citation.expert));
  if (citation.recommendation !== undefined) parts.push(`${labels.recommendation} ${citation.recommendation}`);
  if (citation.section && !title.startsWith(citation.section)) parts.push(`${labels.section} ‘${citation.section}’`);
  return parts.join(', ');
}
