import type { Criterion } from '../model.js';
import { CORPUS_DOCUMENTS as D } from '../documents.js';
import { advice, section } from './cite.js';

export const measurable: Criterion = {
  id: 'measurable',
  title: { nl: 'Meetbaar resultaat', en: 'Measurable result' },
  explanation: {
    nl: 'Een advies beschrijft een resultaat waarvan je achteraf kunt vaststellen of het is bereikt: een aantal, percentage, norm of zichtbare oplevering. "Verbeteren" of "versterken" zonder maatstaf volstaat niet.',
    en: 'Advice describes a result you can later verify: a number, percentage, standard or visible deliverable. "Improve" or "strengthen" without a yardstick is not enough.',
  },
  reason: {
    nl: 'Wat niet meetbaar is, valt niet te evalueren; succes en mislukking worden dan een kwestie van uitleg.',
    en: 'What cannot be measured cannot be evaluated; success and failure become a matter of interpretation.',
  },
  question: { nl: 'Hoe weten we dat het gelukt is?', en: 'How will we know it worked?' },
  citations: [
    advice(
      'Karen van Monsjou',
      3,
      'Vraagt de bewindspersoon een koers met meetbare doelstellingen uit te zetten en projecten op te zetten met duidelijke resultaatverplichtingen.',
      'Asks the state secretary to set a course with measurable objectives and to set up projects with clear obligations to deliver results.',
    ),
    advice(
      'Martin Hoff',
      2,
      'Vraagt om monitoring van de energietransitie: verbruik, uitstoot en voortgang vastleggen en analyseren, zodat het effect van beleid zichtbaar wordt.',
      'Asks for monitoring of the energy transition: recording and analysing consumption, emissions and progress so the effect of policy becomes visible.',
    ),
    section(
      D.magazine,
      'Vier ‘outcome’ doelstellingen',
      'Formuleert uitkomsten zo concreet dat na afloop valt na te gaan of ze zijn gehaald.',
      'States outcomes concretely enough that one can check afterwards whether they were met.',
    ),
    section(
      D.magazine,
      'Worsteling met digitalisering',
      'Bepleit werken in kleine tussenstappen waarbij de doelen regelmatig worden getoetst en zo nodig bijgesteld.',
      'Argues for working in small intermediate steps, testing the objectives regularly and adjusting where needed.',
    ),
  ],
};
