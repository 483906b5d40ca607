import { defineRule } from './helpers.js';

export default defineRule({
  meta: {
    id: 'directive-needs-reason',
    criterion: 'readability',
    type: 'document',
    defaultSeverity: 'warning',
    recommended: true,
    description: {
      nl: 'Wie een controle uitzet, schrijft erbij waarom (`-- reden`), zodat een collega of reviewer het kan volgen.',
      en: 'Whoever turns a check off writes down why (`-- reason`) so a colleague or reviewer can follow it.',
    },
    messages: {
      missingReason: {
        nl: 'Geef een reden na ‘--’, bijv. ‘<!-- scherp-disable-next-line missing-deadline -- termijn staat in de wet -->’.',
        en: 'Give a reason after ‘--’, e.g. ‘<!-- scherp-disable-next-line missing-deadline -- the law sets the date -->’.',
      },
    },
    options: {},
    examples: {
      flagged: [{ text: '<!-- scherp-disable-next-line vague-term -->\nHet kabinet gaat inzetten op betere samenwerking.', count: 1 }],
      accepted: [
        {
          text: '<!-- scherp-disable-next-line vague-term -- letterlijk citaat uit het coalitieakkoord -->\nHet kabinet gaat inzetten op betere samenwerking.',
        },
      ],
    },
  },
  phase: 'after-directives',
  check(ctx) {
    for (const d of ctx.directives) {
      if (d.kind !== 'enable' && !d.reason) ctx.report({ span: d.span, messageId: 'missingReason' });
    }
  },
});
