/** Nominal constructions with a verb that says the same thing in fewer words. */
export interface NominalizationEntry {
  pattern: string;
  alternatives: string[];
}

/** Why every entry is flagged: the same reason holds for all nominal constructions. */
export const NOMINALIZATION_REASON = {
  nl: 'Een werkwoord in een zelfstandig naamwoord verstopt maakt de zin langer en verbergt wie iets doet: gebruik het werkwoord.',
  en: 'A verb hidden in a noun makes the sentence longer and hides who acts: use the verb.',
};

export const NOMINALIZATION_LEXICON: NominalizationEntry[] = [
  { pattern: 'zorgdragen|zorgdraagt|zorgdragen voor', alternatives: ['zorgen voor'] },
  { pattern: 'zorg dragen|draagt zorg|dragen zorg', alternatives: ['zorgen'] },
  { pattern: 'plaatsvinden|plaatsvindt', alternatives: ['gebeuren', 'houden'] },
  { pattern: 'vindt plaats|vinden plaats', alternatives: ['gebeurt', 'wordt gehouden'] },
  { pattern: 'realisatie van|de realisatie', alternatives: ['realiseren', 'maken'] },
  { pattern: 'implementatie van', alternatives: ['invoeren'] },
  { pattern: 'uitvoering geven aan', alternatives: ['uitvoeren'] },
  { pattern: 'in overweging nemen', alternatives: ['overwegen'] },
  { pattern: 'een bijdrage leveren aan', alternatives: ['bijdragen aan'] },
  { pattern: 'ondersteuning bieden|ondersteuning geven', alternatives: ['ondersteunen', 'helpen'] },
  { pattern: 'in behandeling nemen', alternatives: ['behandelen'] },
  { pattern: 'tot uitvoering brengen', alternatives: ['uitvoeren'] },
  { pattern: 'tot stand brengen', alternatives: ['maken', 'opzetten'] },
  { pattern: 'toepassing geven aan', alternatives: ['toepassen'] },
  { pattern: 'gebruik maken van|gebruikmaken van|gebruik gemaakt van|gebruikgemaakt van|gebruik te maken van', alternatives: ['gebruiken'] },
  { pattern: 'vorm geven aan', alternatives: ['vormgeven'] },
  { pattern: 'een besluit nemen|een besluit genomen', alternatives: ['besluiten'] },
  { pattern: 'een analyse maken|een analyse uitvoeren', alternatives: ['analyseren'] },
  { pattern: 'de verbetering van', alternatives: ['verbeteren'] },
  { pattern: 'de versterking van|verdere versterking', alternatives: ['versterken'] },
  { pattern: 'de inzet van', alternatives: ['inzetten', 'gebruiken'] },
  { pattern: 'de aanschaf van', alternatives: ['aanschaffen', 'kopen'] },
  { pattern: 'het treffen van maatregelen|maatregelen treffen', alternatives: ['maatregelen nemen', 'ingrijpen'] },
  { pattern: 'verantwoordelijkheid nemen voor', alternatives: ['zorgen voor'] },
  { pattern: 'in werking treden|in werking treedt', alternatives: ['ingaan', 'gelden'] },
  { pattern: 'aandacht besteden aan', alternatives: ['behandelen', 'aanpakken'] },
  { pattern: 'een rol spelen', alternatives: ['meedoen', 'beslissen', 'betalen'] },
  { pattern: 'een oplossing bieden voor', alternatives: ['oplossen'] },
];

/** Het-nouns ending in -en that are not nominalised infinitives ("het vermogen van"). */
export const NOT_NOMINAL_INFINITIVES = new Set([
  'wapen', 'examen', 'teken', 'verleden', 'wezen', 'leven', 'laken', 'bekken', 'vermogen', 'vertrouwen', 'verlangen',
  'gebeuren', 'eten', 'open', 'volgen', 'kussen', 'varken', 'molen', 'regen', 'verschijnen', 'welbevinden', 'vergrijzen',
]);
