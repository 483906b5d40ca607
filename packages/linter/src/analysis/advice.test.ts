import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './index.js';

const cue = (text: string, context?: Parameters<typeof analyzeSentence>[1]) => analyzeSentence(text, context).advice?.cue ?? null;

describe('advice detector', () => {
  it.each([
    // modal + infinitive in a main clause
    ['De staatssecretaris moet de aanbesteding opnieuw uitvoeren.', 'modal'],
    ['Voor kleine gemeenten moet de provincie een vast aanspreekpunt regelen.', 'modal'],
    ['Uitvoeringsorganisaties dienen hun algoritmes jaarlijks te laten toetsen.', 'modal'],
    ['Het college zou de regeling moeten vereenvoudigen.', 'modal'],
    ['Persoonsgegevens mogen niet worden doorverkocht.', 'modal'],
    // er moet … worden
    ['Er moet een landelijk meldpunt voor datalekken komen.', 'er-moet'],
    ['Er moeten in elke regio twee nieuwe steunpunten worden geopend.', 'er-moet'],
    // imperatives, also with separable particles and Latinate -eer stems
    ['Stel een vaste contactpersoon aan voor elke aanvrager.', 'imperative'],
    ['Zorg dat elke brief een telefoonnummer bevat.', 'imperative'],
    ['Richt per regio één loket in.', 'imperative'],
    ['Investeer in de kennis van eigen medewerkers.', 'imperative'],
    ['Zet in op hergebruik van bestaande bouwstenen.', 'imperative'],
    ['Harmoniseer de begrippen in de sociale zekerheid.', 'imperative'],
    ['Ons advies is kort: schrap overbodige formulieren.', 'performative'],
    // importance frames
    ['Het is van groot belang dat de gegevens actueel blijven.', 'importance'],
    ['Het is tijd om de oude systemen uit te faseren.', 'importance'],
    ['Een onafhankelijke toets is noodzakelijk.', 'importance'],
    ['Er is een duidelijke taakverdeling nodig.', 'importance'],
    ['Het zou verstandig zijn als de gemeente haar archief digitaliseert.', 'importance'],
    // performatives, also reported
    ['Wij bevelen de minister aan de wet te herzien.', 'performative'],
    ['De raad stelt voor de tarieven te bevriezen.', 'performative'],
    ['Verzoekt de regering de regeling te verlengen.', 'performative'],
    ['De commissie pleit voor een centraal register.', 'performative'],
    ['De Ombudsman vindt dat gemeenten sneller moeten reageren.', 'performative'],
    // decisions and commitments
    ['Het kabinet heeft besloten de subsidie te stoppen.', 'decision'],
    ['Wij gaan de wachttijden halveren.', 'decision'],
    ['De minister zal de Kamer voor de zomer informeren.', 'decision'],
    ['De minister van Financiën stelt in 2027 tien miljoen euro beschikbaar.', 'decision'],
    ['Vanaf 1 januari 2028 geldt een meldplicht voor datalekken.', 'decision'],
  ])('%s → %s', (text, expected) => {
    expect(cue(text)).toBe(expected);
  });

  it('marks a recommendation heading as advice by position', () => {
    expect(cue('Eenvoud voorop', { blockKind: 'heading', isRecommendationHeading: true })).toBe('recommendation-heading');
  });

  it('makes a list item advice when its lead-in is advice and ends in a colon', () => {
    const context = { blockKind: 'list-item' as const, previousText: 'Wij adviseren het college om:' };
    expect(cue('de website toegankelijk te maken', context)).toBe('performative');
    // Without the lead-in the item is still an action (a te-infinitive without a finite verb).
    expect(cue('de website toegankelijk te maken', { blockKind: 'list-item' })).toBe('action-item');
    expect(cue('de website', { blockKind: 'list-item', previousText: 'In 2020 waren er drie projecten:' })).toBeNull();
  });

  it.each([
    // questions
    'Moet de gemeente de kosten zelf dragen?',
    'Wat moet een inwoner doen als de app niet werkt?',
    // history, past tense
    'In 2020 moest de dienst alle dossiers opnieuw beoordelen.',
    'De minister heeft de regeling vorig jaar moeten intrekken.',
    // modals inside descriptive subordinate clauses
    'Het duurt lang omdat elk formulier moet worden gecontroleerd.',
    'Het zijn de medewerkers die het werk moeten doen.',
    // wishes and descriptions
    'Eigenlijk zou je meer tijd willen hebben voor elk gesprek.',
    'De gemeente werkt sinds 2015 met een eigen app.',
    'Logius beheert sinds 2006 de voorziening voor inloggen.',
    'De minister verwacht dat de evaluatie in het najaar klaar is.',
    'Dit kan leiden tot langere wachttijden.',
    'Beheer en onderhoud zijn nu eenmaal noodzakelijk.',
    'Start van het project was in maart.',
    'Begin 2026 waren er vier aanvragen.',
  ])('not advice: %s', (text) => {
    expect(cue(text)).toBeNull();
  });

  it('reports the cue as a stretch of the sentence', () => {
    const text = 'De provincie moet het plan herzien.';
    const a = analyzeSentence(text).advice!;
    expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(a.text).toBe('moet');
  });
});

describe('advice detector: clause structure and idioms', () => {
  it('treats a finite verb followed by a subject pronoun as a main clause', () => {
    expect(cue('Het beleid is streng en daarbinnen moet je blijven.')).toBe('modal');
  });

  it('reads stressed function words without their accent', () => {
    expect(cue('Het gaat erom wélke projecten eerst moeten worden gestart.')).toBeNull();
  });

  it.each([
    'Dat roept nieuwe vragen op.',
    'Denk aan zorg, onderwijs en wonen.',
    'Neem bijvoorbeeld de jeugdzorg.',
    'Met camera’s kan de politie bijvoorbeeld sneller ingrijpen.',
    'We zullen niet alle antwoorden hebben.',
    'In het rapport stelt de Raad van State dat de wet te complex is.',
    'Zie ook m.b.t. onderzoek naar de kosten.',
  ])('not advice: %s', (text) => {
    expect(cue(text)).toBeNull();
  });

  it.each([
    ['Dit kan bijvoorbeeld door een gezamenlijk loket te openen.', 'modal'],
    ['Ook kan worden gekeken naar een regionale aanpak.', 'modal'],
    ['De bewindslieden gaan hier direct mee aan de slag.', 'decision'],
  ])('suggestion or commitment: %s', (text, expected) => {
    expect(cue(text)).toBe(expected);
  });
});
