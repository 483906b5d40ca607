import { describe, expect, it } from 'vitest';
import rule from './missing-problem.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('missing-problem', () => {
  testRuleExamples(rule);

  it('is informational in the recommended preset', () => {
    const [m] = lintWithRule(rule, 'De minister van BZK moet vóór 2027 één loket voor ondernemers openen.');
    expect(m?.severity).toBe('info');
  });

  it('does not fire on descriptive sentences', () => {
    expect(lintWithRule(rule, 'Ondernemers gingen vroeger langs vijf instanties.')).toEqual([]);
  });
});
