import { defineRule } from './helpers.js';

export default defineRule({
  meta: {
    id: 'deferral',
    criterion: 'deferral',
    type: 'advice',
    defaultSeverity: 'warning',
    recommended: true,
    description: {
      nl: 'Advies dat alleen vraagt om onderzoek, verkenning, een pilot of gesprek schuift het besluit voor zich uit.',
      en: 'Advice that only asks for research, exploration, a pilot or a dialogue postpones the decision.',
    },
    messages: {
      deferral: {
        nl: '‘{text}’ stelt het besluit uit. Zeg wie na afloop wat beslist en wanneer, bijv. ‘De minister besluit vóór 1 juni 2026 op basis van …’.',
        en: '‘{text}’ postpones the decision. Say who decides what afterwards and when, e.g. ‘The minister decides by 1 June 2026 based on …’.',
      },
    },
    options: {},
    examples: {
      flagged: [{ text: 'We moeten onderzoeken of een centraal meldpunt voor datalekken zinvol is.', count: 1 }],
      accepted: [
        { text: 'De minister van BZK opent vóór 1 januari 2027 een centraal meldpunt voor datalekken.' },
        {
          text: 'De minister van BZK opent vóór 1 maart 2026 een centraal meldpunt voor datalekken en laat daarna onderzoeken hoe het wordt gebruikt.',
        },
      ],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    for (const unit of ctx.advice) {
      const match = unit.sentence.analysis.deferral;
      // The only action is to study, explore, talk or report: the decision is postponed, even when someone
      // is named to do the study by a date (that makes it less vague, not a decision).
      if (!match) continue;
      ctx.report({ sentence: unit.sentence, match, messageId: 'deferral', data: { text: match.text } });
    }
  },
});
