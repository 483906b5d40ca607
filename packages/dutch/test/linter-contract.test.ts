// What @scherp/linter relies on (issue #12: action items and present-tense commitments are confirmed with the
// tagger): finite verbs carry VerbForm=Fin, infinitives VerbForm=Inf, and a clause knows its finite verb.
import { describe, expect, it } from 'vitest';
import { analyzeClauses, tagSentence } from '../src/index.js';

describe('the contract the linter uses', () => {
  it('marks the finite verb of a main clause', () => {
    const tags = tagSentence('De provincie bouwt volgend jaar een nieuwe brug.');
    const { clauses } = analyzeClauses(tags);
    const main = clauses.find((c) => !c.subordinate)!;
    expect(main.finite).toBeGreaterThanOrEqual(0);
    expect(tags[main.finite]!.feats).toContain('VerbForm=Fin');
  });

  it('finds no finite verb in an item headed by an infinitive', () => {
    const tags = tagSentence('Verbeteren van de fietsroutes naar de scholen.');
    expect(tags[0]!.upos).toBe('VERB');
    expect(tags[0]!.feats).toContain('VerbForm=Inf');
    expect(analyzeClauses(tags).clauses.every((c) => c.finite < 0)).toBe(true);
  });

  it('tokenises like the analyser: one tag per token, punctuation included', () => {
    const tags = tagSentence('Het college stelt voor, zoals gevraagd.');
    expect(tags.map((t) => t.word)).toEqual(['Het', 'college', 'stelt', 'voor', ',', 'zoals', 'gevraagd', '.']);
  });
});
