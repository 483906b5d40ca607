import type { SentenceMatch } from '../engine/rule-api.js';
import { PLACEHOLDERS, findPlaceholders } from '../placeholders.js';
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
      open: {
        nl: 'Nog invullen: vervang ‘{placeholder}’ door hoe je overstapt (open standaarden, dataportabiliteit of een exitplan).',
        en: 'Still to fill in: replace ‘{placeholder}’ with how you switch (open standards, data portability or an exit plan).',
      },
      insertSentence: {
        nl: 'Voeg een zin over de exitstrategie toe om in te vullen',
        en: 'Add a sentence on the exit strategy to complete',
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
      if (s.analysis.exitStrategy) {
        // The sentence this rule's fix inserts names an exit strategy but leaves it to fill in.
        const open = findPlaceholders(s.sentence.text).find((p) => p.topic === 'exit');
        if (!open) return; // One safeguard anywhere covers every dependency: the exit plan is usually a section of its own.
        ctx.report({ sentence: s, match: open, messageId: 'open', data: { placeholder: open.text } });
        return;
      }
      if (!first && s.analysis.dependency) first = { sentence: s, match: s.analysis.dependency };
    }
    if (first) {
      const { sentence } = first;
      const end = sentence.sentence.text.length;
      const range = ctx.sourceRange(sentence, end, end);
      ctx.report({
        sentence,
        match: first.match,
        messageId: 'missing',
        data: { text: first.match.text },
        suggestions: range
          ? [{ messageId: 'insertSentence', fix: { range, text: ` ${EXIT_SENTENCE[ctx.locale]}` }, safe: false }]
          : [],
      });
    }
  },
});

/** The sentence the quick fix inserts after the dependency: it names the exit strategy and leaves the how open. */
export const EXIT_SENTENCE = {
  nl: `Bij een overstap naar een andere leverancier geldt deze exitstrategie: ${PLACEHOLDERS.exit.nl}.`,
  en: `For a switch to another vendor this exit strategy applies: ${PLACEHOLDERS.exit.en}.`,
};
