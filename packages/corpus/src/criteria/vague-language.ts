import type { Criterion } from '../model.js';
import { CORPUS_DOCUMENTS as D } from '../documents.js';
import { advice, section } from './cite.js';

export const vagueLanguage: Criterion = {
  id: 'vague-language',
  title: { nl: 'Vage taal', en: 'Vague language' },
  explanation: {
    nl: 'Holle werkwoorden en containerbegrippen als "inzetten op", "versterken", "stimuleren" of "in samenhang oppakken" klinken als actie maar leggen niets vast. Vervang ze door een concreet werkwoord met een concreet onderwerp en lijdend voorwerp.',
    en: 'Hollow verbs and umbrella terms such as "focus on", "strengthen", "stimulate" or "address coherently" sound like action but commit to nothing. Replace them with a concrete verb, subject and object.',
  },
  reason: {
    nl: 'Vage formuleringen maken instemmen makkelijk en uitvoeren onmogelijk: iedere lezer leest er iets anders in, dus niemand hoeft iets te doen.',
    en: 'Vague wording makes agreement easy and execution impossible: every reader reads something different into it, so nobody has to do anything.',
  },
  question: { nl: 'Wat gebeurt er precies?', en: 'What exactly will happen?' },
  citations: [
    section(
      D.magazine,
      'Balanceer act',
      'Een geïnterviewde mist in het rapport Maak Waar! de concreetheid die nodig is om ermee aan de slag te gaan.',
      'An interviewee finds that the report Maak Waar! lacks the concreteness needed to act on it.',
    ),
    section(
      D.openCollaboration,
      'Open Source voor Open Samenwerken',
      'Voorstellen noemen open source ruim als kernwaarde, terwijl de code in de praktijk pas na afloop van het project openbaar wordt; het woord zegt dan weinig over wat er werkelijk gebeurt.',
      'Proposals readily name open source as a core value, while in practice the code is only published after the project ends; the word then says little about what actually happens.',
    ),
    advice(
      'Rudy van Belkom',
      1,
      'Laat zien dat een maatregel die alleen registreert of afvinkt de indruk van actie wekt zonder iets te voorkomen; eisen moeten dwingend zijn.',
      'Shows that a measure that only registers or ticks boxes gives an impression of action without preventing anything; requirements must be binding.',
    ),
  ],
};
