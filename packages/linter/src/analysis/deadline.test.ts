import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './index.js';

const deadline = (text: string) => analyzeSentence(text).deadline?.text ?? null;

describe('deadline detector', () => {
  it.each([
    ['De wet moet in 2027 klaar zijn.', 'in 2027'],
    ['Het plan moet uiterlijk 1 juli 2026 bij de raad liggen.', 'uiterlijk 1 juli 2026'],
    ['Lever het rapport voor 15 maart in.', 'voor 15 maart'],
    ['De regeling gaat per 1 januari in.', 'per 1 januari'],
    ['Het loket moet in Q3 2026 open.', 'in Q3 2026'],
    ['De minister rapporteert in het eerste kwartaal van 2027.', 'eerste kwartaal van 2027'],
    ['Stuur de Kamer voor de zomer een brief.', 'voor de zomer'],
    ['Het college besluit dit najaar over de locatie.', 'dit najaar'],
    ['De gemeente moet binnen drie maanden beslissen.', 'binnen drie maanden'],
    ['Er moet binnen anderhalf jaar een register zijn.', 'binnen anderhalf jaar'],
    ['Hier moet je in de komende 10 jaar richting aan geven.', 'de komende 10 jaar'],
    ['De cijfers moeten jaarlijks worden gepubliceerd.', 'jaarlijks'],
    ['Rapporteer elk kwartaal over de voortgang.', 'elk kwartaal'],
    ['Het bedrag moet bij de Voorjaarsnota worden vastgesteld.', 'bij de Voorjaarsnota'],
    ['Het systeem moet eind 2026 vervangen zijn.', 'eind 2026'],
    ['Dit jaar nog moet de app werken.', 'Dit jaar'],
  ])('%s → %s', (text, expected) => {
    expect(deadline(text)).toBe(expected);
  });

  it.each([
    'De gemeente moet zo snel mogelijk handelen.',
    'Dit moet op termijn anders.',
    'Het kabinet moet binnenkort een besluit nemen.',
    'De komende jaren moet de dienstverlening beter.',
    'De minister moet nu ingrijpen.',
    'Een inventarisatie uit 2022 laat dat zien.',
    'Dat kost 5 miljoen euro per jaar.',
  ])('no deadline: %s', (text) => {
    expect(deadline(text)).toBeNull();
  });
});
