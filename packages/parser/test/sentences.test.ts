import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/index.js';

const split = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(split('De raad besluit vandaag. Wie betaalt dat? Niemand!')).toEqual([
      'De raad besluit vandaag.',
      'Wie betaalt dat?',
      'Niemand!',
    ]);
  });

  it('keeps a placeholder such as "[wie?]" inside its sentence', () => {
    expect(split('[wie?] Zet het loket open. Het loket gaat open [wanneer?]. Klaar.')).toEqual([
      '[wie?] Zet het loket open.',
      'Het loket gaat open [wanneer?].',
      'Klaar.',
    ]);
  });

  it('does not split after Dutch abbreviations', () => {
    const cases = [
      'Dit geldt bijv. voor gemeenten en o.a. provincies.',
      'Het gaat m.b.t. de uitvoering om nr. 12 en art. 3 van de wet.',
      'De kosten zijn ca. 40 miljoen, d.w.z. meer dan begroot.',
      'Zie t.a.v. de planning i.p.v. het oude schema de bijlage.',
    ];
    expect(split(cases[0] as string)).toHaveLength(1);
    expect(split(cases[1] as string)).toHaveLength(1);
    expect(split(cases[2] as string)).toHaveLength(1);
    expect(split(cases[3] as string)).toHaveLength(1);
    expect(split('Het overleg met Mr. Bakker en Dr. De Wit was kort. Daarna volgde een besluit.')).toEqual([
      'Het overleg met Mr. Bakker en Dr. De Wit was kort.',
      'Daarna volgde een besluit.',
    ]);
  });

  it('ends a sentence after enz. or etc. when a capital follows', () => {
    expect(split('Denk aan wegen, bruggen enz. De gemeente beslist.')).toEqual([
      'Denk aan wegen, bruggen enz.',
      'De gemeente beslist.',
    ]);
    expect(split('Wegen, bruggen etc. worden vervangen.')).toHaveLength(1);
  });

  it('keeps numbers, percentages and dates together', () => {
    expect(split('Er zijn 1.000 aanvragen, dat is 2,5% meer. Het besluit valt op 1 jan. 2026 in de raad.')).toEqual([
      'Er zijn 1.000 aanvragen, dat is 2,5% meer.',
      'Het besluit valt op 1 jan. 2026 in de raad.',
    ]);
    expect(split('Dit gebeurde in 2024. Daarna volgde 2025.')).toEqual(['Dit gebeurde in 2024.', 'Daarna volgde 2025.']);
  });

  it('keeps initials with the name', () => {
    expect(split('Het advies van J. de Vries en A.B. Jansen is helder. Wij volgen het.')).toEqual([
      'Het advies van J. de Vries en A.B. Jansen is helder.',
      'Wij volgen het.',
    ]);
  });

  it('handles ellipses', () => {
    expect(split('We wachten af... en dan? Niets... Daarna begint het opnieuw.')).toEqual([
      'We wachten af... en dan?',
      'Niets...',
      'Daarna begint het opnieuw.',
    ]);
    expect(split('Het bleef stil… Toen kwam het bericht.')).toHaveLength(2);
  });

  it('keeps a closing quote after the full stop in the sentence', () => {
    expect(split('Zij zei: “Dit moet anders.” Daarna ging ze weg.')).toEqual([
      'Zij zei: “Dit moet anders.”',
      'Daarna ging ze weg.',
    ]);
    expect(split("Hij riep 'Nu beginnen!' Iedereen knikte.")).toEqual(["Hij riep 'Nu beginnen!'", 'Iedereen knikte.']);
    expect(split('Het is klaar (zie bijlage.) Wij gaan door.')).toEqual(['Het is klaar (zie bijlage.)', 'Wij gaan door.']);
  });

  it('starts a sentence at an opening quote', () => {
    expect(split('Dat is het plan. “Wij doen mee,” zegt de wethouder.')).toEqual([
      'Dat is het plan.',
      '“Wij doen mee,” zegt de wethouder.',
    ]);
  });

  it('returns text without final punctuation as one sentence and trims whitespace', () => {
    expect(splitSentences('  Maak wetgeving flexibel  ')).toEqual([{ start: 2, end: 25 }]);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('does not split inside web addresses or decimal numbers', () => {
    expect(split('Kijk op www.voorbeeld.nl voor 3.5 procent meer. Dank.')).toEqual([
      'Kijk op www.voorbeeld.nl voor 3.5 procent meer.',
      'Dank.',
    ]);
  });

  it('is linear on adversarial input', () => {
    const inputs = ['.'.repeat(100_000), '. '.repeat(50_000), 'a. '.repeat(40_000), '?!'.repeat(50_000), ' '.repeat(100_000)];
    for (const input of inputs) {
      const t = performance.now();
      splitSentences(input);
      expect(performance.now() - t).toBeLessThan(2000);
    }
  });
});
