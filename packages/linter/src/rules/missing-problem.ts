import { INSERT_PLACEHOLDER_MESSAGE, defineRule, reportMissing } from './helpers.js';

export default defineRule({
  meta: {
    id: 'missing-problem',
    criterion: 'problem',
    type: 'advice',
    defaultSeverity: 'info',
    recommended: true,
    description: {
      nl: 'Advies wint aan kracht als het zegt welk probleem het oplost of waarom het nodig is.',
      en: 'Advice is stronger when it says which problem it solves or why it is needed.',
    },
    messages: {
      missing: {
        nl: 'Welk probleem lost dit op? Noem de aanleiding, bijv. ‘omdat aanvragen nu tien weken blijven liggen’.',
        en: 'Which problem does this solve? State the reason, e.g. ‘because applications now wait ten weeks’.',
      },
      insertPlaceholder: INSERT_PLACEHOLDER_MESSAGE,
      open: {
        nl: 'Nog invullen: vervang ‘{placeholder}’ door het probleem dat dit oplost.',
        en: 'Still to fill in: replace ‘{placeholder}’ with the problem this solves.',
      },
    },
    options: {},
    examples: {
      flagged: [{ text: 'De minister van BZK moet vóór 2027 één loket voor ondernemers openen.', count: 1 }],
      accepted: [
        {
          text: 'Omdat ondernemers nu bij vijf instanties langs moeten, moet de minister van BZK vóór 2027 één loket openen.',
        },
      ],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    for (const unit of ctx.advice) if (!unit.criteria.problem) reportMissing(ctx, unit, 'problem', 'end');
  },
});
