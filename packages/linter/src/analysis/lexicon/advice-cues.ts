/**
 * Advice cues: ONE ordered table, strongest first. The advice detector walks it top to bottom; the first row
 * that matches decides. A row is a phrase pattern (see phrases.ts: `|` alternatives, `*` prefixes) with:
 *  - `cue`: the kind of advice it signals, or `'none'` for frames that make a sentence NOT advice whatever
 *    modal it contains (motion preambles, recounted requests);
 *  - `at: 'start'`: only as the first words of the sentence (after list numbering and "de Kamer,");
 *  - `particle`: a word that must follow later in the clause ("beveelt … aan", "roept … op");
 *  - `needsDemand`: only when the rest of the clause demands (a modal): "spreekt uit dat … moet".
 * A new pattern is one row here plus a test with a sentence of your own (advice.test.ts).
 * Grammar-driven cues (modals, imperatives, present-tense commitments) follow this table in the detector.
 */
import type { AdviceCue } from '../../types.js';

export interface AdviceCueRow {
  pattern: string;
  cue: AdviceCue | 'none';
  at?: 'start';
  particle?: string;
  needsDemand?: boolean;
  /** Only with a named actor right before (the subject) or within two words after (inverted subject or addressee). */
  needsActor?: boolean;
  /** Why the row exists (shown by `scherp explain`). */
  why: string;
}

const rows = (cue: AdviceCueRow['cue'], why: string, patterns: string[], extra: Partial<AdviceCueRow> = {}): AdviceCueRow[] =>
  patterns.map((pattern) => ({ pattern, cue, why, ...extra }));

