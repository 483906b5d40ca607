/** Actions that postpone a decision: study, explore, evaluate, report, pilot, talk. */
export const DEFERRAL_PHRASES: string[] = [
  'onderzoek*', 'nader onderzoek', 'onderzocht', 'verkennen', 'verkent', 'verken', 'verkenning*', 'verkend',
  'taskforce', 'werkgroep', 'in gesprek', 'het gesprek', 'gesprekken', 'dialoog', 'dialogen', 'evalueren', 'evalueert',
  'evaluatie', 'evaluaties', 'geëvalueerd', 'pilot', 'pilots', 'proeftuin*', 'experiment*', 'sandbox*', 'living lab*',
  'in kaart brengen', 'in kaart', 'kijken naar', 'kijkt naar', 'gekeken', 'nadenken', 'nadenkt', 'bezinnen', 'overwegen',
  'overwogen', 'overweegt', 'bespreken', 'besproken', 'discussie', 'discussies', 'rapporteren', 'gerapporteerd',
  'rapportage*', 'bijeenkomst', 'vervolgbijeenkomst', 'conferentie', 'studie', 'haalbaarheidsstudie', 'inventariseren',
  'inventarisatie', 'monitoren', 'gemonitord', 'uitproberen', 'leren', 'het hebben over', 'bekijken', 'bekeken',
  'verkennende', 'ronde tafel', 'rondetafelgesprek*', 'kennissessie*', 'agenderen',
];

/**
 * Markers that make research background rather than the action: rejected ("in plaats van nog meer
 * rapportages") or already done and used ("na de evaluatie", "op basis van het onderzoek", "uit onderzoek blijkt").
 */
export const DEFERRAL_REJECTION = ['in plaats van', 'geen', 'niet', 'stoppen met', 'minder', 'na', 'op basis van', 'naar aanleiding van', 'uit', 'volgens', 'dankzij'];
