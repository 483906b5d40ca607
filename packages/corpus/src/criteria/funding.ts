import type { Criterion } from '../model.js';
import { CORPUS_DOCUMENTS as D } from '../documents.js';
import { advice, section } from './cite.js';

export const funding: Criterion = {
  id: 'funding',
  title: { nl: 'Financiering', en: 'Funding' },
  explanation: {
    nl: 'Een advies zegt wie de kosten draagt en uit welk budget, ook voor beheer en doorontwikkeling en niet alleen voor de start.',
    en: 'Advice says who bears the cost and from which budget, including maintenance and further development, not only the start.',
  },
  reason: {
    nl: 'Advies zonder dekking strandt bij de eerste begrotingsronde, of wordt uitgevoerd ten koste van ander werk zonder dat iemand die afweging maakte.',
    en: 'Advice without funding stalls at the first budget round, or is carried out at the expense of other work without anyone making that trade-off.',
  },
  question: { nl: 'Wie betaalt dit?', en: 'Who pays for this?' },
  citations: [
    advice(
      'Hawre Rahimi',
      3,
      'Pleit voor een eigen begroting voor digitalisering, zodat zichtbaar is welk departement welk geld waaraan besteedt en de Kamer erop kan sturen.',
      'Argues for a separate budget for digitalisation, so it is visible which ministry spends what on what and parliament can steer it.',
    ),
    section(
      D.magazine,
      'Het geld volgt de inhoud',
      'Stelt dat er te veel over geld en te weinig over inhoud werd gesproken, en dat de financiering moet komen van wie belang heeft bij de voorziening.',
      'Argues that too much of the discussion was about money rather than substance, and that funding should come from whoever has an interest in the service.',
    ),
    section(
      D.magazine,
      'Klussen te klaren',
      'Mist echte middelen voor de gemeenschappelijke digitale infrastructuur en noemt stevige financiering een harde voorwaarde voor het slagen ervan.',
      'Misses real money for the shared digital infrastructure and calls solid funding a firm condition for its success.',
    ),
    section(
      D.amsterdam,
      'Over je schaduw',
      'Bespreekt wie betaalt voor software die andere overheden hergebruiken, en ziet gezamenlijk investeren in open source als manier om de kosten te delen.',
      'Discusses who pays for software that other governments reuse, and sees joint investment in open source as a way to share the cost.',
    ),
  ],
};
