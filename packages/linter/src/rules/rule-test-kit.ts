/**
 * Shared checks for rule tests: every rule's own documented examples must behave as documented, and any safe
 * suggestion must actually remove the finding it was offered for.
 */
import { expect, it } from 'vitest';
import { parse } from '@scherp/parser';
import { runExample } from '../engine/docs.js';
import { applyFixes } from '../engine/fixes.js';
import { lint } from '../engine/linter.js';
import type { RuleModule } from '../engine/rule-api.js';
import type { LintConfig, LintMessage } from '../types.js';

/** Lints Markdown with the recommended preset plus `rule` on at its default severity (and `options`). */
export function lintWithRule(rule: RuleModule, text: string, options?: Record<string, unknown>, locale?: 'nl' | 'en'): LintMessage[] {
  const { id, defaultSeverity } = rule.meta;
  const config: LintConfig = { rules: { [id]: options ? [defaultSeverity, options] : defaultSeverity } };
  if (locale) config.locale = locale;
  return lint(parse(text, { format: 'markdown', id: 'example.md' }), config).messages.filter((m) => m.ruleId === id);
}

/** Registers tests that run the rule's meta examples. */
export function testRuleExamples(rule: RuleModule): void {
  const { flagged, accepted } = rule.meta.examples;
  for (const [i, example] of flagged.entries()) {
    it(`flags example ${i + 1}: ${example.text.slice(0, 60)}`, () => {
      const messages = runExample(rule, example);
      if (example.count !== undefined) expect(messages.map((m) => m.message)).toHaveLength(example.count);
      else expect(messages.length).toBeGreaterThanOrEqual(1);
    });
  }
  for (const [i, example] of accepted.entries()) {
    it(`accepts example ${i + 1}: ${example.text.slice(0, 60)}`, () => {
      expect(runExample(rule, example).map((m) => m.message)).toEqual([]);
    });
  }
}

/**
 * Applies the first safe suggestion of the finding and lints again: that finding must be gone (no finding of
 * the rule at the replaced text any more), and the number of the rule's findings must drop.
 */
export function expectSafeFixResolves(rule: RuleModule, text: string): void {
  const before = lintWithRule(rule, text);
  const target = before.find((m) => m.suggestions?.some((s) => s.safe));
  expect(target, 'a finding with a safe suggestion').toBeDefined();
  const fix = target!.suggestions!.find((s) => s.safe)!.fix;
  const fixed = applyFixes(text, [fix]).output;
  expect(fixed).not.toBe(text);
  const after = lintWithRule(rule, fixed);
  expect(after.length).toBe(before.length - 1);
  const replacedAt = fix.range[0];
  expect(after.some((m) => m.span.start.offset === replacedAt && m.messageId === target!.messageId)).toBe(false);
}
