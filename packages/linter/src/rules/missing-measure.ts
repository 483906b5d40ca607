import { INSERT_PLACEHOLDER_MESSAGE, defineRule, reportMissing } from './helpers.js';

export default defineRule({
  meta: {
    id: 'missing-measure',
    criterion: 'measurable',
    type: 'advice',
    defaultSeverity: 'warning',
    recommended: true,
    description: {
      nl: 'Advies moet een toetsbaar resultaat noemen: een aantal, een concreet product of een ja/nee-criterium.',
      en: 'Advice must name a checkable result: a number, a concrete deliverable or a yes/no criterion.',
    },
    messages: {
      missing: {
        nl: 'Hoe weet je dat het gelukt is? Maak het resultaat toetsbaar: een aantal, een product of een ja/nee-criterium.',
        en: 'How will you know it worked? Make the result checkable: a number, a deliverable or a yes/no criterion.',
      },
      insertPlaceholder: INSERT_PLACEHOLDER_MESSAGE,
      open: {
        nl: 'Nog invullen: vervang ‘{placeholder}’ door een toetsbaar resultaat.',
        en: 'Still to fill in: replace ‘{placeholder}’ with a testable result.',
      },
    },
    options: {},
    examples: {
      flagged: [{ text: 'De minister van BZK moet de digitale dienstverlening in 2026 verbeteren.', count: 1 }],
      accepted: [
        { text: 'De minister van BZK moet in 2026 de wachttijd voor een paspoortaanvraag terugbrengen tot vijf werkdagen.' },
      ],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    for (const unit of ctx.advice) if (!unit.criteria.measurable) reportMissing(ctx, unit, 'measurable', 'end');
  },
});
