import { describe, expect, it } from 'vitest';
import rule from './long-sentence.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('long-sentence', () => {
  testRuleExamples(rule);

  it('reports the word count and the maximum', () => {
    const [m] = lintWithRule(rule, 'De gemeente opent in maart een nieuw loket voor ondernemers.', { max: 5 });
    expect(m?.message).toBe('Deze zin telt 10 woorden (maximaal 5). Splits hem in kortere zinnen.');
    expect(m).toMatchObject({ line: 1, column: 1, endColumn: 61 });
  });

  it('allows exactly max words and ignores headings', () => {
    expect(lintWithRule(rule, 'De gemeente opent in maart een nieuw loket voor ondernemers.', { max: 10 })).toEqual([]);
    expect(lintWithRule(rule, '# De gemeente opent in maart een nieuw loket voor ondernemers', { max: 3 })).toEqual([]);
  });
});
