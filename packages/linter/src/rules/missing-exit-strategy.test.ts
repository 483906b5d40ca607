import { describe, expect, it } from 'vitest';
import rule from './missing-exit-strategy.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('missing-exit-strategy', () => {
  testRuleExamples(rule);

  it('reports once per document, at the first dependency', () => {
    const text =
      '# Hosting\n\nDe gemeente brengt haar zaaksystemen onder bij een cloudleverancier.\n\nOok de archieven gaan naar dezelfde cloudleverancier.';
    const messages = lintWithRule(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.line).toBe(3);
  });

  it('accepts an exit strategy anywhere in the document', () => {
    const text =
      '# Exit\n\nHet contract regelt een exitplan met export in open standaarden.\n\n# Hosting\n\nDe gemeente brengt haar zaaksystemen onder bij een cloudleverancier.';
    expect(lintWithRule(rule, text)).toEqual([]);
  });

  it('is silent without dependency', () => {
    expect(lintWithRule(rule, 'De gemeente bouwt haar eigen zaaksysteem.')).toEqual([]);
  });
});
