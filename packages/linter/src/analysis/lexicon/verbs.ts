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

/** Words ending in "-eer" that are not imperative stems (nouns, adverbs). */
export const NOT_EER_STEMS = new Set(['meer', 'weer', 'keer', 'heer', 'zeer', 'sfeer', 'verkeer', 'beheer', 'eer', 'veer', 'peer', 'teer', 'leer', 'geweer', 'plezier', 'verweer', 'atmosfeer', 'carrière', 'personeel', 'idee']);

/** Tokens after a sentence-initial verb that make it a question or conditional, not an imperative. */
export const SUBJECT_PRONOUNS = new Set(['ik', 'jij', 'we', 'wij', 'hij', 'zij', 'ze', 'men', 'u', 'jullie']);

/**
 * Irregular past participle bodies (without "ge"): "ge" + body is a participle, as is particle + "ge" + body
 * ("aangewezen") and inseparable prefix + body ("besproken", "vervangen").
 */
export const IRREGULAR_PARTICIPLE_BODIES = new Set([
  'daan', 'gaan', 'komen', 'staan', 'slagen', 'geven', 'nomen', 'zien', 'weest', 'wezen', 'schreven', 'lezen',
  'kozen', 'sloten', 'dragen', 'vonden', 'bonden', 'bleven', 'bleken', 'trokken', 'sproken', 'broken', 'stoken',
  'worpen', 'goten', 'boden', 'dwongen', 'sprongen', 'zongen', 'wonnen', 'kregen', 'legen', 'zeten', 'heten',
  'laten', 'houden', 'vallen', 'vangen', 'hangen', 'roepen', 'lopen', 'stoten', 'wassen', 'meten', 'geten',
  'treden', 'schoven', 'wogen', 'bogen', 'vlogen', 'zogen', 'schoten', 'noten', 'loren', 'dreven', 'wreven',
  'beten', 'grepen', 'sneden', 'streden', 'schenen', 'prezen', 'rezen', 'stegen', 'zwegen', 'keken', 'leken',
  'weken', 'blazen', 'storven', 'holpen', 'golden', 'worden', 'zworen', 'graven', 'laden', 'scheiden', 'worven',
  'wonden', 'zonnen', 'schonken', 'dronken', 'stonken', 'zonken', 'klonken', 'slonken', 'vochten', 'vlochten',
  'zocht', 'bracht', 'dacht', 'kocht', 'mocht', 'wogen', 'dolven', 'zwommen', 'glommen', 'begonnen', 'slonden',
]);

/** Separable particles that precede "ge" in a participle ("in-ge-richt", "vast-ge-steld"). Longest first. */
export const SEPARABLE_PARTICLES = [
  'samen', 'terug', 'tegen', 'plaats', 'teweeg', 'bekend', 'vooruit', 'achter', 'binnen', 'buiten', 'voort',
  'vast', 'over', 'door', 'voor', 'weg', 'vrij', 'mee', 'aan', 'bij', 'toe', 'uit', 'deel', 'los', 'af', 'in',
  'na', 'om', 'op', 'neer', 'thuis', 'kapot', 'goed', 'stop',
];

/** Inseparable prefixes: their participles have no "ge" ("besproken", "verankerd", "ontwikkeld"). */
export const INSEPARABLE_PREFIXES = ['her', 'ver', 'ont', 'be', 'er'];

/** Words with a participle shape that are adjectives or nouns, or finite verbs of ge-verbs. */
export const NOT_PARTICIPLES = new Set([
  'gebied', 'gezicht', 'gedicht', 'gewicht', 'geluid', 'gemiddeld', 'gezond', 'gereed', 'geest', 'gebed',
  'gewest', 'gezant', 'geduld', 'geeft', 'geldt', 'gebeurt', 'geniet', 'gelooft', 'gebiedt', 'geschikt',
  'gewoonlijk', 'gedachtegoed', 'geraakt', 'gehandicapt', 'geheid', 'bereid', 'bekend', 'besteedt', 'bestaat',
  'ontstaat', 'verstaat', 'betreft', 'bedraagt', 'bevat', 'verder', 'beleid', 'verbod', 'verband', 'verschil',
  'beroep', 'verslag', 'verzoek', 'ontwerp', 'gevat', 'gewend', 'gelet', 'gezegd', 'ervaren', 'geleden',
  'verwacht', 'behoeft', 'bepaalt', 'beoogt', 'vereist', 'verlangt', 'herhaalt', 'erkent', 'ontvangt',
]);

/** Participles used as adjectives after "zijn" ("is gevestigd in", "ben geïnteresseerd in"): a state, not a passive. */
export const ADJECTIVAL_WITH_ZIJN = new Set([
  'geïnteresseerd', 'gemotiveerd', 'gespecialiseerd', 'geïnspireerd', 'gevestigd', 'gelegen', 'gericht', 'gebaseerd', 'genoodzaakt',
  'gewend', 'geneigd', 'gehecht', 'gebonden', 'geïnformeerd', 'gelukkig', 'gewaarschuwd', 'gerechtigd', 'gemachtigd', 'gezegd',
]);

/** Participles of intransitive verbs: with "zijn" they form the perfect tense, not a passive. */
export const PERFECT_WITH_ZIJN = new Set([
  'gegaan', 'gekomen', 'gebleven', 'gebleken', 'geweest', 'geworden', 'gestegen', 'gedaald', 'gevallen',
  'ontstaan', 'verdwenen', 'verschenen', 'gegroeid', 'gelukt', 'mislukt', 'begonnen', 'gestart', 'gestopt',
  'overleden', 'geslaagd', 'gebeurd', 'veranderd', 'toegenomen', 'afgenomen', 'gelopen', 'opgelopen',
  'uitgelopen', 'vertrokken', 'aangekomen', 'teruggekeerd', 'verhuisd', 'gewend', 'geraakt', 'verlopen',
  'ingegaan',
]);
