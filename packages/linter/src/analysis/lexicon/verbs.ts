/**
 * Dutch verb forms the detectors need. Kept as data so that linguists can extend them without touching the
 * detectors. Forms are lower case.
 */

/** Present-tense modal forms that carry a demand (past forms such as "moest" are history, not advice). */
export const DEMAND_MODALS = new Set(['moet', 'moeten', 'hoort', 'horen', 'dient', 'dienen']);
/** Conditional modal: "zou/zouden moeten" is a recommendation, "zou willen" a wish. */
export const CONDITIONAL_MODALS = new Set(['zou', 'zouden']);
/** Future/commitment auxiliaries: advice only when the speaker or a named actor commits itself. */
export const COMMITMENT_AUX = new Set(['zal', 'zullen', 'ga', 'gaan', 'gaat', 'wil', 'willen', 'wilt']);
/** "kan/kunnen" is mostly descriptive; it only suggests an action in specific shapes (see advice detector). */
export const POSSIBILITY_MODALS = new Set(['kan', 'kunnen', 'kun', 'kunt']);

/** Finite forms of "worden" and "zijn" that head a passive. */
export const PASSIVE_AUX_WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
export const PASSIVE_AUX_ZIJN = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent', 'wezen']);

/** Past-tense finite forms that mark a description of what happened, not advice. */
export const PAST_MARKERS = new Set(['moest', 'moesten', 'werd', 'werden', 'was', 'waren', 'had', 'hadden', 'wilde', 'wilden', 'kon', 'konden', 'ging', 'gingen', 'zei', 'zeiden']);

/**
 * Past singulars of strong and irregular verbs that end in -t like a present singular ("De minister liet …",
 * "Het kabinet besloot …"): a sentence led by one reports the past, it announces nothing.
 */
export const PAST_SINGULAR_IN_T = new Set([
  'liet', 'verliet', 'bracht', 'dacht', 'kocht', 'zocht', 'mocht', 'vocht', 'wist', 'zat', 'bezat', 'vergat', 'at',
  'sloot', 'besloot', 'schoot', 'genoot', 'goot', 'bood', 'verbood', 'stiet', 'hielt', 'vertrok', 'dorst',
]);

/**
 * Imperative stems that open advice ("Stel … in", "Zorg voor …"). Only forms that are rarely a sentence-initial
 * noun are listed; ambiguous ones ("start", "begin", "werk") are guarded in the detector.
 */
export const IMPERATIVE_STEMS = new Set([
  'maak', 'zorg', 'stel', 'geef', 'zet', 'richt', 'investeer', 'start', 'begin', 'stop', 'voorkom', 'vermijd',
  'bevorder', 'creëer', 'formuleer', 'vraag', 'laat', 'neem', 'breng', 'houd', 'hou', 'leg', 'kies', 'gebruik',
  'deel', 'werk', 'organiseer', 'ontwikkel', 'bouw', 'schaf', 'schrap', 'beperk', 'verbied', 'verplicht', 'regel',
  'betrek', 'zoek', 'kijk', 'denk', 'wees', 'hanteer', 'prik', 'draai', 'wissel', 'verlies', 'pas', 'benoem',
  'wijs', 'publiceer', 'sluit', 'koop', 'huur', 'test', 'meet', 'evalueer', 'onderzoek', 'verken', 'bespreek',
  'versterk', 'verbeter', 'vereenvoudig', 'borg', 'veranker', 'stimuleer', 'ondersteun', 'financier', 'besteed',
  'reserveer', 'ga', 'kom', 'blijf', 'doe', 'durf', 'accepteer', 'erken', 'omarm', 'leer', 'luister', 'toets',
  'controleer', 'hergebruik', 'herzie', 'herijk', 'definieer', 'beschrijf', 'documenteer', 'pak', 'schaal',
  'zie', 'spreek', 'bied', 'open', 'bundel', 'verminder', 'verhoog', 'verlaag', 'verdubbel', 'halveer',
  'vervang', 'voer', 'wijzig', 'trek', 'help', 'geef', 'erken', 'respecteer', 'behoud', 'bescherm', 'beveilig',
  'maak', 'versnel', 'vertraag', 'handhaaf', 'verbind', 'koppel', 'integreer', 'moderniseer', 'digitaliseer',
  'automatiseer', 'standaardiseer', 'harmoniseer', 'centraliseer', 'decentraliseer', 'professionaliseer',
  'faciliteer', 'garandeer', 'informeer', 'communiceer', 'consulteer', 'experimenteer', 'prioriteer',
  'prioriteer', 'selecteer', 'registreer', 'monitor', 'rapporteer', 'verantwoord', 'bekostig', 'subsidieer',
  'schep', 'stuur', 'vul', 'volg', 'sta', 'blijf', 'werf', 'train', 'leid', 'wees', 'geef', 'hef', 'voeg',
]);

/** Tokens after a sentence-initial verb that make it a question or conditional, not an imperative. */
export const SUBJECT_PRONOUNS = new Set(['ik', 'jij', 'we', 'wij', 'hij', 'zij', 'ze', 'men', 'u', 'jullie']);

/** Separable particles that precede "ge" in a participle ("in-ge-richt", "vast-ge-steld"). Longest first. */
export const SEPARABLE_PARTICLES = [
  'samen', 'terug', 'tegen', 'plaats', 'teweeg', 'bekend', 'vooruit', 'achter', 'binnen', 'buiten', 'voort',
  'vast', 'over', 'door', 'voor', 'weg', 'vrij', 'mee', 'aan', 'bij', 'toe', 'uit', 'deel', 'los', 'af', 'in',
  'na', 'om', 'op', 'neer', 'thuis', 'kapot', 'goed', 'stop',
];