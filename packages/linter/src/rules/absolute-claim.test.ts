import { describe, expect, it } from 'vitest';
import rule from './absolute-claim.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('absolute-claim', () => {
  testRuleExamples(rule);

  it('quotes the absolute in the message', () => {
    const [m] = lintWithRule(rule, 'Een datalek mag nooit meer voorkomen.');
    expect(m?.message).toMatch(/^‘nooit meer’ is een absolute belofte/);
  });

  it('accepts a realistic norm', () => {
    expect(lintWithRule(rule, 'Het aantal datalekken moet in 2027 met een derde dalen.')).toEqual([]);
  });
});
