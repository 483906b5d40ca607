// Every citation in the criteria catalogue must point at something that exists in the corpus as the
// parser reads it: a recommendation with that expert and number, or a section with that heading. A hover
// that cites a missing passage is worse than none, so this test guards the catalogue against parser and
// catalogue changes alike.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DOCUMENTS, criteria, formatCitation, resolveCitation, type Document } from '@scherp/corpus';
import { readDocument } from '@scherp/parser';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

const documents: Document[] = [];

beforeAll(async () => {
  for (const id of Object.values(CORPUS_DOCUMENTS)) {
    const parsed = await readDocument(path.join(corpusDir, id));
    documents.push(parsed.document);
  }
}, 60_000);

const cases = criteria.flatMap((criterion) =>
  criterion.citations.map((citation) => ({ label: `${criterion.id}: ${formatCitation(citation, 'en')}`, citation })),
);

describe('criteria citations resolve in the parsed corpus', () => {
  it('parses all five corpus documents under their ids', () => {
    expect(documents.map((d) => d.id).sort()).toEqual(Object.values(CORPUS_DOCUMENTS).sort());
  });

  for (const { label, citation } of cases) {
    it(label, () => {
      const hit = resolveCitation(documents, citation);
      expect(hit, 'citation does not resolve').toBeDefined();
      if (citation.recommendation !== undefined) {
        expect(hit?.kind).toBe('recommendation');
        if (hit?.kind === 'recommendation') expect(hit.recommendation.number).toBe(citation.recommendation);
      } else {
        expect(hit?.kind === 'section' || hit?.kind === 'document').toBe(true);
      }
    });
  }

  it('finds all 65 recommendations of the advice bundle', () => {
    const bundle = documents.find((d) => d.id === CORPUS_DOCUMENTS.bundle);
    expect(bundle?.recommendations).toHaveLength(65);
  });
});
