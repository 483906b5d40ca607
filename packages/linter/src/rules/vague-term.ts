import { defineRule, replacementSuggestions } from './helpers.js';
import { grammaticalSwaps } from './swaps.js';

export default defineRule({
  meta: {
    id: 'vague-term',
    criterion: 'vague-language',
    type: 'language',
    defaultSeverity: 'warning',
    recommended: true,
    description: {
      nl: 'Holle of omfloerste woorden (‘inzetten op’, ‘in principe’, ‘waar mogelijk’) verbergen wat er precies gebeurt.',
      en: 'Hollow or hedging words (‘inzetten op’, ‘in principe’, ‘waar mogelijk’) hide what will actually happen.',
    },
    messages: {
      vague: {
        nl: '‘{text}’ is vaag. {reason}',
        en: '‘{text}’ is vague. {reason}',
      },
      replace: {
        nl: 'Vervang door ‘{alternative}’',
        en: 'Replace with ‘{alternative}’',
      },
    },
    options: {
      ignore: {
        type: 'string[]',
        default: [],
        description: {
          nl: 'Termen (lexicon-ids, kleine letters) die niet gemeld worden.',
          en: 'Terms (lexicon ids, lower case) not to report.',
        },
      },
    },
    examples: {
      flagged: [
        { text: 'Het kabinet gaat inzetten op een betere samenwerking tussen gemeenten.', count: 1 },
        { text: 'In principe kan iedere inwoner waar mogelijk digitaal een afspraak maken.', count: 2 },
      ],
      accepted: [{ text: 'Iedere inwoner kan vanaf 1 maart 2026 digitaal een afspraak maken.' }],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    const ignore = new Set((ctx.options.ignore as string[]).map((t) => t.toLowerCase()));
    for (const s of ctx.sentences) {
      for (const term of s.analysis.vagueTerms) {
        if (ignore.has(term.term)) continue;
        ctx.report({
          sentence: s,
          match: term,
          messageId: 'vague',
          data: { text: term.text, reason: term.reason[ctx.locale] },
          // The lexicon's alternatives are directions ("een bedrag", "verhogen tot"), not synonyms: never safe.
          suggestions: replacementSuggestions(ctx, s, term, grammaticalSwaps(term.text), false),
        });
      }
    }
  },
});
