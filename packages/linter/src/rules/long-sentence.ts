import { defineRule } from './helpers.js';

export default defineRule({
  meta: {
    id: 'long-sentence',
    criterion: 'readability',
    type: 'language',
    defaultSeverity: 'info',
    recommended: true,
    description: {
      nl: 'Lange zinnen verstoppen wie wat wanneer doet. Houd zinnen kort: één gedachte per zin.',
      en: 'Long sentences hide who does what when. Keep sentences short: one thought per sentence.',
    },
    messages: {
      long: {
        nl: 'Deze zin telt {count} woorden (maximaal {max}). Splits hem in kortere zinnen.',
        en: 'This sentence has {count} words (at most {max}). Split it into shorter sentences.',
      },
    },
    options: {
      max: {
        type: 'number',
        default: 25,
        description: { nl: 'Het hoogste aantal woorden per zin.', en: 'The largest number of words per sentence.' },
      },
    },
    examples: {
      flagged: [
        {
          text: 'De gemeente heeft in het afgelopen jaar samen met de provincie, het waterschap en een aantal maatschappelijke organisaties uit de regio een plan opgesteld voor de manier waarop inwoners straks hun aanvragen voor vergunningen, subsidies en uitkeringen digitaal kunnen indienen.',
          count: 1,
        },
        { text: 'De gemeente opent in maart een nieuw loket voor ondernemers.', count: 1, options: { max: 8 } },
      ],
      accepted: [{ text: 'De gemeente opent in maart een nieuw loket voor ondernemers.' }],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    const max = ctx.options.max as number;
    for (const s of ctx.sentences) {
      // Headings are titles, not sentences a reader has to parse.
      if (s.paragraph.kind === 'heading' || s.analysis.wordCount <= max) continue;
      ctx.report({ sentence: s, messageId: 'long', data: { count: s.analysis.wordCount, max } });
    }
  },
});
