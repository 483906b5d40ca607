import { describe, expect, it } from 'vitest';
import rule from './nominalization.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('nominalization', () => {
  testRuleExamples(rule);

  it('offers the verb as a suggestion that is never safe', () => {
    const [m] = lintWithRule(rule, 'De raad moet het voorstel in overweging nemen.');
    expect(m?.suggestions?.length).toBeGreaterThan(0);
    expect(m?.suggestions?.every((s) => !s.safe)).toBe(true);
  });
});
