import { detachString } from '@scherp/corpus';
import type { TextMatch } from '../types.js';
import { defineRule, replacementSuggestions } from './helpers.js';

/**
 * Officialese ("ambtelijke taal") with an everyday word that means exactly the same, so replacing it is a
 * safe fix. Only one-for-one swaps that keep the sentence grammatical are listed; hollow words whose fix needs
 * thought belong to `vague-term`.
 */
const PLAIN: Readonly<Record<string, string>> = {
  teneinde: 'om',
  middels: 'met',
  inzake: 'over',
  aangaande: 'over',
  omtrent: 'over',
  'ten aanzien van': 'over',
  'met betrekking tot': 'over',
  'ten behoeve van': 'voor',
  alsmede: 'en',
  derhalve: 'daarom',
  thans: 'nu',
  reeds: 'al',
  indien: 'als',
  tevens: 'ook',
  eveneens: 'ook',
  hetgeen: 'wat',
  doch: 'maar',
  ofschoon: 'hoewel',
  alvorens: 'voordat',
  gedurende: 'tijdens',
  ingevolge: 'volgens',
  conform: 'volgens',
  wederom: 'opnieuw',
  gaarne: 'graag',
  dienaangaande: 'daarover',
};

// Literal alternatives between letter boundaries: no nested quantifiers, so matching stays linear.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(PLAIN)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

export function findOfficialese(text: string): Array<TextMatch & { plain: string }> {
  return [...text.matchAll(PATTERN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    // Detached: results are memoised across runs and must not keep the document they came from alive.
    text: detachString(m[0]),
    plain: PLAIN[m[0].toLowerCase().replace(/\s+/g, ' ')] as string,
  }));
}

export default defineRule({
  meta: {
    id: 'plain-language',
    criterion: 'readability',
    type: 'language',
    defaultSeverity: 'info',
    recommended: true,
    description: {
      nl: 'Ambtelijke woorden (‘teneinde’, ‘middels’, ‘inzake’) hebben een gewoon alternatief dat hetzelfde betekent.',
      en: 'Officialese words (‘teneinde’, ‘middels’, ‘inzake’) have an everyday alternative that means the same.',
    },
    messages: {
      officialese: {
        nl: 'Schrijf ‘{plain}’ in plaats van ‘{text}’: dat betekent hetzelfde en leest makkelijker.',
        en: 'Write ‘{plain}’ instead of ‘{text}’: it means the same and reads more easily.',
      },
      replace: {
        nl: 'Vervang door ‘{alternative}’',
        en: 'Replace with ‘{alternative}’',
      },
    },
    options: {},
    examples: {
      flagged: [
        { text: 'Teneinde de wachttijd te verkorten, opent de gemeente middels een extra loket.', count: 2 },
        { text: 'De brief inzake de nieuwe regeling is reeds verstuurd.', count: 2 },
      ],
      accepted: [{ text: 'Om de wachttijd te verkorten, opent de gemeente een extra loket.' }],
    },
  },
  scope: 'paragraph',
  check(ctx) {
    for (const s of ctx.sentences) {
      for (const match of ctx.memo(s.sentence.text, () => findOfficialese(s.sentence.text))) {
        ctx.report({
          sentence: s,
          match,
          messageId: 'officialese',
          data: { text: match.text, plain: match.plain },
          // "alvorens te besluiten" has no "voordat"-form without rebuilding the clause: no swap there.
          suggestions: /^\s+te\s/.test(s.sentence.text.slice(match.end)) && match.plain === 'voordat'
            ? []
            : replacementSuggestions(ctx, s, match, [match.plain], true),
        });
      }
    }
  },
});
