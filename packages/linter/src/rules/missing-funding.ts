import { INSERT_PLACEHOLDER_MESSAGE, defineRule, reportMissing } from './helpers.js';

export default defineRule({
  meta: {
    id: 'missing-funding',
    criterion: 'funding',
    type: 'advice',
    defaultSeverity: 'info',
    recommended: true,
    description: {
      nl: 'Advies dat geld of mensen kost, moet zeggen wie betaalt of hoeveel budget of capaciteit er is.',
      en: 'Advice that costs money or people must say who pays or how much budget or capacity is allocated.',
    },
    messages: {
      missing: {
        nl: 'Wie betaalt dit? Noem de financier of het bedrag, bijv. ‘uit de begroting van BZK, € 2 miljoen per jaar’.',
        en: 'Who pays for this? Name the funder or the amount, e.g. ‘from the Interior budget, € 2 million a year’.',
      },
      insertPlaceholder: INSERT_PLACEHOLDER_MESSAGE,
      open: {
        nl: 'Nog invullen: vervang ‘{placeholder}’ door wie betaalt of het bedrag.',
        en: 'Still to fill in: replace ‘{placeholder}’ with who pays or the amount.',
      },
    },
    options: {},
    examples: {
      flagged: [{ text: 'De minister van BZK moet vóór 2027 tien extra privacyjuristen aannemen.', count: 1 }],
      accepted: [
        {
          text: 'De minister van BZK moet vóór 2027 tien extra privacyjuristen aannemen, betaald uit de begroting van BZK.',
        },
      ],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    for (const unit of ctx.advice) if (!unit.criteria.funding) reportMissing(ctx, unit, 'funding', 'end');
  },
});
