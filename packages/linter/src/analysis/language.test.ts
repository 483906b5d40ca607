import { describe, expect, it } from 'vitest';
import { analyzeSentence, isParticiple, vagueLexicon } from './index.js';

describe('passive voice', () => {
  it.each([
    ['Het loket wordt ingericht door de gemeente.', 'wordt ingericht'],
    ['Er moet een register worden opgesteld.', 'worden opgesteld'],
    ['De grens werd vastgesteld in 2020.', 'werd vastgesteld'],
    ['De beslissing wordt genomen door het college.', 'wordt genomen'],
    ['Een coördinator wordt aangewezen.', 'wordt aangewezen'],
    ['Het werk wordt gedaan door vrijwilligers.', 'wordt gedaan'],
    ['De regels worden verankerd in de wet.', 'worden verankerd'],
    ['De code moet openbaar gemaakt worden.', 'gemaakt worden'],
    ['Het plan is goedgekeurd.', 'is goedgekeurd'],
  ])('%s → %s', (text, expected) => {
    expect(analyzeSentence(text).passives.map((p) => p.text)).toContain(expected);
  });

  it.each([
    'De gemeente richt een loket in.',
    'Het aantal meldingen wordt groter.',
    'De prijzen zijn gestegen.',
    'Het project is begonnen.',
    'Dat geldt voor iedereen.',
    'De organisatie is bereid om mee te werken.',
    'Ik ben geïnteresseerd in de uitkomst.',
    'De dienst is gevestigd in Utrecht.',
  ])('active or copula: %s', (text) => {
    expect(analyzeSentence(text).passives).toEqual([]);
  });

  it('recognises participles in context, also of verbs no list names', () => {
    for (const w of ['gemaakt', 'geregeld', 'ingericht', 'vastgesteld', 'opgesteld', 'aangewezen', 'gedaan', 'genomen', 'gebracht', 'besproken', 'vervangen', 'geëvalueerd', 'geïnformeerd', 'gecontaineerd']) {
      expect(analyzeSentence(`Het voorstel wordt volgend jaar ${w}.`).passives, w).toHaveLength(1);
    }
    for (const w of ['gemaakt', 'geregeld', 'vastgesteld', 'geïnformeerd']) expect(isParticiple(w), w).toBe(true);
    for (const w of ['gebied', 'gezond', 'geeft', 'geldt', 'verschillend', 'beleid', 'gemeente', 'verder']) {
      expect(isParticiple(w), w).toBe(false);
    }
  });
});

describe('nominalisations', () => {
  it.each([
    ['Het kabinet moet zorgdragen voor een goede aansluiting.', 'zorgdragen voor', 'zorgen voor'],
    ['Het realiseren van een loket kost tijd.', 'Het realiseren van', 'realiseren'],
    ['De overdracht vindt plaats in juni.', 'vindt plaats', 'gebeurt'],
    ['Het versterken van de rol van de raad is nodig.', 'Het versterken van', 'versterken'],
  ])('%s → %s', (text, match, alternative) => {
    const found = analyzeSentence(text).nominalizations;
    const hit = found.find((n) => n.text === match);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit!.alternatives).toContain(alternative);
  });

  it('ignores het-nouns that end in -en', () => {
    expect(analyzeSentence('Het vermogen van de organisatie groeit.').nominalizations).toEqual([]);
  });
});

describe('vague terms', () => {
  it('locates hollow terms with alternatives and a bilingual reason', () => {
    const text = 'Het college moet de samenwerking borgen en waar mogelijk innovatie stimuleren.';
    const found = analyzeSentence(text).vagueTerms;
    const terms = found.map((v) => v.term);
    expect(terms).toEqual(expect.arrayContaining(['borgen', 'waar mogelijk', 'stimuleren']));
    for (const v of found) {
      expect(text.slice(v.start, v.end)).toBe(v.text);
      expect(v.reason.nl.length).toBeGreaterThan(10);
      expect(v.reason.en.length).toBeGreaterThan(10);
    }
  });

  it('gives every lexicon entry a Dutch and an English reason and a stable lower-case id', () => {
    for (const entry of vagueLexicon) {
      expect(entry.term).toBe(entry.term.toLowerCase());
      expect(entry.reason.nl).not.toBe('');
      expect(entry.reason.en).not.toBe('');
      expect(entry.patterns.length).toBeGreaterThan(0);
    }
  });
});
