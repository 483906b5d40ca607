import { describe, expect, it } from 'vitest';
import { applyFixes } from '../engine/fixes.js';
import rule from './missing-deadline.js';
import { lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('missing-deadline', () => {
  testRuleExamples(rule);

  it('accepts years, dates and quarters', () => {
    for (const when of ['in 2028', 'vóór 1 september 2026', 'in het derde kwartaal van 2027']) {
      expect(lintWithRule(rule, `De minister van BZK moet ${when} een klachtenportaal openen.`)).toEqual([]);
    }
  });

  it('inserts [wanneer?] before the closing punctuation', () => {
    const text = 'De minister van BZK moet een klachtenportaal openen.';
    const [m] = lintWithRule(rule, text);
    const fix = m!.suggestions![0]!;
    expect(fix.safe).toBe(false);
    expect(applyFixes(text, [fix.fix]).output).toBe('De minister van BZK moet een klachtenportaal openen [wanneer?].');
  });

  it('does not fire on descriptive sentences', () => {
    expect(lintWithRule(rule, 'Het klachtenportaal is een initiatief van drie provincies.')).toEqual([]);
  });
});
