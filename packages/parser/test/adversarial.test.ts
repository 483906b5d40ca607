import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

// Inputs that make backtracking regular expressions or quadratic loops explode. Each must finish; the
// generous limit only catches super-linear behaviour (the test machine may be busy).
const INPUTS: Record<string, string> = {
  hyphens: '-'.repeat(100_000),
  'hyphen words': 'ab- '.repeat(25_000),
  dots: '.'.repeat(100_000),
  spaces: ' '.repeat(100_000),
  'dotted abbreviations': 'a.b.c.d. '.repeat(12_000),
  'broken lines': 'woord-\n'.repeat(10_000),
  'blank-separated lines': 'regel\n\n'.repeat(5_000),
  'numbered headings': '# 1 A\n\n'.repeat(5_000),
  'name lines': 'Jan de Vries\n\n'.repeat(5_000),
  tabs: '\t'.repeat(100_000),
  // Bare addresses: trailing-punctuation checks and rejected matches must not rescan the rest of the text.
  'punctuation after an address': `zie http://a.nl/${'!'.repeat(50_000)}x`,
  'brackets after an address': `zie http://a.nl/${']'.repeat(50_000)}x`,
  'entities after an address': `zie http://a.nl/${'&amp;'.repeat(20_000)}x`,
  'invalid domains in one word': 'www.a_b.'.repeat(12_000),
  'invalid addresses in one word': '(http://a_b/'.repeat(8_000),
  'mail-like words': 'a@b.'.repeat(20_000),
};

describe('adversarial input', () => {
  for (const [name, input] of Object.entries(INPUTS)) {
    it(`parses ${name} in linear time`, () => {
      for (const format of ['markdown', 'text'] as const) {
        const t = performance.now();
        const parsed = parse(input, { format });
        expect(parsed.source).toBe(input);
        expect(performance.now() - t).toBeLessThan(20_000);
      }
    }, 60_000);
  }
});
