import { describe, expect, it } from 'vitest';
import { analyzeClauses, tagSentence, tagWords } from './index.js';

const xposOf = (text: string, word: string) => tagSentence(text).find((t) => t.word === word)?.xpos ?? '';
const lemmaOf = (text: string, word: string) => tagSentence(text).find((t) => t.word === word)?.lemma ?? '';

describe('tagWords / tagSentence', () => {
  it('gives one result per word with UPOS, CGN tag, lemma and features', () => {
    const tags = tagWords(['De', 'gemeente', 'stelt', 'een', 'plan', 'op', '.']);
    expect(tags).toHaveLength(7);
    expect(tags[1]).toMatchObject({ word: 'gemeente', upos: 'NOUN', lemma: 'gemeente' });
    expect(tags[2]!.xpos).toMatch(/^WW\|pv\|tgw/);
    expect(tags[2]!.feats).toContain('VerbForm=Fin');
    expect(tags[6]!.upos).toBe('PUNCT');
  });

  it('tags unseen all-digit words (years, counts) as numbers, whatever precedes them', () => {
    for (const year of ['2019', '2025', '2031', '2047']) {
      for (const text of [`In ${year} is het plan af.`, `Vóór ${year} komt er een plan.`, `Dan moeten we in ${year} tot de top behoren.`]) {
        expect(tagSentence(text).find((t) => t.word === year)!.upos).toBe('NUM');
      }
    }
  });

  it('labels worden, hebben and zijn AUX or VERB by what their clause contains (UD Dutch convention)', () => {
    const uposOf = (text: string, word: string) => tagSentence(text).find((t) => t.word === word)?.upos ?? '';
    expect(uposOf('De aanpak wordt volgend jaar door de provincie geëvalueerd.', 'wordt')).toBe('AUX');
    expect(uposOf('De aanpak wordt volgend jaar veel duurder.', 'wordt')).toBe('VERB');
    expect(uposOf('De gemeente heeft het plan vorige week vastgesteld.', 'heeft')).toBe('AUX');
    expect(uposOf('De gemeente heeft een plan voor de wijk.', 'heeft')).toBe('VERB');
    expect(uposOf('Omdat er geen plan is, wachten we.', 'is')).toBe('VERB');
    expect(uposOf('Het plan is duidelijk.', 'is')).toBe('AUX');
  });

  it('reads -en verb forms by their clause: infinitive after a modal, finite as the verb of a relative clause', () => {
    expect(xposOf('Wij willen de kosten beperken en de regels vereenvoudigen.', 'vereenvoudigen')).toMatch(/^WW\|inf/);
    expect(xposOf('Dat is de regel waaraan de plannen voldoen.', 'voldoen')).toMatch(/^WW\|pv\|tgw\|mv/);
    expect(xposOf('De gemeente gaat naar de provincie en ze leggen het plan voor.', 'leggen')).toMatch(/^WW\|pv/);
  });

  it('is deterministic and tokenises like the analyser', () => {
    const text = 'Het CIO-Rijk publiceert in 2027 de 1,5 miljoen records.';
    expect(tagSentence(text)).toEqual(tagSentence(text));
    expect(tagSentence(text).map((t) => t.word)).toContain('CIO-Rijk');
    expect(tagSentence(text).map((t) => t.word)).toContain('1,5');
  });

  it('tells finite verbs from infinitives in main and verb-final clauses', () => {
    expect(xposOf('De provincie moet de regeling aanpassen.', 'moet')).toMatch(/^WW\|pv/);
    expect(xposOf('De provincie moet de regeling aanpassen.', 'aanpassen')).toMatch(/^WW\|inf/);
    expect(xposOf('Ik weet dat de ambtenaren de regels toepassen.', 'toepassen')).toMatch(/^WW\|pv\|tgw\|mv/);
  });

  it('tells -passen infinitives from their participles (separable particle, with and without "ge")', () => {
    const plan = 'Wij gaan de regels aanpassen en de tarieven verlagen.';
    expect(xposOf(plan, 'aanpassen')).toMatch(/^WW\|inf/);
    expect(xposOf('Het waterschap heeft de peilen aangepast.', 'aangepast')).toMatch(/^WW\|vd/);
    expect(lemmaOf('Het waterschap heeft de peilen aangepast.', 'aangepast')).toBe('aanpassen');
    expect(xposOf('De normen worden morgen toegepast.', 'toegepast')).toMatch(/^WW\|vd/);
    expect(xposOf('Het bestuur wil de normen strenger toepassen.', 'toepassen')).toMatch(/^WW\|inf/);
    expect(xposOf('De provincie zal de kaart inpassen.', 'inpassen')).toMatch(/^WW\|inf/);
  });

  it('scores a word type once without changing a tag (per-type scores equal full scoring)', async () => {
    const { getTagger } = await import('./index.js');
    const { decode } = await import('./decode.js');
    const tagger = getTagger();
    const words = ['Volgend', 'jaar', 'herijkt', 'het', 'waterschap', 'in', '2031', 'de', 'peilbesluiten', 'grondig', '.'];
    const fast = Array.from(tagger.decodeWords(words).subarray(0, words.length));
    const shapes = words.map((w) => (tagger as unknown as { lookup(w: string): { shape: never } }).lookup(w).shape);
    const entries = words.map((w) => tagger.model.entryFor(w.toLowerCase(), w));
    const full = new Int32Array(words.length);
    decode(tagger.model, shapes, entries, full);
    expect(Array.from(full)).toEqual(fast);
  });

  it('reads V2 inversion: the finite verb before the subject', () => {
    expect(xposOf('Volgend jaar publiceert het waterschap een nieuw overzicht.', 'publiceert')).toMatch(/^WW\|pv\|tgw\|met-t/);
    expect(tagSentence('Volgend jaar publiceert het waterschap een nieuw overzicht.').find((t) => t.word === 'waterschap')!.upos).toBe('NOUN');
  });

  it('tags participles and lemmatises -eren verbs absent from the training data', () => {
    expect(xposOf('Het register wordt morgen gecontaineerd.', 'gecontaineerd')).toMatch(/^WW\|vd/);
    expect(lemmaOf('Het register wordt morgen gecontaineerd.', 'gecontaineerd')).toBe('containeren');
    expect(xposOf('Wij harmoniseren de tarieven.', 'harmoniseren')).toMatch(/^WW\|pv\|tgw\|mv/);
    expect(lemmaOf('De gemeente digitaliseert het loket.', 'digitaliseert')).toBe('digitaliseren');
  });

  it('lemmatises known and unknown words', () => {
    expect(lemmaOf('De gemeenten werkten samen.', 'gemeenten')).toBe('gemeente');
    expect(lemmaOf('De gemeenten werkten samen.', 'werkten')).toBe('werken');
    expect(lemmaOf('Het plan is aangepast.', 'aangepast')).toBe('aanpassen');
  });
});

