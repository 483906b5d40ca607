import { describe, expect, it } from 'vitest';
import rule from './missing-owner.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('missing-owner', () => {
  testRuleExamples(rule);

  it('never fires on descriptive sentences', () => {
    expect(lintWithRule(rule, 'Vorig jaar kwamen er ruim tweeduizend klachten binnen over het portaal.')).toEqual([]);
  });

  it('accepts an owner named in another advice sentence of the same paragraph', () => {
    const text = 'Er moet een centraal klachtenportaal komen. De minister van BZK moet dat portaal bouwen.';
    expect(lintWithRule(rule, text)).toEqual([]);
  });

  it('does not take the owner from a descriptive sentence', () => {
    const text = 'Vorig jaar publiceerde de minister van BZK een rapport over klachten. Er moet een centraal klachtenportaal komen.';
    expect(lintWithRule(rule, text)).toHaveLength(1);
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
