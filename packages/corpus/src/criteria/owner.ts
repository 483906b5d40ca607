import type { Criterion } from '../model.js';
import { CORPUS_DOCUMENTS as D } from '../documents.js';
import { advice, section } from './cite.js';

export const owner: Criterion = {
  id: 'owner',
  title: { nl: 'Eigenaar', en: 'Owner' },
  explanation: {
    nl: 'Een advies noemt wie het uitvoert: een bewindspersoon, organisatie of functie die erop kan worden aangesproken. Lijdende vorm, "men", "we" of "de overheid" laten dat open.',
    en: 'Advice names who carries it out: a minister, organisation or role that can be held to account for it. The passive voice, "one", "we" or "the government" leave that open.',
  },
  reason: {
    nl: 'Zonder benoemde eigenaar wacht iedere partij op een andere, legt niemand verantwoording af en verdwijnt het advies in een la.',
    en: 'Without a named owner every party waits for another, nobody is accountable and the advice ends up in a drawer.',
  },
  question: { nl: 'Wie voert dit uit?', en: 'Who carries this out?' },
  citations: [
    advice(
      'Karen van Monsjou',
      1,
      'Vraagt dat vastligt wie waarvoor verantwoordelijk is, zodat elke partij haar rol kent en het eigenaarschap gezamenlijk kan worden opgepakt.',
      'Asks that it be settled who is responsible for what, so every party knows its role and ownership can be taken up jointly.',
    ),
    advice(
      'Perry van der Weijden',
      5,
      'Wil één rijksbrede stuurgroep, waarvan de samenstelling vastligt, verantwoordelijk maken voor de architectuur van de informatievoorziening, en noemt ook wie de centrale financiering draagt.',
      'Proposes placing responsibility for government architecture with a single steering group of stated membership, and also says who carries the central funding.',
    ),
    section(
      D.amsterdam,
      'Ingenieursmentaliteit',
      'Ontwikkelaars delen de verantwoordelijkheid voor het resultaat; hun namen staan zichtbaar bij de code die zij schreven.',
      'Developers share responsibility for the result; their names appear visibly on the code they wrote.',
    ),
    section(
      D.magazine,
      'Drie kavels',
      'Een geïnterviewde bepleit glasheldere governance en een scherpere afbakening van wat bij wie hoort.',
      'An interviewee argues for crystal-clear governance and a sharper division of what belongs to whom.',
    ),
  ],
};
