/** Unrealistic absolutes. Plain "altijd" or "nooit" is often a legitimate rule, so only strong shapes are listed. */
import type { Localized } from '@scherp/corpus';

export interface AbsoluteEntry {
  pattern: string;
  reason: Localized;
}

const group = (nl: string, en: string, patterns: string[]): AbsoluteEntry[] => patterns.map((pattern) => ({ pattern, reason: { nl, en } }));

export const ABSOLUTE_LEXICON: AbsoluteEntry[] = [
  ...group('Geen systeem werkt altijd en overal: noem een haalbare norm (bijvoorbeeld 99,5% beschikbaarheid).', 'No system works always and everywhere: state an achievable norm (e.g. 99.5% availability).', [
    'altijd en overal', 'overal en altijd', 'op ieder moment', 'op elk moment', 'te allen tijde', 'zonder onderbreking', 'zonder enige onderbreking',
    '24/7', 'nooit uitvalt',
  ]),
  ...group('Honderd procent is geen toetsbaar doel maar een belofte die niet kan worden waargemaakt.', 'A hundred percent is not a checkable target but a promise that cannot be kept.', [
    '100 %', '100 procent', 'honderd procent', 'volledige controle', 'volledig veilig', 'volledig betrouwbaar', 'absolute zekerheid', 'volledig uitsluiten',
  ]),
  ...group('Nul fouten of risico’s bestaat niet: beschrijf hoe fouten worden opgevangen.', 'Zero errors or risks do not exist: describe how errors are handled.', [
    'falen is geen optie', 'waterdicht*', 'volledig foutloos', 'foutloos', 'foutloze', 'onfeilbaar', 'onfeilbare', 'nul fouten',
    'geen enkel risico', 'zonder enig risico', 'risicoloos', 'geen enkele fout',
  ]),
  ...group('‘Nooit meer’ belooft wat niemand kan garanderen: noem de maatregel die herhaling kleiner maakt.', '"Never again" promises what no one can guarantee: name the measure that makes a repeat less likely.', [
    'nooit meer', 'nooit ofte nimmer', 'nooit mag', 'nooit mogen', 'nooit mag gebeuren',
  ]),
  ...group('Blind vertrouwen of een antwoord op alles is retoriek, geen doel.', 'Blind trust or an answer to everything is rhetoric, not a goal.', [
    'blind vertrouwen', 'blind * vertrouwen', 'alle kennis', 'alle expertise', 'alle oplossingen', 'alle antwoorden', 'alle vragen', 'alle problemen',
    'alle uitdagingen', 'elk probleem', 'ieder probleem', 'al deze problemen', 'alle * problemen',
  ]),
  ...group('‘Voor iedereen’ of ‘alles’ belooft wat geen beleid haalt: noem voor wie, hoeveel en wanneer.', '"For everyone" or "all" promises what no policy achieves: say for whom, how many and when.', [
    'voor iedereen toegankelijk', 'voor iedereen beschikbaar', 'voor iedereen betaalbaar', 'voor iedereen bereikbaar', 'voor iedereen toegankelijke',
    'duldt geen uitstel', 'duldt geen enkel uitstel', 'alle energie die', 'volledig zelfvoorzienend', 'helemaal niemand',
  ]),
];

export const ABSOLUTE_PHRASES: string[] = ABSOLUTE_LEXICON.map((e) => e.pattern);

/**
 * Claims that are absolute only as a goal or promise: "moet voor iedereen toegankelijk zijn" promises the
 * impossible, "de code is voor iedereen beschikbaar" states a fact.
 */
export const GOAL_ONLY_ABSOLUTES = new Set(['voor iedereen toegankelijk', 'voor iedereen beschikbaar', 'voor iedereen betaalbaar', 'voor iedereen bereikbaar', 'voor iedereen toegankelijke', 'alle energie die']);

/** Verbs of something going wrong: promising they never happen is an absolute ("kan er geen fout ontstaan"). */
export const MISHAP_VERBS = new Set([
  'ontstaan', 'ontstaat', 'gebeuren', 'gebeurt', 'misgaan', 'misgaat', 'optreden', 'optreedt', 'uitvallen', 'uitvalt', 'falen', 'faalt',
  'haperen', 'hapert', 'lekken', 'lekt', 'verloren', 'voorkomen', 'voorkomt',
]);
/** Verbs of guaranteeing: "garanderen/borgen dat er geen …" promises the impossible. */
export const GUARANTEE_VERBS = new Set(['garanderen', 'garandeert', 'garandeer', 'borgen', 'borgt', 'waarborgen', 'waarborgt', 'beloven', 'belooft', 'verzekeren', 'uitsluiten', 'sluit']);
