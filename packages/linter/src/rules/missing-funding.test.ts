import { describe, expect, it } from 'vitest';
import rule from './missing-funding.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('missing-funding', () => {
  testRuleExamples(rule);

  it('accepts an amount', () => {
    const text = 'De minister van BZK moet vóór 2027 tien privacyjuristen aannemen; daarvoor is € 1,2 miljoen per jaar beschikbaar.';
    expect(lintWithRule(rule, text)).toEqual([]);
  });

  it('does not fire on descriptive sentences', () => {
    expect(lintWithRule(rule, 'Het ministerie had in 2024 veertig privacyjuristen in dienst.')).toEqual([]);
  });
});
