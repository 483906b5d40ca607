import { describe } from 'vitest';
import rule from './unused-disable.js';
import { testRuleExamples } from './rule-test-kit.js';

// Directive behaviour in detail (ranges, next-line, attribution) is tested in src/engine/directives.test.ts.
describe('unused-disable', () => {
  testRuleExamples(rule);
});
