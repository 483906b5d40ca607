import { describe, expect, it } from 'vitest';
import rule from './deferral.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('deferral', () => {
  testRuleExamples(rule);

  it('flags a pilot or dialogue as the only action', () => {
    expect(lintWithRule(rule, 'We moeten eerst een pilot starten met digitale stempassen.').length).toBe(1);
  });

  it('does not fire on a description of past research', () => {
    expect(lintWithRule(rule, 'In 2022 onderzocht de universiteit het gebruik van digitale stempassen.')).toEqual([]);
  });
});