export const ADVICE_CUES: AdviceCueRow[] = [
  // 1. Frames that are never advice, whatever follows.
  ...rows('none', 'motion preamble: the considerations of a motion are reasons, not requests', [
    'overwegende|overwegend|constaterende|constaterend|van mening|gehoord|in aanmerking nemende|erkennende|vaststellende|concluderende|betreurende|wijzende op|voorts overwegende|tevens overwegende|voorts constaterende|tevens constaterende|mede overwegende|verder constaterende|overwegende voorts|constaterende voorts|signalerende|verwijzend naar|benadrukkende|onderkennende',
  ], { at: 'start' }),
  ...rows('none', 'the letter introduces itself: informing is not yet a commitment', [
    'met deze brief|door middel van deze brief|middels deze brief|in deze brief|via deze brief|met deze nota|via deze nota|in deze nota|hierbij|bij deze',
  ], { at: 'start' }),
  ...rows('none', 'a request recounted as background (the motion or letter that asked it earlier)', [
    'in de motie*|met de motie*|in zijn motie*|in haar motie*|in hun motie*|in de aangenomen motie*|in de eerder aangenomen motie*|eerder besloot|eerder heeft|eerder hebben|eerder is|eerder zijn',
    'via een motie|met een motie|in een motie|in een eerdere motie',
  ], { at: 'start' }),
  // 2. Performatives: the author asks, advises, proposes (motions, advisory bodies, letters).
  ...rows('performative', 'a motion or an adviser asks someone to act', [
    'verzoekt|verzoeken', 'draagt * op|dragen * op',
  ], { at: 'start' }),
  ...rows('performative', 'a motion states a position; advice when it demands an action', ['spreekt uit dat|spreken uit dat|spreekt uit|spreken uit'], { needsDemand: true }),
  ...rows('performative', 'an adviser advises or recommends', [
    'adviseer|adviseert|adviseren|adviseerde|adviseerden|geadviseerd', 'aanbeveling om', 'aanbeveling:', 'volgende aanbeveling', 'de aanbeveling',
    'een van de aanbevelingen', 'advies is', 'advies was', 'advies luidt', 'aanbevolen', 'pleit|pleiten|pleitte|pleitten|bepleit|bepleiten',
    'geeft in overweging|geven in overweging|geef in overweging', 'acht het wenselijk|achten het wenselijk|acht het noodzakelijk|achten het noodzakelijk|acht het raadzaam',
    'voorstander van', 'dringt aan op|dringen aan op', 'voorstel is|voorstel om', 'doet het voorstel|doen het voorstel', 'raden aan|raadt aan|raad aan',
    'eist|eisen dat', 'vindt het belangrijk|vinden het belangrijk|vind het belangrijk|vindt het van belang|vinden het van belang|vind het van belang|vindt het noodzakelijk|vinden het noodzakelijk|vindt het wenselijk|vinden het wenselijk|acht het van belang|achten het van belang',
    'zou graag zien|zouden graag zien|ziet graag|zien graag', 'voorgesteld wordt|wordt voorgesteld|wordt de raad voorgesteld|wordt u voorgesteld',
  ]),
  { pattern: 'verzoekt|verzoeken|verzoek', cue: 'performative', why: 'an appeal to an actor', needsDemand: false },
  { pattern: 'beveel|beveelt|bevelen|beval|bevalen', cue: 'performative', particle: 'aan', why: 'an adviser recommends ("beveelt … aan")' },
  { pattern: 'stel|stelt|stellen|stelde|stelden', cue: 'performative', particle: 'voor', why: 'a proposal ("stelt … voor")' },
  { pattern: 'roep|roept|roepen|riep|riepen', cue: 'performative', particle: 'op', why: 'an appeal ("roept … op")' },
  { pattern: 'draagt|dragen', cue: 'performative', particle: 'op', why: 'an order ("draagt … op")' },
  // 3. Decisions, promises and goals of the author.
  ...rows('decision', 'a decision is taken or announced', [
    'besluit|besluiten|besloten', 'heeft besloten|hebben besloten', 'is overeengekomen|zijn overeengekomen', 'overeengekomen:',
    'is afgesproken|zijn afgesproken|afgesproken is', 'aangekondigd', 'onze opdracht', 'onze taak', 'kiest ervoor|kiezen ervoor|kies ervoor|heb ervoor gekozen|hebben ervoor gekozen|heeft ervoor gekozen',
  ]),
  { pattern: 'treedt|treden', cue: 'decision', particle: 'werking', why: 'a rule takes effect' },
  { pattern: 'kondigt|kondigen', cue: 'decision', particle: 'aan', why: 'an announcement ("kondigt … aan")' },
  { pattern: 'zegt|zeggen|zeg', cue: 'decision', particle: 'toe', why: 'a promise ("zeg … toe")' },
  { pattern: 'het is aan|is het aan', cue: 'importance', particle: 'om', why: 'a task is assigned ("het is aan … om")' },
  { pattern: 'vraagt|vragen|vraag|verzoeken|verzoek', cue: 'performative', particle: 'om', why: 'a request ("vraagt … om … te")' },
  ...rows('decision', 'a promise, intention or goal of the author', [
    'toegezegd', 'toezegging', 'toezeggingen', 'het is de bedoeling|is het de bedoeling', 'het is mijn intentie|het is onze intentie|is mijn intentie|is onze intentie',
    'heeft de ambitie|hebben de ambitie|heeft als doel|hebben als doel|met als doel|heeft tot doel|hebben tot doel',
    'streeft ernaar|streven ernaar|streeft naar|streven naar|streef ernaar|streef naar', 'onze planning is|mijn planning is|de planning is', 'staat in de planning|staan in de planning',
    'beoog|beoogt|beogen', 'tracht|trachten', 'in het vooruitzicht', 'zet zich in|zetten zich in|zet mij in|zetten ons in|zet me in',
    'maakt werk van|maken werk van', 'doel is|doelstelling is|hoofddoel is|hoofddoel blijft|ambitie is|missie is|inzet is|opgave is',
  ]),
  { pattern: 'streeft|streven|streef', cue: 'decision', particle: 'naar', why: 'a goal the author strives for ("streven we naar")' },
  { pattern: 'kunt u|kan uw kamer|kan de kamer|mag u', cue: 'decision', particle: 'verwachten', why: 'a promise to the addressee ("kunt u … verwachten")' },
  { pattern: 'gaan|gaat|ga', cue: 'decision', particle: 'gesprek', why: 'the author will talk to others ("gaan we in gesprek")' },
  ...rows('decision', 'a policy choice or emphasis', [
    'maakt * werk van|maken * werk van|maak * werk van', 'zet * in op|zetten * in op|zet * * in op|zetten * * in op',
    'het accent ligt|ligt het accent|de nadruk ligt|ligt de nadruk|de focus ligt|ligt de focus|het zwaartepunt ligt',
    'onderdeel van dit besluit|onderdeel van het besluit|onderdeel van dat besluit',
  ]),
  ...rows('decision', 'an amendment proposes what it arranges', ['via dit amendement|met dit amendement|dit amendement regelt|dit amendement zorgt|dit amendement strekt|het amendement regelt']),
  { pattern: 'vraagt|vragen', cue: 'performative', needsActor: true, why: 'a named body asks another to act ("vraagt het Rijk om middelen")' },
  { pattern: 'doel|doelstelling|hoofddoel|ambitie|missie', cue: 'decision', particle: 'is', why: 'a goal statement ("het doel van … is")' },
  // 4. Importance frames: something is necessary.
  ...rows('importance', 'an importance frame ("het is noodzakelijk dat")', [
    'het is van belang|het is van groot belang|het is van essentieel belang', 'is het van belang|is het van groot belang', 'is van belang dat',
    'het is noodzakelijk|is het noodzakelijk', 'het is essentieel|is het essentieel', 'het is cruciaal|is het cruciaal', 'het is zaak|is het zaak',
    'het is belangrijk|is het belangrijk', 'het is tijd|het wordt tijd', 'het is nodig|is het nodig', 'het is wenselijk|is het wenselijk',
    'het zou verstandig|het zou goed|het zou beter|het zou wenselijk', 'het is raadzaam|het verdient aanbeveling', 'het is gewenst', 'het is verstandig',
    'is geen luxe', 'een must', 'een voorwaarde', 'een vereiste', 'noodzaak',
  ]),
];
