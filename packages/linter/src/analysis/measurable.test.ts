import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './index.js';

const measurable = (text: string) => analyzeSentence(text).measurable?.text ?? null;

describe('measurable detector', () => {
  it.each([
    ['Het aantal klachten moet met 30% dalen.', '30%'],
    ['De gemeente moet vijftig extra handhavers aannemen.', 'vijftig'],
    ['Het Rijk moet € 5 miljoen vrijmaken.', '€ 5 miljoen'],
    ['De provincie trekt 10 mln euro uit.', '10 mln euro'],
    ['De helft van de formulieren moet weg.', 'De helft'],
    ['De minister moet een wetsvoorstel indienen.', 'wetsvoorstel'],
    ['Er moet een verwerkingsregister komen.', 'verwerkingsregister'],
    ['Gebruik van de standaard wordt verplicht.', 'standaard'],
    ['Gegevens mogen niet worden verkocht.', 'mogen niet'],
    ['Start geen project zonder probleemstelling.', 'geen project zonder'],
    ['De gemeente moet stoppen met papieren formulieren.', 'stoppen met'],
    ['De wachtlijst moet worden gehalveerd.', 'gehalveerd'],
  ])('%s → %s', (text, expected) => {
    expect(measurable(text)).toBe(expected);
  });

  it.each([
    'De gemeente moet de dienstverlening verbeteren.',
    'Er moet meer aandacht komen voor inclusie.',
    'Het kabinet moet een visie en een strategie ontwikkelen.',
    'Er moeten kaders komen voor de inzet van algoritmes.',
    'Burgers moeten 100% vertrouwen kunnen hebben in de overheid.',
    'De organisatie moet 180 graden draaien.',
    'De gemeente moet binnen drie maanden beslissen.',
    // the object of a study is not a result
    'Verzoekt de regering te onderzoeken of een register nodig is.',
  ])('not measurable: %s', (text) => {
    expect(measurable(text)).toBeNull();
  });
});
