import { describe, expect, it } from 'vitest';
import { analyzeSentence, contextKey } from './index.js';

describe('analyzeSentence: advice cues', () => {
  it.each([
    ['De minister moet de regeling vereenvoudigen.', 'modal'],
    ['Er moet een centraal meldpunt worden ingericht.', 'er-moet'],
    ['Richt een meldpunt in voor klachten over algoritmes.', 'imperative'],
    ['Wij adviseren het college een exitplan op te stellen.', 'performative'],
    ['Het is noodzakelijk dat de provincie haar archief op orde brengt.', 'importance'],
    ['Het kabinet besluit de regeling te verlengen.', 'decision'],
  ])('%s → %s', (text, cue) => {
    const a = analyzeSentence(text);
    expect(a.advice).not.toBeNull();
    expect(a.advice!.cue).toBe(cue);
    expect(text.slice(a.advice!.start, a.advice!.end)).toBe(a.advice!.text);
  });

  it.each([
    'Moet de gemeente dit zelf betalen?',
    'In 2019 moest de dienst alle aanvragen opnieuw beoordelen.',
    'De aanvraag is vertraagd omdat het formulier moet worden aangepast.',
    'Het project liep vorig jaar vertraging op.',
  ])('not advice: %s', (text) => {
    expect(analyzeSentence(text).advice).toBeNull();
  });
});

describe('contextKey', () => {
  it('ignores previousText outside list items', () => {
    expect(contextKey({ blockKind: 'paragraph', previousText: 'a:' })).toBe(contextKey({ blockKind: 'paragraph' }));
    expect(contextKey({ blockKind: 'list-item', previousText: 'Wij adviseren:' })).not.toBe(contextKey({ blockKind: 'list-item' }));
  });
});
