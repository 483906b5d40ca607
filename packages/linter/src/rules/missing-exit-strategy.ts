import type { SentenceMatch } from '../engine/rule-api.js';
import { defineRule } from './helpers.js';

export default defineRule({
  meta: {
    id: 'missing-exit-strategy',
    criterion: 'exit-strategy',
    type: 'document',
    defaultSeverity: 'warning',
    recommended: true,
    description: {
      nl: 'Wie afhankelijk wordt van een cloud, leverancier of platform, moet in hetzelfde document zeggen hoe hij er weer vanaf komt.',
      en: 'A document that creates dependence on a cloud, vendor or platform must say how to get out again.',
    },
    messages: {
      missing: {
        nl: 'Afhankelijk van ‘{text}’, maar het document noemt geen exitstrategie. Beschrijf hoe je overstapt: open standaarden, dataportabiliteit of een exitplan.',
        en: 'Dependent on ‘{text}’, but the document has no exit strategy. Describe how to switch: open standards, data portability or an exit plan.',
      },
    },
    options: {},
    examples: {
      flagged: [
        { text: 'De gemeente brengt al haar zaaksystemen onder bij één Amerikaanse cloudleverancier.', count: 1 },
      ],
      accepted: [
        {
          text: 'De gemeente brengt haar zaaksystemen onder bij een cloudleverancier.\n\nHet contract bevat een exitstrategie: alle data is in een open standaard te exporteren.',
        },
      ],
    },
  },
  check(ctx) {
    let first: SentenceMatch | null = null;
    for (const s of ctx.sentences) {
      // One safeguard anywhere in the document covers every dependency: the exit plan is usually a section of its own.
      if (s.analysis.exitStrategy) return;
      if (!first && s.analysis.dependency) first = { sentence: s, match: s.analysis.dependency };
    }
    if (first) {
      ctx.report({ sentence: first.sentence, match: first.match, messageId: 'missing', data: { text: first.match.text } });
    }
  },
});
