import { defineRule } from './helpers.js';

export default defineRule({
  meta: {
    id: 'passive-voice',
    criterion: 'readability',
    type: 'language',
    defaultSeverity: 'info',
    recommended: false,
    description: {
      nl: 'De lijdende vorm (‘er wordt besloten’) verbergt wie handelt. Actief schrijven maakt de verantwoordelijke zichtbaar.',
      en: 'The passive voice (‘it will be decided’) hides who acts. Active sentences make the responsible party visible.',
    },
    messages: {
      passive: {
        nl: 'Lijdende vorm ‘{text}’: wie doet dit? Schrijf actief, bijv. ‘De gemeente stelt … vast’ in plaats van ‘… wordt vastgesteld’.',
        en: 'Passive ‘{text}’: who does this? Write actively, e.g. ‘The municipality adopts …’ instead of ‘… is adopted’.',
      },
    },
    options: {
      adviceOnly: {
        type: 'boolean',
        default: false,
        description: {
          nl: 'Alleen melden in adviserende zinnen, waar een verborgen uitvoerder het meest kost.',
          en: 'Only report in advice sentences, where a hidden actor costs most.',
        },
      },
    },
    examples: {
      flagged: [{ text: 'De regeling wordt volgend jaar door de provincie herzien.', count: 1 }],
      accepted: [{ text: 'De provincie herziet de regeling volgend jaar.' }],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    const adviceOnly = ctx.options.adviceOnly === true;
    for (const s of ctx.sentences) {
      if (adviceOnly && !s.analysis.advice) continue;
      for (const match of s.analysis.passives) {
        ctx.report({ sentence: s, match, messageId: 'passive', data: { text: match.text } });
      }
    }
  },
});
