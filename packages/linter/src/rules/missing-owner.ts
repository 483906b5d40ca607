import { INSERT_PLACEHOLDER_MESSAGE, defineRule, reportMissing } from './helpers.js';

export default defineRule({
  meta: {
    id: 'missing-owner',
    criterion: 'owner',
    type: 'advice',
    defaultSeverity: 'warning',
    recommended: true,
    description: {
      nl: 'Advies moet zeggen wie het uitvoert: een minister, ministerie, gemeente of andere benoemde partij.',
      en: 'Advice must say who carries it out: a minister, ministry, municipality or other named party.',
    },
    messages: {
      missing: {
        nl: 'Wie voert dit uit? Noem de verantwoordelijke, bijv. ‘De minister van BZK …’.',
        en: 'Who carries this out? Name the party responsible, e.g. ‘The Minister of the Interior …’.',
      },
      insertPlaceholder: INSERT_PLACEHOLDER_MESSAGE,
      open: {
        nl: 'Nog invullen: vervang ‘{placeholder}’ door wie het uitvoert.',
        en: 'Still to fill in: replace ‘{placeholder}’ with who carries this out.',
      },
    },
    options: {},
    examples: {
      flagged: [
        { text: 'Er moet een landelijk register voor algoritmes komen.', count: 1 },
        { text: 'Gemeenten moeten hun formulieren vereenvoudigen.', count: 1 },
      ],
      accepted: [
        { text: 'De minister van BZK richt vóór 1 juli 2027 een register voor algoritmes in.' },
        { text: 'In 2023 werkten veel gemeenten nog met papieren formulieren.' },
      ],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    for (const unit of ctx.advice) if (!unit.criteria.owner) reportMissing(ctx, unit, 'owner', 'start');
  },
});
