/**
 * Word swaps the `vague-term` and `nominalization` rules may offer. The lexicon's alternatives are hints for the writer ("een datum",
 * "verhogen tot"); put in place of the matched words most of them break the sentence ("Er moet geld voor
 * komen voor …"). So a swap is offered only for a matched form listed here, whose replacement keeps the
 * sentence grammatical in every position that form takes (checked on sentences in `swaps.test.ts`).
 * Keys are the matched text in lower case.
 */
const WHEN = 'vóór [wanneer?]';

const SWAPS: Record<string, readonly string[]> = {
  // Vague time adverbials become a deadline to fill in (the placeholder stays an open task).
  'zo snel mogelijk': [WHEN],
  'op korte termijn': [WHEN],
  binnenkort: [WHEN],
  'op termijn': [WHEN],
  zsm: [WHEN],
  'de komende tijd': [WHEN],
  'de komende jaren': [WHEN],
  // Infinitives, where a transitive verb takes the same object.
  borgen: ['vastleggen'],
  waarborgen: ['vastleggen'],
  stimuleren: ['subsidiëren', 'belonen'],
  bevorderen: ['vergroten'],
  faciliteren: ['mogelijk maken'],
  'in gesprek gaan': ['afspraken maken'],
  'aan de slag': ['beginnen'],
  // Plural nouns: the article stays right ("de kaders" → "de regels").
  kaders: ['regels', 'eisen'],
  'striktere kaders': ['striktere regels', 'striktere eisen'],
};

/**
 * Noun constructions whose verb can stand where they stand. Not offered: "de inzet van X" (→ "inzetten X"),
 * "gebruik maken van X", "uitvoering geven aan X" — the verb needs the sentence rebuilt around it.
 */
const VERB_SWAPS: Record<string, readonly string[]> = {
  'zorg dragen': ['zorgen'],
  'dragen zorg': ['zorgen'],
  'draagt zorg': ['zorgt'],
  zorgdragen: ['zorgen'],
  'zorgdragen voor': ['zorgen voor'],
  zorgdraagt: ['zorgt'],
  plaatsvinden: ['gebeuren'],
  plaatsvindt: ['gebeurt'],
  'vindt plaats': ['gebeurt'],
  'vinden plaats': ['gebeuren'],
  'in overweging nemen': ['overwegen'],
  'een bijdrage leveren aan': ['bijdragen aan'],
  'in behandeling nemen': ['behandelen'],
  'tot uitvoering brengen': ['uitvoeren'],
  'tot stand brengen': ['maken', 'opzetten'],
  'een besluit nemen': ['besluiten'],
  'maatregelen treffen': ['maatregelen nemen'],
  'het treffen van maatregelen': ['het nemen van maatregelen'],
  'verantwoordelijkheid nemen voor': ['zorgen voor'],
  'in werking treden': ['ingaan'],
  'in werking treedt': ['ingaat'],
};

const normal = (matched: string): string => matched.toLowerCase().replace(/\s+/g, ' ');

/** Replacements for a vague term that fit where `matched` stands; empty when none does. */
export function grammaticalSwaps(matched: string): readonly string[] {
  return SWAPS[normal(matched)] ?? [];
}

/** Verbs that can replace the noun construction `matched` where it stands; empty when none can. */
export function grammaticalVerbSwaps(matched: string): readonly string[] {
  return VERB_SWAPS[normal(matched)] ?? [];
}
