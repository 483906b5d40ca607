import { defineRule } from './helpers.js';

export default defineRule({
  meta: {
    id: 'unused-disable',
    criterion: 'readability',
    type: 'document',
    defaultSeverity: 'info',
    recommended: false,
    description: {
      nl: 'Een `scherp-disable`-commentaar dat niets onderdrukt, is overbodig geworden en kan weg.',
      en: 'A `scherp-disable` comment that suppresses nothing has become redundant and can go.',
    },
    messages: {
      unused: {
        nl: 'Dit commentaar onderdrukt geen enkele melding. Haal het weg.',
        en: 'This comment suppresses no finding. Remove it.',
      },
    },
    options: {},
    examples: {
      flagged: [
        {
          text: '<!-- scherp-disable-next-line hype -- citaat -->\nDe gemeente opent in maart 2026 een loket voor ondernemers.',
          count: 1,
        },
      ],
      accepted: [
        {
          text: '<!-- scherp-disable-next-line hype -- citaat uit een persbericht -->\nGemeenten moeten volop inzetten op blockchain.',
        },
      ],
    },
  },
  phase: 'after-directives',
  check(ctx) {
    for (const d of ctx.directives) {
      if (d.kind !== 'enable' && !ctx.usedDirectives.has(d)) ctx.report({ span: d.span, messageId: 'unused' });
    }
  },
});
