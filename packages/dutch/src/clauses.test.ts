// Clause analysis on sentences written for these tests (never from the treebanks or the evaluation sets):
// repairs of verb readings that Dutch word order demands, imperatives and participles of verbs the training data
// lacks, separable verbs, -eren verbs, V2 inversion, verb-final clauses and passives.
import { describe, expect, it } from 'vitest';
import { analyzeClauses, isPastTense, isPresentTense, isSeen, isVerbStem, tagSentence, tagWords } from './index.js';

const analyse = (text: string) => analyzeClauses(tagSentence(text));
const word = (a: ReturnType<typeof analyse>, i: number) => (i >= 0 ? a.tags[i]!.word : null);
const main = (a: ReturnType<typeof analyse>) => a.clauses.find((c) => !c.subordinate && c.finite >= 0)!;

describe('verb readings repaired by word order', () => {
  it.each([
    ['Wij investeren volgend jaar in betere fietspaden.', 'investeren', 'Wij'],
    ['We onderzoeken de komende maanden de wachttijden bij het loket.', 'onderzoeken', 'We'],
    ['Ik informeer de raad voor de zomer over de voortgang.', 'informeer', 'Ik'],
    ['Volgend voorjaar evalueren we de nieuwe parkeerregels.', 'evalueren', 'we'],
  ])('a subject pronoun gets its finite verb: %s', (text, finite, subject) => {
    const a = analyse(text);
    const c = main(a);
    expect(word(a, c.finite)).toBe(finite);
    expect(a.tags[c.finite]!.xpos).toMatch(/^WW\|pv\|tgw/);
    expect(word(a, c.subject)).toBe(subject);
  });

  it('reads no finite verb after an article or attributive adjective', () => {
    const a = analyse('Een versnipperde aanpak helpt de bewoners niet.');
    expect(a.tags[1]!.xpos.startsWith('WW|pv')).toBe(false);
    expect(word(a, main(a).finite)).toBe('helpt');
  });

  it('keeps a real past tense, regular or seen in training', () => {
    for (const text of ['De wethouder besloot het plan uit te stellen.', 'De teams werkten samen aan een nieuwe aanpak.']) {
      const a = analyse(text);
      expect(isPastTense(a.tags[main(a).finite]!), text).toBe(true);
    }
    const present = analyse('De provincies besluiten volgende week over de subsidie.');
    expect(isPresentTense(present.tags[main(present).finite]!)).toBe(true);
  });
});

describe('imperatives', () => {
  it.each([
    'Digitaliseer de aanvraag van een parkeervergunning.', // -eren verb
    'Bevorder het gebruik van open standaarden.', // unstressed -er stem: "bevorderen", not "bevorderren"
    'Laat de wijkteams een eigen plan maken.', // causative "laten" + infinitive
    'Start geen nieuwe aanbesteding zonder heldere vraag.',
    'Geef de verantwoordelijkheid aan de gemeenten.', // the tagger reads "Geef" as a present participle (od)
  ])('%s', (text) => {
    const a = analyse(text);
    expect(a.clauses[0]!.imperative).toBe(true);
    expect(a.clauses[0]!.finite).toBe(0);
  });

  it('finds a command after a comma in a series of commands', () => {
    const a = analyse('Houd het simpel, formuleer een meetbaar doel.');
    const second = a.clauses.find((c) => word(a, c.from) === 'formuleer');
    expect(second?.imperative).toBe(true);
  });

  it.each([
    'Besluit huisvesting statushouders',
    'Verbeteren van de fietsroutes naar school.',
    'BZK voor de overheid zelf.',
    'Zet je het plan door?',
    'Maak je geen zorgen, zegt de wethouder.',
    'Bestaande regels blijven gelden.', // a real present participle
  ])('not an imperative: %s', (text) => {
    expect(analyse(text).clauses[0]!.imperative).toBe(false);
  });
});

