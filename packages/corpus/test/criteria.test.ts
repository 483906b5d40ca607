import { describe, expect, it } from 'vitest';
import { criteria, criterionIds, getCriterion, isCriterionId } from '../src/criteria/index.js';
import { CORPUS_DOCUMENTS } from '../src/documents.js';
import type { CriterionId, Localized } from '../src/model.js';

const EXPECTED_IDS: CriterionId[] = [
  'owner',
  'deadline',
  'measurable',
  'problem',
  'funding',
  'vague-language',
  'hype',
  'deferral',
  'absolute',
  'exit-strategy',
  'readability',
];

const filled = (text: Localized) => text.nl.trim().length > 0 && text.en.trim().length > 0;

describe('criteria catalogue', () => {
  it('holds exactly the eleven criteria, each once', () => {
    expect([...criterionIds].sort()).toEqual([...EXPECTED_IDS].sort());
    expect(new Set(criterionIds).size).toBe(criteria.length);
  });

  it.each(EXPECTED_IDS)('%s has Dutch and English texts', (id) => {
    const c = getCriterion(id);
    for (const text of [c.title, c.explanation, c.reason, c.question]) expect(filled(text)).toBe(true);
    expect(c.question.nl.trim().endsWith('?')).toBe(true);
    expect(c.question.en.trim().endsWith('?')).toBe(true);
    // Dutch and English are separate texts, not one copied into the other.
    expect(c.explanation.nl).not.toBe(c.explanation.en);
  });

  it.each(EXPECTED_IDS)('%s cites the corpus with well-formed citations', (id) => {
    const c = getCriterion(id);
    expect(c.citations.length).toBeGreaterThanOrEqual(1);
    const knownDocuments = Object.values(CORPUS_DOCUMENTS) as string[];
    for (const citation of c.citations) {
      expect(knownDocuments).toContain(citation.document);
      expect(citation.note && filled(citation.note)).toBe(true);
      if (citation.document === CORPUS_DOCUMENTS.bundle) {
        expect(citation.expert).toBeTruthy();
        expect(Number.isInteger(citation.recommendation) && (citation.recommendation as number) >= 1).toBe(true);
        expect(citation.section).toBeUndefined();
      } else {
        expect(citation.section).toBeTruthy();
        expect(citation.expert).toBeUndefined();
      }
    }
    const keys = c.citations.map((x) => `${x.document}|${x.expert}|${x.recommendation}|${x.section}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('spreads citations over at least four of the five documents', () => {
    const used = new Set(criteria.flatMap((c) => c.citations.map((x) => x.document)));
    expect(used.size).toBeGreaterThanOrEqual(4);
  });

  it('looks criteria up by id and rejects unknown ids', () => {
    expect(getCriterion('owner').title.nl).toBe('Eigenaar');
    expect(getCriterion('no-such-criterion')).toBeUndefined();
    expect(isCriterionId('hype')).toBe(true);
    expect(isCriterionId('Hype')).toBe(false);
  });
});
