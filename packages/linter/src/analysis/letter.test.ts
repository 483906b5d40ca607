import { describe, expect, it } from 'vitest';
import { parse } from '@scherp/parser';
import { analyzeDocument, analyzeSentence } from './index.js';

const letter = (closing: string) => `# Voortgang loketten

Geachte voorzitter,

Ik informeer uw Kamer vóór 1 oktober 2027 over de openingstijden van de loketten.

${closing}
`;

function ownerOfFirstAdvice(markdown: string): string | null {
  const parsed = parse(markdown, { filePath: 'brief.md' });
  const advice = analyzeDocument(parsed).sentences.find((s) => s.analysis.advice);
  return advice?.analysis.owner?.text ?? null;
}

describe('a signed letter says who "ik" is', () => {
  it.each([
    'Hoogachtend,\n\nde minister van Binnenlandse Zaken',
    'Met vriendelijke groet,\n\nde wethouder Dienstverlening',
    'Hoogachtend, de staatssecretaris van Financiën',
  ])('closing "%s" makes "Ik" the owner', (closing) => {
    expect(ownerOfFirstAdvice(letter(closing))?.toLowerCase()).toBe('ik');
  });

  // A promise names its speaker anyway (see ownerOfAdvice); the signature decides the document context.
  const signed = (markdown: string) => analyzeDocument(parse(markdown, { filePath: 'brief.md' })).sentences.find((s) => s.analysis.advice)?.context.firstPersonIsOwner ?? false;

  it('an unsigned note keeps "ik" anonymous', () => {
    expect(signed(letter('Tot slot nog een opmerking over de planning.'))).toBe(false);
  });

  it('a closing formula with nobody after it signs nothing', () => {
    expect(signed(letter('Hoogachtend,'))).toBe(false);
    expect(signed(letter('Hoogachtend, de staatssecretaris van Financiën'))).toBe(true);
  });
});

describe('a reporting verb with a clause-final particle is another verb', () => {
  const paragraph = { blockKind: 'paragraph' as const };
  it.each([
    'De staatssecretaris van BZK stelt in 2027 een register van hulppunten op.',
    'De minister van BZK stelt vóór 1 juni 2027 de nieuwe norm vast.',
    'Het college wijst in januari 2027 een wijkregisseur aan.',
  ])('%s → advice', (text) => {
    expect(analyzeSentence(text, paragraph).advice).not.toBeNull();
  });

  it.each([
    'De minister stelt dat het register in 2027 klaar is.',
    'De staatssecretaris zegt in 2027 dat de norm te streng is.',
  ])('%s → reported view, no advice', (text) => {
    expect(analyzeSentence(text, paragraph).advice).toBeNull();
  });
});

describe('a strong past tense ending in -t reports, it does not commit', () => {
  const paragraph = { blockKind: 'paragraph' as const };
  it.each([
    'De minister van BZK liet in 2023 onderzoek doen naar de wachttijden.',
    'Het kabinet besloot in 2022 een register van algoritmes op te zetten.',
    'De gemeente Utrecht bracht in 2024 een nieuwe app uit.',
  ])('%s → no advice', (text) => {
    expect(analyzeSentence(text, paragraph).advice).toBeNull();
  });

  it('the present tense of the same verbs still commits', () => {
    expect(analyzeSentence('De gemeente Utrecht brengt in 2027 een nieuwe app uit.', paragraph).advice).not.toBeNull();
  });
});
