import type { Criterion } from '../model.js';
import { CORPUS_DOCUMENTS as D } from '../documents.js';
import { advice, section } from './cite.js';

export const absolute: Criterion = {
  id: 'absolute',
  title: { nl: 'Absolute beloften', en: 'Absolute claims' },
  explanation: {
    nl: 'Woorden als "altijd", "nooit", "volledig", "alle", "foutloos" of "100%" beloven wat geen organisatie kan waarmaken. Een realistisch advies noemt een haalbaar niveau en de uitzonderingen.',
    en: 'Words such as "always", "never", "fully", "all", "flawless" or "100%" promise what no organisation can deliver. Realistic advice states an achievable level and the exceptions.',
  },
  reason: {
    nl: 'Een onhaalbare belofte wordt gegarandeerd gebroken; dat kost vertrouwen en verhindert een eerlijke afspraak over het werkelijke niveau.',
    en: 'An unachievable promise is certain to be broken; that costs trust and prevents an honest agreement on the real level.',
  },
  question: { nl: 'Is dit haalbaar, ook als het tegenzit?', en: 'Is this achievable, even when things go wrong?' },
  citations: [
    advice(
      'Kees Verhoeven',
      3,
      'Niet alles is uitvoerbaar: durf nee te zeggen tegen maatwerkwensen en wees eerlijk dat digitalisering niet elke onrechtvaardigheid wegneemt.',
      'Not everything can be implemented: dare to say no to demands for customisation and be honest that digitalisation will not remove every injustice.',
    ),
    advice(
      'Bram Klievink',
      4,
      'Noemt het overschatten van de maakbaarheid van systemen een valkuil, en bepleit experimenteren binnen de grenzen van wat mogelijk is.',
      'Calls overestimating how far systems can be engineered a pitfall, and argues for experimenting within the limits of what is possible.',
    ),
    section(
      D.magazine,
      'Een proces is nooit af',
      'Een geïnterviewde vindt het streven naar ‘excellente’ dienstverlening onhaalbaar: een proces raakt nooit af en vraagt steeds weer om aanpassing.',
      'An interviewee considers aiming for ‘excellent’ service unattainable: a process is never finished and keeps needing adjustment.',
    ),
  ],
};
