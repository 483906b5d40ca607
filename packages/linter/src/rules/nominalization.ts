import { defineRule, replacementSuggestions } from './helpers.js';
import { grammaticalVerbSwaps } from './swaps.js';

export default defineRule({
  meta: {
    id: 'nominalization',
    criterion: 'readability',
    type: 'language',
    defaultSeverity: 'info',
    recommended: true,
    description: {
      nl: 'Naamwoordstijl (‘de implementatie van’, ‘het realiseren van’) maakt van een handeling een ding. Een werkwoord zegt wie wat doet.',
      en: 'Nominal style (‘the implementation of’) turns an action into a thing. A verb says who does what.',
    },
    messages: {
      nominalization: {
        nl: '‘{text}’ is naamwoordstijl. Gebruik een werkwoord, bijv. ‘{alternative}’.',
        en: '‘{text}’ is nominal style. Use a verb, e.g. ‘{alternative}’.',
      },
      nominalizationPlain: {
        nl: '‘{text}’ is naamwoordstijl. Gebruik een werkwoord: zeg wie wat doet.',
        en: '‘{text}’ is nominal style. Use a verb: say who does what.',
      },
      replace: {
        nl: 'Vervang door ‘{alternative}’ (zin daarna nalopen)',
        en: 'Replace with ‘{alternative}’ (then check the sentence)',
      },
    },
    options: {},
    examples: {
      flagged: [{ text: 'De gemeente zorgt voor de implementatie van de nieuwe regeling.', count: 1 }],
      accepted: [{ text: 'De gemeente voert de nieuwe regeling uit.' }],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    for (const s of ctx.sentences) {
      for (const match of s.analysis.nominalizations) {
        const alternative = match.alternatives[0];
        ctx.report({
          sentence: s,
          match,
          messageId: alternative ? 'nominalization' : 'nominalizationPlain',
          data: alternative ? { text: match.text, alternative } : { text: match.text },
          // A noun swapped for a verb needs the sentence rebuilt around it: offered, never safe.
          suggestions: replacementSuggestions(ctx, s, match, grammaticalVerbSwaps(match.text), false),
        });
      }
    }
  },
});
