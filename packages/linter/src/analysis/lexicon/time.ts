/** Time vocabulary for the deadline detector. */

export const MONTHS = new Set([
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
]);

/** Prepositions and modifiers that turn a month or season into a point in time. */
export const TIME_PREPOSITIONS = new Set(['in', 'per', 'vanaf', 'voor', 'vóór', 'uiterlijk', 'eind', 'einde', 'begin', 'medio', 'half', 'tot', 'na', 'op', 'sinds', 'rond', 'omstreeks', 'tegen']);

/** Seasons and parliamentary moments usable as a deadline ("voor de zomer", "dit najaar"). */
export const SEASONS = new Set(['zomer', 'najaar', 'voorjaar', 'winter', 'herfst', 'lente', 'zomerreces', 'kerstreces', 'kerst', 'jaareinde', 'jaarwisseling', 'prinsjesdag', 'verantwoordingsdag']);

/** Units of a bounded period. */
export const PERIOD_UNITS = new Set(['dag', 'dagen', 'werkdag', 'werkdagen', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren', 'kwartaal', 'kwartalen', 'halfjaar', 'decennium']);

/** Periods that are bounded when made definite: "dit jaar", "deze kabinetsperiode", "volgend jaar". */
export const DEFINITE_PERIODS = new Set(['jaar', 'kalenderjaar', 'begrotingsjaar', 'kabinetsperiode', 'collegeperiode', 'raadsperiode', 'zittingsjaar', 'najaar', 'voorjaar', 'kwartaal', 'maand', 'week', 'zomer', 'winter', 'schooljaar']);
export const DEFINITE_PERIOD_DETERMINERS = new Set(['dit', 'deze', 'volgend', 'volgende', 'komend', 'komende', 'het', 'de']);

/** Written-out numbers (cardinal) used in periods and amounts. */
export const NUMBER_WORDS = new Map<string, number>([
  ['nul', 0], ['één', 1], ['een', 1], ['twee', 2], ['drie', 3], ['vier', 4], ['vijf', 5], ['zes', 6], ['zeven', 7], ['acht', 8],
  ['negen', 9], ['tien', 10], ['elf', 11], ['twaalf', 12], ['dertien', 13], ['veertien', 14], ['vijftien', 15], ['twintig', 20],
  ['dertig', 30], ['veertig', 40], ['vijftig', 50], ['zestig', 60], ['zeventig', 70], ['tachtig', 80], ['negentig', 90],
  ['honderd', 100], ['duizend', 1000], ['anderhalf', 1.5], ['anderhalve', 1.5], ['half', 0.5], ['halve', 0.5], ['enkele', Number.NaN],
]);

/** Ordinals for quarters and halves: "het eerste kwartaal", "de tweede helft van 2026". */
export const ORDINALS = new Set(['eerste', 'tweede', 'derde', 'vierde', 'laatste']);

/** Single words for recurring moments. */
export const RECURRING_WORDS = new Set(['jaarlijks', 'jaarlijkse', 'halfjaarlijks', 'halfjaarlijkse', 'maandelijks', 'maandelijkse', 'driemaandelijks', 'driemaandelijkse', 'wekelijks', 'wekelijkse', 'tweejaarlijks', 'tweejaarlijkse', 'dagelijks', 'kwartaalrapportage', 'jaarverslag']);

/** Budget-cycle moments: "bij de Voorjaarsnota", "bij de begroting 2027". */
export const BUDGET_MOMENTS = new Set(['voorjaarsnota', 'najaarsnota', 'begroting', 'miljoenennota', 'kadernota', 'jaarrekening', 'slotwet', 'suppletoire', 'begrotingsbehandeling', 'jaarverantwoording', 'programmabegroting', 'voorjaarsbrief']);
