import { describe, expect, it } from 'vitest';
import rule from './missing-owner.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('missing-owner', () => {
  testRuleExamples(rule);

  it('never fires on descriptive sentences', () => {
    expect(lintWithRule(rule, 'Vorig jaar kwamen er ruim tweeduizend klachten binnen over het portaal.')).toEqual([]);
  });

  it('accepts an owner named elsewhere in the same paragraph', () => {
    const text = 'Er moet een centraal klachtenportaal komen. De minister van BZK neemt dat op zich.';
    expect(lintWithRule(rule, text)).toEqual([]);
  });

  it('offers a [wie?] placeholder at the start of the sentence, not as a safe fix', () => {
    const text = 'Er moet een centraal klachtenportaal komen.';
    const [m] = lintWithRule(rule, text);
    expect(m?.suggestions).toEqual([
      { desc: 'Voeg plaatshouder ‘[wie?]’ in', fix: { range: [0, 0], text: '[wie?] ' }, safe: false },
    ]);
  });

  it('speaks English when configured', () => {
    const [m] = lintWithRule(rule, 'Er moet een centraal klachtenportaal komen.', undefined, 'en');
    expect(m?.message).toMatch(/^Who carries this out\?/);
  });
});