describe('analyzeClauses', () => {
  const clauses = (text: string) => analyzeClauses(tagSentence(text));

  it('finds imperatives, also of verbs the treebanks never show', () => {
    for (const text of ['Implementeer de nieuwe regels voor 1 januari.', 'Zorg voor een helder overzicht.', 'Maak afspraken met de gemeenten.', 'Stel een werkgroep in.']) {
      expect(clauses(text).clauses[0]!.imperative, text).toBe(true);
    }
    for (const text of ['Open data is belangrijk.', 'De minister stelt een regeling op.', 'Gaat u akkoord?', 'Besluit archivering']) {
      expect(clauses(text).clauses[0]!.imperative, text).toBe(false);
    }
  });

  it('finds the subject before the finite verb and after it (inversion)', () => {
    const a = clauses('De minister stelt voor 2027 een regeling op.');
    expect(a.tags[a.clauses[0]!.subject]!.word).toBe('minister');
    const b = clauses('In 2027 moet het college een loket openen.');
    expect(b.tags[b.clauses[0]!.subject]!.word).toBe('college');
    const c = clauses('Wij vragen de minister om de wet te herzien.');
    expect(c.tags[c.clauses[0]!.subject]!.word).toBe('Wij');
  });

  it('finds the subject of a verb-final subordinate clause', () => {
    const a = clauses('Het plan gaat door, omdat de gemeente het budget verhoogt.');
    const sub = a.clauses.find((c) => c.subordinate)!;
    expect(a.tags[sub.subject]!.word).toBe('gemeente');
    expect(a.tags[sub.finite]!.word).toBe('verhoogt');
  });

  it('joins a separable verb to its particle in a main clause; keeps it whole in a subordinate one', () => {
    const main = clauses('De gemeente stelt een nieuw plan op.');
    expect(main.tags[main.clauses[0]!.particle]!.word).toBe('op');
    expect(main.clauses[0]!.verbLemma).toBe('opstellen');
    const sub = clauses('Het is goed dat de gemeente een nieuw plan opstelt.');
    expect(sub.clauses.find((c) => c.subordinate)!.particle).toBe(-1);
  });

  it('groups a modal with its infinitive', () => {
    const a = clauses('De provincie moet de regeling aanpassen.');
    expect(a.tags[a.clauses[0]!.modal]!.word).toBe('moet');
    expect(a.tags[a.clauses[0]!.infinitive]!.word).toBe('aanpassen');
  });

  it('finds passives with and without agent', () => {
    const a = clauses('Het plan wordt door de gemeente uitgevoerd.');
    const p = a.clauses[0]!.passive!;
    expect(a.tags[p.participle]!.word).toBe('uitgevoerd');
    expect(a.tags.slice(p.agent!.from, p.agent!.to).map((t) => t.word).join(' ')).toBe('door de gemeente');
    expect(clauses('De regeling moet worden herzien.').clauses[0]!.passive?.agent).toBeNull();
    expect(clauses('De kosten zijn gestegen.').clauses[0]!.passive).toBeNull();
    expect(clauses('De gemeente heeft het plan gemaakt.').clauses[0]!.passive).toBeNull();
  });
});
