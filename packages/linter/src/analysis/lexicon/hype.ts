/** Buzzwords that are often offered as the answer without a problem to solve. */
export interface HypeEntry {
  pattern: string;
  reason: { nl: string; en: string };
}

const tech = (pattern: string): HypeEntry => ({
  pattern,
  reason: {
    nl: 'Een technologie is een middel, geen doel: noem het maatschappelijke probleem dat ermee wordt opgelost.',
    en: 'A technology is a means, not a goal: name the societal problem it solves.',
  },
});
const label = (pattern: string): HypeEntry => ({
  pattern,
  reason: {
    nl: 'Een modewoord zegt niet wat er verandert of voor wie: beschrijf het beoogde effect.',
    en: 'A buzzword does not say what changes or for whom: describe the intended effect.',
  },
});

export const HYPE_LEXICON: HypeEntry[] = [
  tech('ai'), tech('ai-*'), tech('kunstmatige intelligentie'), tech('artificial intelligence'), tech('generatieve ai'),
  tech('blockchain*'), tech('govtech'), tech('metaverse'), tech('big data'), tech('machine learning'), tech('quantum*'),
  tech('cloud-omgeving*'), tech('cloudomgeving*'), tech('cloudoplossing*'), tech('cloud-oplossing*'), tech('de cloud'),
  tech('public cloud'), tech('private cloud'), tech('hybride cloud'), tech('cloud-first'), tech('cloud first'),
  tech('chatgpt'), tech('llm'), tech("llm's"), tech('web3'), tech('digital twin*'), tech('digitale tweeling*'), tech('iot'),
  tech('internet of things'), tech('smart city'), tech('slimme stad'), tech('data-gedreven'), tech('datagedreven'),
  tech('data-centrisch*'), tech('datacentrisch*'),
  label('innovatie'), label('innovaties'), label('innovatief'), label('innovatieve'), label('innoverend*'),
  label('disruptie*'), label('disruptief'), label('disruptieve'), label('digitale transformatie'), label('next level'),
  tech('met data'),
  label('game changer'), label('gamechanger'), label('state-of-the-art'), label('baanbrekend*'), label('revolutionair*'),
];

/** Words that mark a buzzword as criticised or cautioned against, not offered as the answer. */
export const HYPE_CAUTION = new Set([
  'hype', 'hypes', 'terughoudend', 'kritisch', 'voorzichtig', 'voorkom', 'codewoord', 'tech-push', 'push', 'afhankelijkheden', 'valkuil',
  // A technology that is regulated, secured or checked is managed, not offered as the answer.
  'risico', "risico's", 'risicogroep', 'veiligheidsrisico', "veiligheidsrisico's", 'verboden', 'verbod', 'verordening', 'ai-verordening', 'vereisten',
  'beveiligen', 'toezicht', 'controleren', 'verificatie', 'validatie', 'verantwoord', 'verantwoorde', 'ai-geletterd', 'ai-geletterdheid', 'uitleg',
]);
/** Negations that cancel a buzzword only when right before it ("geen AI", "niet innovatief"). */
export const HYPE_NEGATIONS = new Set(['geen', 'niet', 'zonder']);

/** Words that introduce examples or topics: a buzzword after them is context, not the answer. */
export const HYPE_EXAMPLE_MARKERS = new Set(['zoals', 'bijvoorbeeld', 'waaronder']);
/** Plural nouns before "als" that make it an enumeration of topics: "zaken als AI". */
export const TOPIC_NOUNS_BEFORE_ALS = new Set(['zaken', 'onderwerpen', "thema's", 'technologieën', 'ontwikkelingen', 'trends', 'begrippen', 'termen']);
/** Nouns that present something as THE answer: "X is de oplossing/de toekomst". */
export const ANSWER_NOUNS = new Set(['antwoord', 'oplossing', 'sleutel', 'toekomst', 'wondermiddel', 'heilige']);

/** Words that state a societal goal, so a buzzword in the same sentence is a means to an end. */
export const GOAL_MARKERS = new Set(['burger', 'burgers', 'inwoners', 'patiënten', 'maatschappelijke', 'maatschappelijk', 'publieke', 'zodat', 'omdat', 'wachttijd', 'wachttijden', 'kosten', 'fouten', 'veiligheid']);

/**
 * Hype as a claim outside advice: a technology as the subject of praise or inevitability ("Digitalisering
 * biedt ongekende kansen", "Blockchain blijft voorgoed"). These subjects are hype only in that shape, because the
 * words themselves are everyday policy vocabulary.
 */
export const CLAIM_SUBJECTS = new Set(['digitalisering', 'technologie', 'technologieën', 'ai', 'data', 'blockchain', 'innovatie', 'kunstmatige']);
export const CLAIM_WORDS = new Set([
  'kansen', 'kans', 'verdwijnen', 'onvermijdelijk', 'revolutie', 'revolutionair', 'transformeert', 'verandert', 'verrijkt', 'verrijken',
  'onmisbaar', 'ongelooflijke', 'ongekende', 'enorme', 'oneindige', 'toekomst', 'antwoord', 'oplossing', 'sleutel', 'wondermiddel',
]);
/** "de inzet van AI", "opschaling van AI", "vanuit blockchain": the technology's use is the end itself. */
export const USE_AS_END = new Set(['inzet', 'opschaling', 'toepassing', 'toepassingen', 'gebruik', 'vanuit', 'bril']);
/** Named laws and programmes about a technology are not hype: "de AI Act", "de AI-verordening". */
export const NAMED_AFTER_TECH = new Set(['act', 'verordening', 'wet', 'richtlijn', 'toezichthouder']);
