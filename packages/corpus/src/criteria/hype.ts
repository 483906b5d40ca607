import type { Criterion } from '../model.js';
import { advice } from './cite.js';

export const hype: Criterion = {
  id: 'hype',
  title: { nl: 'Hype', en: 'Hype' },
  explanation: {
    nl: 'Een advies presenteert een technologie (AI, blockchain, cloud, GovTech) als doel op zich, zonder te zeggen welk maatschappelijk doel ermee gediend is en waarom juist deze technologie daarbij helpt.',
    en: 'Advice presents a technology (AI, blockchain, cloud, GovTech) as a goal in itself, without saying which societal goal it serves and why this particular technology helps.',
  },
  reason: {
    nl: 'Als de techniek vooropgaat in plaats van het doel, volgen dure experimenten, nieuwe afhankelijkheden en teleurstelling zodra de belofte niet uitkomt.',
    en: 'When technology leads instead of the goal, costly experiments, new dependencies and disappointment follow once the promise fails to materialise.',
  },
  question: { nl: 'Welk doel dient deze technologie?', en: 'Which goal does this technology serve?' },
  citations: [
    advice(
      'Bram Klievink',
      3,
      'Vraagt te kijken naar wat AI en digitale transformatie nu werkelijk vermogen, en waarschuwt dat GovTech vooral aanbieders kan dienen en nieuwe afhankelijkheden kan scheppen.',
      'Asks to look at what AI and digital transformation can actually do today, and warns that GovTech may mainly serve vendors and create new dependencies.',
    ),
    advice(
      'Nitesh Bharosa',
      1,
      'Waarschuwt voor een ‘tech push’ en vraagt technologie te presenteren als antwoord op een maatschappelijke opgave.',
      'Warns against a ‘tech push’ and asks that technology be framed as an answer to a societal task.',
    ),
    advice(
      'Vincent Homburg',
      3,
      'Raadt terughoudendheid aan bij chatbots en virtuele assistenten: ze vragen veel menselijke bijsturing en leiden toch tot frustratie bij burgers.',
      'Advises restraint with chatbots and virtual assistants: they need a lot of human tuning and still frustrate citizens.',
    ),
    advice(
      'Bob van Graft',
      2,
      'Merkt op dat cloud vaak als toverwoord klinkt terwijl het lang niet elk vraagstuk oplost; zonder visie, mandaat en sturing helpt het samenvoegen van techniek niet.',
      'Notes that cloud is often treated as a magic word although it does not solve every problem; without vision, mandate and governance, merging technology does not help.',
    ),
  ],
};
