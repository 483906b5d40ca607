import { describe } from 'vitest';
import rule from './unparsed-markup.js';
import { testRuleExamples } from './rule-test-kit.js';

// The guards themselves (which inputs are read as plain text) are tested in packages/parser/test/guard.test.ts.
describe('unparsed-markup', () => {
  testRuleExamples(rule);
});
