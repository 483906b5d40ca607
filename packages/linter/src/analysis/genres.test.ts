// Genre conventions of real policy text (motions, letters, municipal plans), with sentences written for
// these tests. Each pattern has a flagged and an accepted case.
import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './index.js';

const advice = (text: string) => analyzeSentence(text).advice?.cue ?? null;
const owner = (text: string) => analyzeSentence(text).owner?.text ?? null;

describe('motion clauses', () => {
  it.each([
    'verzoekt de regering de subsidie voor buurthuizen met een jaar te verlengen,',
    'spreekt uit dat de minister de sluiting van het station moet terugdraaien,',
  ])('%s → advice', (text) => expect(advice(text)).not.toBeNull());
  it.each([
    'overwegende dat de regering het station moet openhouden;',
    'constaterende dat de wachtlijsten in het noorden het langst zijn;',
    'van mening dat buurthuizen moeten blijven bestaan;',
    'spreekt uit dat buurthuizen een belangrijke rol spelen in dorpen,',
  ])('%s → not advice', (text) => expect(advice(text)).toBeNull());
  it('the government is the owner of a request', () => expect(owner('verzoekt de regering de regeling te verlengen,')).toBe('regering'));
});

describe('recounted requests and decisions are background', () => {
  it.each([
    'In de motie-Jansen vroeg de Kamer om een onderzoek naar de tarieven.',
    'Tijdens het overleg op 4 april 2024 heeft de staatssecretaris toegezegd de regeling te herzien.',
    'In 2019 heeft het college besloten de bibliotheek te sluiten.',
    'Wij ontvangen graag uw reactie op ons verzoek.',
  ])('%s → not advice', (text) => expect(advice(text)).toBeNull());
  it('the speaker’s own promise stays a promise', () => {
    expect(advice('In het debat van 3 maart heb ik toegezegd de regeling voor de zomer te herzien.')).not.toBeNull();
  });
});

describe('commitments, goals and proposals of a government author', () => {
  it.each([
    ['Wij investeren de komende vier jaar in de renovatie van sporthallen.', 'Wij'],
    ['We zorgen voor schone sloten in elke polder.', 'We'],
    ['De provincie stuurt op een evenwichtige spreiding van woningen.', 'provincie'],
    ['Het doel van deze aanpak is dat geen gezin langer dan een jaar op een woning wacht.', null],
    ['Onze planning is om het plan in mei aan de raad voor te leggen.', null],
  ])('%s → advice', (text, who) => {
    expect(advice(text)).not.toBeNull();
    if (who) expect(owner(text)).toBe(who);
  });
  it.each([
    'We constateren dat de wachttijden zijn opgelopen.',
    'We werkten vorig jaar samen met de scholen aan een plan.',
    'Met deze brief informeer ik u over de stand van zaken.',
    'De gemeente houdt zich op veel manieren bezig met armoede.',
  ])('%s → not advice', (text) => expect(advice(text)).toBeNull());
  it('an exhortation names no owner', () => {
    expect(advice('We moeten zuiniger omgaan met water.')).not.toBeNull();
    expect(owner('We moeten zuiniger omgaan met water.')).toBeNull();
  });
});

describe('action items without a finite verb', () => {
  it.each([
    'Verbeteren van de fietsroutes naar de scholen.',
    'het bestemmingsplan voor de haven gewijzigd vast te stellen;',
    'Invoering van een parkeervergunning voor bezoekers.',
  ])('%s → advice', (text) => expect(advice(text)).not.toBeNull());
  it.each([
    'Gemeenten en provincies hebben een gezamenlijke opdracht.',
    'Het kabinet besloot vorig jaar een nieuwe regeling op te zetten.',
  ])('%s → not advice', (text) => expect(advice(text)).toBeNull());
  it('a heading is a title, not an item', () => {
    expect(analyzeSentence('Besluit archivering', { blockKind: 'heading' }).advice).toBeNull();
    expect(analyzeSentence('Verbeteren van de fietsroutes', { blockKind: 'heading' }).advice).toBeNull();
  });
});

describe('deferral and absolutes by the claim', () => {
  it('informing is the only action', () => {
    expect(analyzeSentence('verzoekt de regering de Kamer te informeren over de voortgang,').deferral).not.toBeNull();
    expect(analyzeSentence('verzoekt de regering de regeling per 1 januari 2028 af te schaffen,').deferral).toBeNull();
  });
  it('"voor iedereen toegankelijk" is absolute as a goal, not as a fact', () => {
    expect(analyzeSentence('Het zwembad moet voor iedereen toegankelijk zijn.').absolutes).toHaveLength(1);
    expect(analyzeSentence('De broncode is voor iedereen toegankelijk op internet.').absolutes).toHaveLength(0);
  });
});
