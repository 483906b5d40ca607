import type { Criterion } from '../model.js';
import { advice } from './cite.js';

export const deferral: Criterion = {
  id: 'deferral',
  title: { nl: 'Uitstel', en: 'Deferral' },
  explanation: {
    nl: 'Een advies schuift de keuze door naar later: "nader onderzoek", "een verkenning", "een werkgroep instellen", "de mogelijkheden bekijken". Onderzoek kan nuttig zijn, maar dan met een vraag, een eigenaar en een moment waarop wordt besloten.',
    en: 'Advice pushes the decision to later: "further research", "an exploration", "set up a working group", "look into the options". Research can be useful, but then with a question, an owner and a moment of decision.',
  },
  reason: {
    nl: 'Een nieuw rapport voelt als voortgang maar stelt het besluit uit; ondertussen blijft het probleem bestaan.',
    en: 'A new report feels like progress but postpones the decision; meanwhile the problem remains.',
  },
  question: { nl: 'Welk besluit nemen we nu?', en: 'Which decision do we take now?' },
  citations: [
    advice(
      'Hawre Rahimi',
      2,
      'Noemt uitvoeren het grootste knelpunt: minder rapportages, evaluaties en taskforces, meer daadwerkelijk doen.',
      'Names execution as the biggest bottleneck: fewer reports, evaluations and task forces, more actual doing.',
    ),
    advice(
      'Karen van Monsjou',
      1,
      'Stelt dat er al genoeg beleidsplannen en strategieën liggen en dat de aandacht nu naar tastbare resultaten moet.',
      'States that there are already plenty of policy plans and strategies and that attention must now go to tangible results.',
    ),
    advice(
      'Onno Eric Blom',
      1,
      'Bepleit meteen te beginnen met een prototype, zodat technische obstakels vroeg zichtbaar worden in plaats van pas na het wetgevingstraject.',
      'Argues for starting on a prototype straight away, so technical obstacles surface early instead of after the legislative process.',
    ),
  ],
};
