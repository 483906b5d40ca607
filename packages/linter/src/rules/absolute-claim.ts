import { defineRule } from './helpers.js';

export default defineRule({
  meta: {
    id: 'absolute-claim',
    criterion: 'absolute',
    type: 'language',
    defaultSeverity: 'warning',
    recommended: true,
    description: {
      nl: 'Absolute beloften (‘nooit meer’, ‘altijd en overal’, ‘100% veilig’) zijn niet waar te maken en dus niet te toetsen.',
      en: 'Absolute promises (‘never again’, ‘always and everywhere’, ‘100% secure’) cannot be kept and so cannot be checked.',
    },
    messages: {
      absolute: {
        nl: '‘{text}’ is een absolute belofte. Noem een haalbare norm, bijv. ‘in 95% van de gevallen binnen een week’.',
        en: '‘{text}’ is an absolute promise. State an achievable norm, e.g. ‘in 95% of cases within a week’.',
      },
    },
    options: {},
    examples: {
      flagged: [{ text: 'Het nieuwe systeem moet 100% veilig zijn en mag nooit meer uitvallen.', count: 2 }],
      accepted: [{ text: 'Het nieuwe systeem mag per jaar hooguit vier uur onbereikbaar zijn.' }],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    for (const s of ctx.sentences) {
      for (const match of s.analysis.absolutes) {
        ctx.report({ sentence: s, match, messageId: 'absolute', data: { text: match.text } });
      }
    }
  },
});
