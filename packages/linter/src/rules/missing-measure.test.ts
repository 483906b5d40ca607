import { describe, expect, it } from 'vitest';
import rule from './missing-measure.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('missing-measure', () => {
  testRuleExamples(rule);

  it('accepts a number as a checkable result', () => {
    expect(lintWithRule(rule, 'De minister van BZK moet in 2026 twintig gemeenten aansluiten op het portaal.')).toEqual([]);
  });

  it('does not fire on descriptive sentences', () => {
    expect(lintWithRule(rule, 'Het portaal werd in 2019 door drie gemeenten gebouwd.')).toEqual([]);
  });

  it('offers a [hoe meten?] placeholder', () => {
    const [m] = lintWithRule(rule, 'De minister van BZK moet de dienstverlening in 2026 verbeteren.');
    expect(m?.suggestions?.[0]?.fix.text).toBe(' [hoe meten?]');
  });
});
