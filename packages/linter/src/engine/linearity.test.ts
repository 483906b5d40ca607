import { describe, expect, it } from 'vitest';
import { parse } from '@scherp/parser';
import { lint } from './linter.js';

/** Fastest of three runs of lint (parsing excluded: the parser guards its own run time) in ms; the minimum is the least noisy. */
function time(text: string): number {
  const parsed = parse(text, { format: 'markdown', id: 'adversarial.md' });
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    lint(parsed, { extends: 'strict' });
    runs.push(performance.now() - started);
  }
  return Math.min(...runs);
}

/** Run time must grow roughly linearly: 4× the input may take at most ~10× the time (noise allowance). */
function expectLinear(make: (n: number) => string, n: number): void {
  time(make(n / 4)); // warm up the JIT
  const small = Math.max(time(make(n)), 2);
  const large = time(make(n * 4));
  expect(large / small).toBeLessThan(10);
}

describe('linear run time on adversarial input', { timeout: 60_000 }, () => {
  it('one huge sentence without punctuation', () => {
    expectLinear((n) => 'moet '.repeat(n), 5_000);
  });

  it('unclosed comments and directive fragments', () => {
    expectLinear((n) => '<!-- scherp-disable -- '.repeat(n), 5_000);
  });

  it('long runs of backticks, brackets and URLs', () => {
    expectLinear((n) => `${'`'.repeat(n)} ${'['.repeat(n)} https://${'a'.repeat(n)} ${'-- '.repeat(n)}.`, 5_000);
  });

  it('many short advice paragraphs', () => {
    expectLinear((n) => 'Er moet vaag iets gebeuren, altijd en overal.\n\n'.repeat(n / 10), 2_000);
  });
});
