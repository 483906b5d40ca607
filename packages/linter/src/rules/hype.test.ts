import { describe, expect, it } from 'vitest';
import rule from './hype.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('hype', () => {
  testRuleExamples(rule);

  it('accepts a buzzword that serves a stated societal goal', () => {
    const text = 'De gemeente zet AI in om wachtlijsten voor schuldhulp met de helft te verkorten.';
    expect(lintWithRule(rule, text)).toEqual([]);
  });

  it('quotes the buzzword in the message', () => {
    const [m] = lintWithRule(rule, 'Gemeenten moeten volop inzetten op blockchain.');
    expect(m?.message).toMatch(/‘blockchain’/i);
  });
});
