import { describe, expect, it } from 'vitest';
import rule from './vague-term.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('vague-term', () => {
  testRuleExamples(rule);

  it('fires on descriptive sentences too', () => {
    const messages = lintWithRule(rule, 'Vorig jaar kreeg de regio extra middelen om de samenwerking te versterken.');
    expect(messages.map((m) => m.message.split(' is vaag')[0])).toEqual(['‘extra middelen’', '‘versterken’']);
  });

  it('can ignore terms by lexicon id', () => {
    const text = 'Het kabinet gaat inzetten op een betere samenwerking tussen gemeenten.';
    expect(lintWithRule(rule, text).map((m) => m.message)).toEqual([expect.stringContaining('‘inzetten op’')]);
    expect(lintWithRule(rule, text, { ignore: ['inzetten op'] })).toEqual([]);
  });

  it('offers grammatical swaps as replacements, never as safe fixes', () => {
    const [m] = lintWithRule(rule, 'Het Rijk moet hergebruik van software stimuleren.');
    expect(m?.suggestions?.map((s) => [s.fix.text, s.safe])).toEqual([
      ['subsidiëren', false],
      ['belonen', false],
    ]);
    expect(m?.suggestions?.[0]?.fix.range).toEqual([m!.span.start.offset, m!.span.end.offset]);
  });
});
