// The analyser takes verb forms, tense, modals, subjects and passives from @scherp/dutch, not from word lists:
// these sentences (written for this test) use verbs and forms that no list of the analyser ever held.
import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './index.js';
import { buildView } from './view.js';
import { isPastAt, modalRoleAt, reportsPast } from './grammar.js';

const advice = (text: string) => analyzeSentence(text).advice?.cue ?? null;
const owner = (text: string) => analyzeSentence(text).owner?.text ?? null;

describe('modal roles come from lemma and tense', () => {
  it.each([
    ['De gemeente moet het loket openen.', 'moet', 'demand'],
    ['Het college dient de regeling te herzien.', 'dient', 'demand'],
    ['De provincie zou moeten investeren.', 'zou', 'conditional'],
    ['Wij zullen de regeling herzien.', 'zullen', 'commitment'],
    ['Burgers kunnen bezwaar maken.', 'kunnen', 'possibility'],
    ['Gegevens mogen niet worden verkocht.', 'mogen', 'permission'],
    ['Het college moest de regeling herzien.', 'moest', null],
  ])('%s: %s is %s', (text, form, role) => {
    const view = buildView(text);
    expect(modalRoleAt(view, view.tokens.findIndex((t) => t.text === form))).toBe(role);
  });

  it('"zou" is the conditional, not a report of the past', () => {
    const view = buildView('Als het college dat zou willen, kan het.');
    expect(isPastAt(view, view.tokens.findIndex((t) => t.text === 'zou'))).toBe(false);
    expect(reportsPast(buildView('De wethouder verplaatste de markt naar het plein.'))).toBe(true);
  });
});

describe('advice from the tagger and clause structure', () => {
  it.each([
    ['Digitaliseer de aanvraag van een parkeervergunning.', 'imperative'],
    ['Laat de wijkteams een eigen plan maken.', 'imperative'],
    ['Harmoniseer de tarieven, zodat inwoners overal hetzelfde betalen.', 'imperative'],
  ])('%s → %s', (text, cue) => expect(advice(text)).toBe(cue));

  it.each([
    'De wethouder moest de markt verplaatsen.',
    'Vorig jaar kocht de gemeente drie nieuwe veegwagens.',
    'Besluit huisvesting statushouders',
  ])('not advice: %s', (text) => expect(analyzeSentence(text, { blockKind: 'heading' }).advice).toBeNull());

  it('a present commitment in the first person with a verb the tagger reads as a noun', () => {
    // "investeren" after "wij" is a finite verb by V2 word order, whatever the tagger guessed.
    expect(advice('Wij investeren in 2027 drie miljoen euro in de fietspaden.')).toBe('decision');
  });
});

describe('owner in passives, by clause structure', () => {
  it('the subject of an agentless passive undergoes it', () => {
    expect(owner('De gemeenteraad wordt voor 1 juni 2027 geïnformeerd over de uitkomst.')).toBeNull();
    expect(owner('Daarna wordt de gemeenteraad geïnformeerd over de uitkomst.')).toBeNull();
  });

  it('the addressee of an agentless passive ("aan …") is not the actor', () => {
    expect(owner('Aan de gemeenteraad wordt voorgesteld de parkeerverordening in 2027 te wijzigen.')).toBeNull();
  });

  it('an actor asked to act does act, and a named agent does', () => {
    expect(owner('Het college wordt verzocht voor 1 mei 2027 een plan op te stellen.')).toBe('Het college');
    expect(owner('De verordening wordt in 2027 door de gemeenteraad gewijzigd.')).toBe('gemeenteraad');
  });
});
