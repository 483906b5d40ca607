import type { Criterion } from '../model.js';
import { CORPUS_DOCUMENTS as D } from '../documents.js';
import { advice, section } from './cite.js';

export const deadline: Criterion = {
  id: 'deadline',
  title: { nl: 'Termijn', en: 'Deadline' },
  explanation: {
    nl: 'Een advies zegt wanneer het resultaat er moet zijn of wanneer de volgende stap wordt gezet: een datum, jaar of kwartaal, of een termijn als "binnen zes maanden". "Zo snel mogelijk" en "op termijn" zijn geen termijnen.',
    en: 'Advice says when the result is due or when the next step is taken: a date, year or quarter, or a period such as "within six months". "As soon as possible" and "in due course" are not deadlines.',
  },
  reason: {
    nl: 'Zonder tijdpad is niet te controleren of het werk op schema ligt, en schuift het advies achter alles wat wel een datum heeft.',
    en: 'Without a timeline nobody can check whether the work is on schedule, and the advice slips behind everything that does have a date.',
  },
  question: { nl: 'Wanneer is dit klaar?', en: 'When will this be done?' },
  citations: [
    section(
      D.magazine,
      'Vier ‘outcome’ doelstellingen',
      'Beschrijft afspraken in de zorg die elk aan een vaste ingangsdatum zijn gekoppeld, zodat vaststaat per wanneer iets geregeld moet zijn.',
      'Describes agreements in health care that are each tied to a fixed start date, so it is settled by when something must be in place.',
    ),
    advice(
      'Hawre Rahimi',
      2,
      'Vraagt om mijlpalen te formuleren, zodat de voortgang van gezamenlijke standaardisatie bij gemeenten te volgen is.',
      'Asks for milestones to be set, so progress on shared standardisation across municipalities can be followed.',
    ),
    advice(
      'Bram Klievink',
      5,
      'Wijst erop dat wetten soms moeten ingaan voordat de systemen kunnen worden aangepast; een termijn moet rekenen met de tijd die de uitvoering nodig heeft.',
      'Points out that laws sometimes take effect before the systems can be changed; a deadline has to allow for the time implementation needs.',
    ),
    advice(
      'Bob van Graft',
      1,
      'Plaatst de vernieuwing van de overheids-IT expliciet in een programma met een horizon van tien jaar.',
      'Explicitly frames the renewal of government IT as a programme with a ten-year horizon.',
    ),
  ],
};
