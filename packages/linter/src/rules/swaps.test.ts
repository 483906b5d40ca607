import { describe, expect, it } from 'vitest';
import { parse } from '@scherp/parser';
import { applyFixes } from '../engine/fixes.js';
import { lint } from '../engine/linter.js';

/** Applies the first offered swap of `ruleId` in `text` (our own sentences) and returns the new text. */
function swapOnce(text: string, ruleId: string): string | null {
  const result = lint(parse(text, { format: 'markdown', id: 'swap.md' }));
  const message = result.messages.find((m) => m.ruleId === ruleId && (m.suggestions ?? []).length > 0);
  if (!message) return null;
  return applyFixes(text, [message.suggestions![0]!.fix]).output;
}

describe('word swaps keep the sentence grammatical', () => {
  // Each pair was read by a Dutch speaker: the swapped sentence is correct Dutch.
  const cases: Array<[string, string, string]> = [
    ['vague-term', 'De gemeente moet het loket zo snel mogelijk openen.', 'De gemeente moet het loket vóór [wanneer?] openen.'],
    ['vague-term', 'We moeten de komende jaren het archief digitaliseren.', 'We moeten vóór [wanneer?] het archief digitaliseren.'],
    ['vague-term', 'Het kabinet komt op korte termijn met een wetsvoorstel.', 'Het kabinet komt vóór [wanneer?] met een wetsvoorstel.'],
    ['vague-term', 'De minister moet de kwaliteit van de data borgen.', 'De minister moet de kwaliteit van de data vastleggen.'],
    ['vague-term', 'Het Rijk moet hergebruik van software faciliteren.', 'Het Rijk moet hergebruik van software mogelijk maken.'],
    ['vague-term', 'De provincie moet met de waterschappen in gesprek gaan.', 'De provincie moet met de waterschappen afspraken maken.'],
    ['vague-term', 'Voor de aanbesteding gelden de kaders van het Rijk.', 'Voor de aanbesteding gelden de regels van het Rijk.'],
    ['nominalization', 'De directeur moet zorg dragen voor een veilige opslag.', 'De directeur moet zorgen voor een veilige opslag.'],
    ['nominalization', 'De raad moet het voorstel in overweging nemen.', 'De raad moet het voorstel overwegen.'],
    ['nominalization', 'De controle vindt plaats in het voorjaar.', 'De controle gebeurt in het voorjaar.'],
    ['plain-language', 'Teneinde de wachttijd te verkorten, opent het loket eerder.', 'Om de wachttijd te verkorten, opent het loket eerder.'],
    ['plain-language', 'Alvorens de raad besluit, hoort hij de wijken.', 'Voordat de raad besluit, hoort hij de wijken.'],
  ];
  for (const [ruleId, before, after] of cases) {
    it(`${ruleId}: ${before}`, () => expect(swapOnce(before, ruleId)).toBe(after));
  }

  it('offers no swap where the replacement would break the sentence', () => {
    // "meer aandacht" → "geld voor" gave "Er moet geld voor komen voor …"; "de inzet van" → "inzetten" gave
    // "… komen voor inzetten innovatieve oplossingen"; "snel" is also an adjective ("een snelle aanvraag").
    expect(swapOnce('Er moet meer aandacht komen voor de bereikbaarheid van het loket.', 'vague-term')).toBeNull();
    expect(swapOnce('Er moet ruimte komen voor de inzet van slimme camera’s bij de toegang.', 'nominalization')).toBeNull();
    expect(swapOnce('Burgers willen een snelle afhandeling van hun bezwaar.', 'vague-term')).toBeNull();
    expect(swapOnce('De gemeente moet inzetten op kortere wachttijden bij het loket.', 'vague-term')).toBeNull();
    expect(swapOnce('Alvorens te besluiten, hoort de raad de wijken.', 'plain-language')).toBeNull();
  });
});
