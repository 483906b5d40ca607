import { defineRule } from './helpers.js';

export default defineRule({
  meta: {
    id: 'hype',
    criterion: 'hype',
    type: 'language',
    defaultSeverity: 'warning',
    recommended: true,
    description: {
      nl: 'Een technologie (AI, blockchain, cloud, innovatie) is geen doel. Noem het maatschappelijke probleem dat ze oplost.',
      en: 'A technology (AI, blockchain, cloud, innovation) is not a goal. Name the societal problem it solves.',
    },
    messages: {
      hype: {
        nl: '‘{text}’ is geen doel op zich. Zeg welk maatschappelijk probleem het oplost.',
        en: '‘{text}’ is not a goal in itself. Say which societal problem it solves.',
      },
    },
    options: {},
    examples: {
      flagged: [{ text: 'Gemeenten moeten volop inzetten op blockchain.', count: 1 }],
      accepted: [
        {
          text: 'De gemeente gebruikt spraakherkenning om slechtziende inwoners sneller aan een uitkering te helpen.',
        },
      ],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    for (const s of ctx.sentences) {
      for (const match of s.analysis.hype) {
        ctx.report({ sentence: s, match, messageId: 'hype', data: { text: match.text } });
      }
    }
  },
});
