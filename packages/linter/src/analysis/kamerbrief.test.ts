import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './index.js';

// Constructions typical of Kamerbrieven, moties and raadsvoorstellen (invented examples).
const speaker = { blockKind: 'paragraph' as const, firstPersonIsOwner: true };

describe('Kamerbrief, motie and raadsvoorstel constructions', () => {
  it.each([
    ['Het college zegt toe de raad in het eerste kwartaal te informeren.', 'decision'],
    ['De minister heeft toegezegd de Kamer te informeren.', 'decision'],
    ['Wij vragen het college om de regeling te evalueren.', 'performative'],
    ['Het is de bedoeling dat de app in 2026 beschikbaar komt.', 'decision'],
    ['Er komt een landelijk meldpunt voor discriminatie.', 'decision'],
    ['Indien de kosten hoger uitvallen, legt het college een aanvullend krediet voor.', 'decision'],
    ['De komende periode werk ik dit verder uit.', 'decision'],
    ['Het kabinet zet in op minder regels voor ondernemers.', 'decision'],
    ['Het college heeft de ambitie om in 2030 klimaatneutraal te zijn.', 'decision'],
    ['Het is aan de minister om voor 1 mei een besluit te nemen.', 'importance'],
    ['Het Rijk draagt bij aan de kosten.', 'decision'],
    ['Vanaf dat moment wordt van gemeenten verwacht dat zij een register bijhouden.', 'importance'],
  ])('%s → %s', (text, cue) => {
    expect(analyzeSentence(text, speaker).advice?.cue).toBe(cue);
  });

  it.each([
    'Constaterende dat de wachttijden oplopen;',
    'De burger vraagt om duidelijkheid.',
    'Er komt veel op ons af.',
    'Het is aan het begin van het jaar druk.',
    'Na de zomer bleek dat het systeem niet werkte.',
    // routine and discourse formulas
    'Het UWV verwerkt jaarlijks ruim een miljoen aanvragen.',
    'Daarbij moet worden opgemerkt dat de cijfers voorlopig zijn.',
    'In deze brief informeer ik uw Kamer over de voortgang.',
    'Uit de evaluatie blijkt dat de regeling goed werkt.',
    'Er wordt verwacht dat de prijzen stijgen.',
  ])('not advice: %s', (text) => {
    expect(analyzeSentence(text, speaker).advice).toBeNull();
  });

  it('names the addressee of an appeal as the owner, not the speaker', () => {
    expect(analyzeSentence('Wij vragen het college om de regeling te evalueren.', speaker).owner?.text).toBe('het college');
    expect(analyzeSentence('De Raad van State adviseert de regering het wetsvoorstel aan te passen.').owner?.text).toBe('regering');
  });

  it('does not take the addressee of a letter or the object of informing as the owner', () => {
    expect(analyzeSentence('Ik zal uw Kamer hierover voor het einde van het jaar informeren.', speaker).owner?.text).toBe('Ik');
    // A promise names its speaker even without a signature: government letters are written by an office.
    expect(analyzeSentence('Ik zal uw Kamer hierover voor het einde van het jaar informeren.').owner?.text).toBe('Ik');
  });

  it('treats the subject of a request passive as the one who must act', () => {
    expect(analyzeSentence('Het college wordt verzocht voor 1 maart een plan voor te leggen.').owner?.text).toBe('Het college');
  });

  it('names the deciding speaker as owner when the document says who that is', () => {
    expect(analyzeSentence('Ik heb besloten de subsidie niet te verlengen.', speaker).owner?.text).toBe('Ik');
  });

  it.each([
    ['Ik informeer de Kamer voor het einde van het jaar.', 'voor het einde van het jaar'],
    ['De evaluatie volgt in het voorjaar van 2027.', 'in het voorjaar van 2027'],
    ['De pilot wordt na een jaar geëvalueerd.', 'na een jaar'],
  ])('deadline: %s → %s', (text, expected) => {
    expect(analyzeSentence(text).deadline?.text).toBe(expected);
  });

  it('names the council addressed by a proposal and a contribution to costs as funding', () => {
    const proposal = analyzeSentence('Wij stellen de raad voor een krediet van € 450.000 beschikbaar te stellen.', speaker);
    expect(proposal.owner?.text).toBe('de raad');
    expect(proposal.funding).not.toBeNull();
    expect(analyzeSentence('Het Rijk draagt bij aan de kosten.').funding?.text).toBe('bij aan de kosten');
  });
});
