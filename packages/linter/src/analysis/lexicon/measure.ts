/**
 * Vocabulary for measurable results: deliverables whose existence can be checked, and yes/no rules.
 * Deliberately absent: "visie", "strategie", "kader(s)", "aanpak", "criteria", "beleid" — they name an
 * intention, not something you can tick off.
 */
export const DELIVERABLE_PHRASES: string[] = [
  'wetsvoorstel*', 'wetswijziging*', 'wijziging van de wet', 'amvb', 'algemene maatregel van bestuur', 'ministeriële regeling',
  'verordening', 'register', 'registers', 'algoritmeregister', 'roadmap', 'routekaart', 'begroting', 'begrotingspost',
  'platform', 'loket', 'meldpunt', 'steunpunt', 'servicepunt', 'informatiepunt', 'helpdesk', 'standaard', 'standaarden', 'open standaard*', 'richtlijn', 'richtlijnen',
  'mijlpalen', 'mijlpaal', 'eisen', 'programma van eisen', 'stuurgroep', 'commissie', 'forum', 'kwartiermaker',
  'ombudsfunctie', 'toezichthouder', 'meldplicht', 'convenant', 'keurmerk', 'certificering', 'certificaat', 'audit', 'audits',
  'dashboard', 'subsidieregeling', 'fonds', 'contract', 'contracten', 'resultaatverplichting*', 'curriculum', 'curricula',
  'prototype', 'prototypes', 'wettelijk', 'wettelijke', 'wet', 'wetgeving voor',
  'dg', 'directeur-generaal', 'functionaris', 'mandaat', 'kanaal', 'kanalen', 'app', 'applicatie',
  'nationaal *', 'akkoord', 'kennisbank', 'catalogus', 'architectuur',
  'voorziening', 'voorzieningen', 'rapportageverplichting',
  // Documents and decisions that will exist or not: what a letter or motion promises to deliver.
  'een brief', 'een kamerbrief', 'een voortgangsbrief', 'voorstel', 'een voorstel', 'overzicht', 'een overzicht', 'monitor', 'standpunt', 'het standpunt', 'antwoorden op', 'de antwoorden',
  'een definitieve keuze', 'besluitvorming', 'een besluit', 'uitvoeringsplan', 'uitvoeringsprogramma', 'actieplan', 'plan van aanpak',
  'naar de kamer', 'aan de kamer', 'aan uw kamer', 'naar uw kamer', 'aan de raad', 'naar de raad', 'aan de gemeenteraad', 'aan provinciale staten',
];

/** Yes/no rules: "verplicht", "verbod", "mag niet", "stoppen met", "geen … zonder …". */
export const RULE_PHRASES: string[] = [
  'verplicht*', 'verbod', 'verbied*', 'verboden', 'uitsluitend', 'alleen nog', 'niet meer', 'stoppen met', 'stop met', 'stopt met',
  'afschaffen', 'afgeschaft', 'schrappen', 'in stand houden', 'open houden', 'openhouden', 'beschikbaar stellen',
  'openbaar maken', 'publiceren', 'gepubliceerd', 'als voorwaarde', 'in werking', 'verdwijnen', 'uitfaseren', 'uitgefaseerd',
  'halveren', 'halveert', 'gehalveerd', 'verdubbelen', 'verdubbelt', 'verdubbeld', 'met de helft',
  'beschikbaar gesteld', 'beschikbaar te stellen', 'invoering van', 'in te voeren', 'ervoor te kiezen', 'niet te kiezen voor',
  'uit te stellen', 'uitstellen', 'uitgesteld', 'te verlengen', 'verlengen', 'verlengd', 'ter beschikking', 'op te nemen in',
  'energieneutraal', 'klimaatneutraal', 'co2-neutraal', 'aardgasvrij', 'afvalvrij',
];

/** Percentages and amounts that are rhetorical rather than a target. */
export const RHETORICAL_NUMBERS = new Set(['100', 'honderd', '180', '360']);

/**
 * Assigning a task to a named actor is checkable ("het eigenaarschap bij de directeur leggen", "X is verantwoordelijk
 * voor"): these words count as measurable when the sentence names an actor.
 */
export const ASSIGNMENT_PHRASES: string[] = [
  'verantwoordelijk*', 'eigenaar', 'eigenaarschap', 'eigenaarsrol', 'beleggen', 'belegd', 'belegt', 'neerleggen', 'neer te leggen',
  'neergelegd', 'opdrachtgever', 'opdrachtgeverschap', 'mandaat', 'draagt zorg|dragen zorg|zorg dragen|draagt * zorg|dragen * zorg', 'aangewezen als|wijst aan',
];

/**
 * Acronyms that are generic (a field, a role, a kind of thing) rather than the name of one system, law or
 * standard. Any other acronym in advice ("eIDAS", "DigiD", "AVG") names something whose use can be checked.
 */
export const GENERIC_ACRONYMS = new Set([
  'ICT', 'IT', 'AI', 'API', "API's", 'ML', 'IoT', 'CEO', "CEO's", 'CIO', "CIO's", 'CTO', 'CISO', 'EU', 'NL', 'KPI', "KPI's", 'MKB', 'ZZP',
  "ZZP'ers", 'UMC', "UMC's", 'TU', 'HBO', 'MBO', 'WO', 'OV', 'BTW', 'PDF', 'URL', 'OK', 'DG', 'SG', 'VS', 'USA', 'EPD', 'HR', 'PR',
  'BV', 'NV', 'CV', 'FTE', 'GB', 'TB', 'PC', 'SaaS', 'PaaS', 'IaaS', 'Q1', 'Q2', 'Q3', 'Q4', 'II', 'III', 'IV', 'VI', 'VII',
]);

export const MONEY_WORDS = new Set(['euro', 'eur', 'mln', 'mld', 'miljoen', 'miljard', 'ton', 'k€']);
