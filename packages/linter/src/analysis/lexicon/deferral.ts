/** Actions that postpone a decision: study, explore, evaluate, report, pilot, talk. */
import type { Localized } from '@scherp/corpus';

export interface DeferralEntry {
  pattern: string;
  reason: Localized;
}

const group = (nl: string, en: string, patterns: string[]): DeferralEntry[] => patterns.map((pattern) => ({ pattern, reason: { nl, en } }));

export const DEFERRAL_LEXICON: DeferralEntry[] = [
  ...group('Onderzoek stelt het besluit uit: zeg wat er na het onderzoek gebeurt, en wanneer.', 'Research postpones the decision: say what happens after it, and when.', [
    'onderzoek*', 'nader onderzoek', 'onderzocht', 'studie', 'haalbaarheidsstudie', 'inventariseren', 'inventarisatie', 'in kaart brengen',
    'in kaart', 'monitoren', 'gemonitord', 'na te gaan', 'nagaan', 'gaat na', 'studiegroep', 'inzicht in', 'inzichtelijk', 'overzicht van',
  ]),
  ...group('Verkennen is nog geen keuze: noem de beslissing die erop volgt.', 'Exploring is not yet a choice: name the decision that follows.', [
    'verkennen', 'verkent', 'verken', 'verkenning*', 'verkend', 'verkennende', 'kijken naar', 'kijkt naar', 'gekeken', 'bekijken', 'bekeken',
    'nadenken', 'nadenkt', 'bezinnen', 'overwegen', 'overwogen', 'overweegt',
  ]),
  ...group('Praten is geen resultaat: zeg wat er na het gesprek vastligt.', 'Talking is not a result: say what is settled after the conversation.', [
    'in gesprek', 'het gesprek', 'gesprekken', 'dialoog', 'dialogen', 'bespreken', 'besproken', 'discussie', 'discussies', 'bijeenkomst',
    'vervolgbijeenkomst', 'conferentie', 'ronde tafel', 'rondetafelgesprek*', 'kennissessie*', 'agenderen', 'het hebben over',
  ]),
  ...group('Een werkgroep of taskforce verschuift de actie: wie besluit wat, en wanneer?', 'A working group or taskforce shifts the action: who decides what, and when?', [
    'taskforce', 'werkgroep',
  ]),
  ...group('Evalueren en rapporteren meten, maar veranderen niets: koppel er een besluit aan.', 'Evaluating and reporting measure but change nothing: tie a decision to them.', [
    'evalueren', 'evalueert', 'evaluatie', 'evaluaties', 'geëvalueerd', 'rapporteren', 'gerapporteerd', 'rapportage*',
    // Informing the council or parliament reports; it decides nothing.
    'te informeren', 'informeren over', 'te blijven informeren', 'geïnformeerd over',
  ]),
  ...group('Een pilot of experiment is voorlopig: zeg wanneer en op grond waarvan het wordt opgeschaald of gestopt.', 'A pilot or experiment is provisional: say when and on what grounds it is scaled up or stopped.', [
    'pilot', 'pilots', 'proeftuin*', 'experiment*', 'sandbox*', 'living lab*', 'uitproberen',
  ]),
];

/** Pattern list (kept for callers that only need the phrases). */
export const DEFERRAL_PHRASES: string[] = DEFERRAL_LEXICON.map((e) => e.pattern);

/**
 * Markers that make research background rather than the action: rejected ("in plaats van weer een
 * rapportages") or already done and used ("na de evaluatie", "op basis van het onderzoek", "uit onderzoek blijkt").
 */
export const DEFERRAL_REJECTION = [
  'in plaats van', 'geen', 'niet', 'stoppen met', 'minder', 'na', 'op basis van', 'naar aanleiding van', 'uit', 'volgens', 'dankzij',
  // The research is the topic of the action: "het standpunt op dit onderzoek toezenden".
  'op dit', 'op dat', 'over dit', 'over dat', 'van dit', 'van dat',
];
