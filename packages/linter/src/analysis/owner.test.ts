import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './index.js';

const owner = (text: string, firstPersonIsOwner = false) =>
  analyzeSentence(text, { blockKind: 'paragraph', firstPersonIsOwner }).owner?.text ?? null;

describe('owner detector', () => {
  it.each([
    ['De minister van Binnenlandse Zaken moet de regeling aanpassen.', 'minister van Binnenlandse Zaken'],
    ['De staatssecretaris moet het plan herzien.', 'staatssecretaris'],
    ['Het kabinet moet de wet intrekken.', 'kabinet'],
    ['Het Rijk moet de kosten dragen.', 'Rijk'],
    ['De Tweede Kamer moet het voorstel steunen.', 'Tweede Kamer'],
    ['Het college van B&W moet een plan opstellen.', 'Het college van B&W'],
    ['De gemeente Zwolle moet haar website verbeteren.', 'gemeente Zwolle'],
    ['De VNG moet een handreiking maken.', 'VNG'],
    ['Logius moet de koppeling beheren.', 'Logius'],
    ['De Autoriteit Persoonsgegevens moet strenger toezien.', 'Autoriteit Persoonsgegevens'],
    ['Het ministerie van Financiën moet het budget vrijgeven.', 'ministerie van Financiën'],
    // passive with an agent names the owner
    ['Het register moet worden beheerd door de CIO-Rijk.', 'CIO-Rijk'],
  ])('%s → %s', (text, expected) => {
    expect(owner(text)).toBe(expected);
  });

  it.each([
    'De overheid moet beter luisteren.',
    'Gemeenten moeten hun processen digitaliseren.',
    'We moeten samen verder.',
    'Je moet weten hoe je weer kunt overstappen.',
    'Partijen moeten afspraken maken.',
    'Er moet een register worden ingericht.',
    // a body still to be created is not the owner
    'Er moet een nieuwe stuurgroep komen.',
    // background mentions
    'Volgens de Algemene Rekenkamer moet het anders.',
    // the subject of a passive undergoes the action
    'De Kamer wordt elk kwartaal geïnformeerd.',
  ])('no owner: %s', (text) => {
    expect(owner(text)).toBeNull();
  });

  it('accepts a first-person commitment only when the document says who "wij" is', () => {
    expect(owner('Wij gaan het loket in 2027 openen.', true)).toBe('Wij');
    expect(owner('Wij gaan het loket in 2027 openen.', false)).toBeNull();
    // an exhortation addresses everyone
    expect(owner('We moeten beter samenwerken.', true)).toBeNull();
    // "ik wil dat gemeenten …" commits the municipalities, not the speaker
    expect(owner('Ik wil dat gemeenten meer investeren.', true)).toBeNull();
  });
});
