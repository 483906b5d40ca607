import { describe, expect, it } from 'vitest';
import rule from './passive-voice.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('passive-voice', () => {
  testRuleExamples(rule);

  it('is off in the recommended preset', () => {
    expect(rule.meta.recommended).toBe(false);
  });

  it('adviceOnly limits it to advice sentences', () => {
    const descriptive = 'De regeling werd in 2020 door de provincie herzien.';
    expect(lintWithRule(rule, descriptive).length).toBe(1);
    expect(lintWithRule(rule, descriptive, { adviceOnly: true })).toEqual([]);
  });
});
