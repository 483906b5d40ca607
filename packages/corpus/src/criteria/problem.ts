import type { Criterion } from '../model.js';
import { advice } from './cite.js';

export const problem: Criterion = {
  id: 'problem',
  title: { nl: 'Probleem', en: 'Problem' },
  explanation: {
    nl: 'Een advies maakt duidelijk welk concreet probleem of welke maatschappelijke opgave het aanpakt, en voor wie. Een maatregel zonder probleem is een oplossing op zoek naar een vraag.',
    en: 'Advice makes clear which concrete problem or societal task it addresses, and for whom. A measure without a problem is a solution looking for a question.',
  },
  reason: {
    nl: 'Zonder scherpe probleemstelling groeit de opdracht onderweg, wint de techniek het van het doel en valt niet te beoordelen of de maatregel helpt.',
    en: 'Without a sharp problem statement the assignment grows along the way, the technology wins over the goal and nobody can judge whether the measure helps.',
  },
  question: { nl: 'Welk probleem lost dit op?', en: 'Which problem does this solve?' },
  citations: [
    advice(
      'Britt Hoppenbrouwers',
      2,
      'Waarschuwt tegen aanbestedingen zonder scherpe probleemstelling: laat de functionele vraag sturen, zodat het project niet uit de hand loopt.',
      'Warns against tenders without a sharp problem statement: let the functional question lead so the project does not get out of hand.',
    ),
    advice(
      'Nitesh Bharosa',
      1,
      'Begint bij de maatschappelijke opgave, zoals personeelstekorten of onderbenutte regelingen, en koppelt technologie daar pas daarna aan.',
      'Starts from the societal task, such as staff shortages or under-used benefit schemes, and only then links technology to it.',
    ),
    advice(
      'Marleen Stikker',
      2,
      'Stelt de vraag waarvoor een systeem optimaliseert; vaak is dat iets anders dan wat de samenleving nodig heeft.',
      'Asks what a system optimises for; often that differs from what society needs.',
    ),
  ],
};
