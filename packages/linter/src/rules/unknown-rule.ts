import { defineRule } from './helpers.js';

export default defineRule({
  meta: {
    id: 'unknown-rule',
    criterion: 'readability',
    type: 'document',
    defaultSeverity: 'error',
    recommended: true,
    description: {
      nl: 'Een `scherp-disable`-commentaar met een onbekende regel zet niets uit: meestal een tikfout.',
      en: 'A `scherp-disable` comment naming an unknown rule disables nothing: usually a typo.',
    },
    messages: {
      unknown: {
        nl: 'Onbekende regel ‘{id}’. Controleer de spelling; de lijst staat in docs/rules/README.md.',
        en: 'Unknown rule ‘{id}’. Check the spelling; the list is in docs/rules/README.md.',
      },
    },
    options: {},
    examples: {
      flagged: [{ text: '<!-- scherp-disable missing-ownr -- citaat -->\n\nEr moet een register komen.', count: 1 }],
      accepted: [{ text: '<!-- scherp-disable missing-owner -- citaat -->\n\nEr moet een register komen.' }],
    },
  },
  phase: 'after-directives',
  check(ctx) {
    for (const d of ctx.directives) {
      for (const ref of d.rules) {
        if (!ctx.ruleIds.has(ref.id)) ctx.report({ span: ref.span, messageId: 'unknown', data: { id: ref.id } });
      }
    }
  },
});