describe('separable verbs', () => {
  it('joins the particle in a main clause, V2 and inverted', () => {
    const a = analyse('Het waterschap legt de nieuwe regels vast.');
    expect(word(a, main(a).particle)).toBe('vast');
    const b = analyse('In maart richt de provincie een meldpunt in.');
    expect(word(b, main(b).finite)).toBe('richt');
    expect(word(b, main(b).particle)).toBe('in');
    expect(main(b).verbLemma).toBe('inrichten');
  });

  it('leaves the particle of a te-infinitive to that verb', () => {
    const a = analyse('De raad besluit het meldpunt op te heffen.');
    expect(main(a).particle).toBe(-1);
  });

  it('finds no separated particle in a verb-final clause', () => {
    const a = analyse('De buurt is blij dat het college een meldpunt inricht.');
    const sub = a.clauses.find((c) => c.subordinate)!;
    expect(word(a, sub.finite)).toBe('inricht');
    expect(sub.particle).toBe(-1);
    expect(word(a, sub.subject)).toBe('college');
  });
});

describe('repairs', () => {
  it('reads "zijn" before a clause-final participle as the auxiliary of a passive', () => {
    // The tagger's possessive reading, as it may come out after a date.
    const tags = tagWords(['Alle', 'bezwaren', 'van', '12-03-2025', 'zijn', 'behandeld', '.']);
    tags[4] = { ...tags[4]!, upos: 'PRON', xpos: 'VNW|bez|det|stan|vol|3|ev|prenom|zonder|agr', lemma: 'zijn' };
    const a = analyzeClauses(tags);
    expect(a.tags[4]!.upos).toBe('AUX');
    expect(a.clauses.some((c) => c.passive !== null)).toBe(true);
    expect(analyzeClauses(tagWords(['Hij', 'heeft', 'zijn', 'geliefde', 'boek', 'verkocht', '.'])).tags[2]!.xpos).toMatch(/^VNW\|bez/);
  });

  it('takes an unseen word read as a stem for a command only when no other finite verb follows in its clause', () => {
    const tags = tagWords(['Concreter', 'voor', 'de', 'burger', 'is', 'een', 'loket', '.']);
    // The tagger's stem reading of an unseen capitalised -t word, as it may come out.
    tags[0] = { word: 'Plechtiget', upos: 'VERB', xpos: 'WW|pv|tgw|ev', lemma: 'plechtigen', feats: 'VerbForm=Fin' };
    expect(analyzeClauses(tags).clauses[0]!.imperative).toBe(false);
  });

  it('never reads an article as an imperative verb stem', () => {
    expect(analyzeClauses(tagWords(['De', 'twee', 'nota', "'s", '.'])).clauses[0]!.imperative).toBe(false);
  });
});

describe('subjects and passives', () => {
  it('finds the subject after the finite verb (V2 inversion)', () => {
    const a = analyse('Daarom presenteert de wethouder het nieuwe plan.');
    expect(word(a, main(a).subject)).toBe('wethouder');
  });

  it('finds a passive without agent, of a verb the training data lacks', () => {
    const a = analyse('De oude servers worden volgend jaar gevirtualiseerd.');
    const p = main(a).passive!;
    expect(word(a, p.participle)).toBe('gevirtualiseerd');
    expect(p.agent).toBeNull();
  });

  it('finds the agent of a passive with "door"', () => {
    const a = analyse('De subsidie wordt door de provincie verstrekt.');
    const p = main(a).passive!;
    expect(a.tags.slice(p.agent!.from, p.agent!.to).map((t) => t.word).join(' ')).toBe('door de provincie');
  });

  it('gives an impersonal passive with an addressee no subject', () => {
    const a = analyse('Aan de gemeenteraad wordt gevraagd het voorstel te steunen.');
    expect(main(a).passive).not.toBeNull();
    expect(main(a).subject).toBe(-1);
  });
});

describe('lexicon helpers', () => {
  it('knows verb stems from any form seen in training, and the productive -eren stems', () => {
    expect(isVerbStem('maak')).toBe(true);
    expect(isVerbStem('formaliseer')).toBe(true);
    expect(isVerbStem('archivering')).toBe(false);
    expect(isSeen('de')).toBe(true);
    expect(isSeen('gevirtualiseerd')).toBe(false);
  });
});
