import { describe, expect, it } from 'vitest';
import { applyFixes } from '../engine/fixes.js';
import rule, { findOfficialese } from './plain-language.js';
import { expectSafeFixResolves, lintWithRule, testRuleExamples } from './rule-test-kit.js';

describe('plain-language', () => {
  testRuleExamples(rule);

  it('matches whole words and multi-word phrases only, case-insensitively', () => {
    expect(findOfficialese('Reeds Ten  behoeve  van de thansnieuwe regeling.').map((m) => [m.text, m.plain])).toEqual([
      ['Reeds', 'al'],
      ['Ten  behoeve  van', 'voor'],
    ]);
  });

  it('keeps the capital at the start of a sentence', () => {
    const [m] = lintWithRule(rule, 'Indien de aanvraag compleet is, besluit de gemeente binnen twee weken.');
    expect(m?.suggestions).toEqual([{ desc: 'Vervang door ‘Als’', fix: { range: [0, 6], text: 'Als' }, safe: true }]);
  });

  it('safe fix, relinted: the finding is gone', () => {
    expectSafeFixResolves(rule, 'Teneinde de wachttijd te verkorten, opent de gemeente in 2026 een extra loket.');
  });

  it('fix all: applying every safe suggestion leaves nothing to report', () => {
    const text = 'De brief inzake de regeling is reeds verstuurd, alsmede de bijlage.\n\nDerhalve volgt thans een besluit.';
    const fixes = lintWithRule(rule, text).flatMap((m) => m.suggestions?.filter((s) => s.safe).map((s) => s.fix) ?? []);
    const { output } = applyFixes(text, fixes);
    expect(output).toBe('De brief over de regeling is al verstuurd, en de bijlage.\n\nDaarom volgt nu een besluit.');
    expect(lintWithRule(rule, output)).toEqual([]);
  });
});
