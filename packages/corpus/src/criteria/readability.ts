import type { Criterion } from '../model.js';
import { CORPUS_DOCUMENTS as D } from '../documents.js';
import { advice, section } from './cite.js';

export const readability: Criterion = {
  id: 'readability',
  title: { nl: 'Leesbaarheid', en: 'Readability' },
  explanation: {
    nl: 'Lange zinnen, opeengestapelde zelfstandige naamwoorden, lijdende vorm en onverklaard jargon maken een advies moeilijk te volgen. Schrijf korte zinnen met één boodschap per zin.',
    en: 'Long sentences, stacked nouns, the passive voice and unexplained jargon make advice hard to follow. Write short sentences with one message each.',
  },
  reason: {
    nl: 'Advies dat bestuurders en burgers niet in één keer begrijpen, wordt overgeslagen of verkeerd uitgevoerd.',
    en: 'Advice that administrators and citizens cannot grasp at first reading is skipped or carried out wrongly.',
  },
  question: {
    nl: 'Begrijpt een lezer zonder voorkennis dit in één keer?',
    en: 'Would a reader without background knowledge understand this at first reading?',
  },
  citations: [
    advice(
      'Onno Eric Blom',
      2,
      'Dienstverlening moet begrijpelijk zijn: een deel van de burgers kan de complexiteit van regels niet volgen, dus test met echte gebruikers.',
      'Services must be understandable: part of the population cannot follow complex rules, so test with real users.',
    ),
    advice(
      'Karen van Monsjou',
      2,
      'Merkt op dat technische details bestuurders vaak niet helder bereiken, wat goede besluiten bemoeilijkt.',
      'Notes that technical details often do not reach administrators clearly, which makes good decisions harder.',
    ),
    section(
      D.magazine,
      'Worsteling met digitalisering',
      'Het onderwerp is zo abstract dat maar een kleine groep experts het doorgrondt, terwijl anderen erover moeten beslissen en er verantwoordelijk voor zijn.',
      'The subject is so abstract that only a small group of experts understands it, while others must decide on it and answer for it.',
    ),
  ],
};
