import { INSERT_PLACEHOLDER_MESSAGE, defineRule, reportMissing } from './helpers.js';

export default defineRule({
  meta: {
    id: 'missing-deadline',
    criterion: 'deadline',
    type: 'advice',
    defaultSeverity: 'warning',
    recommended: true,
    description: {
      nl: 'Advies moet zeggen wanneer het klaar is: een datum, jaar, kwartaal of begrensde termijn.',
      en: 'Advice must say when it is done: a date, year, quarter or bounded period.',
    },
    messages: {
      missing: {
        nl: 'Wanneer moet dit klaar zijn? Noem een datum of termijn, bijv. ‘vóór 1 januari 2027’.',
        en: 'When must this be done? Give a date or period, e.g. ‘before 1 January 2027’.',
      },
      insertPlaceholder: INSERT_PLACEHOLDER_MESSAGE,
      open: {
        nl: 'Nog invullen: vervang ‘{placeholder}’ door een datum of termijn.',
        en: 'Still to fill in: replace ‘{placeholder}’ with a date or period.',
      },
    },
    options: {},
    examples: {
      flagged: [
        { text: 'De minister van BZK moet het register voor algoritmes uitbreiden.', count: 1 },
        { text: 'De provincie moet op termijn de subsidieregels vereenvoudigen.', count: 1 },
      ],
      accepted: [
        { text: 'De minister van BZK moet het register voor algoritmes vóór 2027 uitbreiden.' },
        { text: 'Het register bevat sinds vorig jaar ook de algoritmes van waterschappen.' },
      ],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    for (const unit of ctx.advice) if (!unit.criteria.deadline) reportMissing(ctx, unit, 'deadline', 'end');
  },
});
