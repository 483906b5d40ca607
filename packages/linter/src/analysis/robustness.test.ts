import { describe, expect, it } from 'vitest';
import { analyzeSentence, tokenize } from './index.js';

// Every detector walks tokens with bounded look-around and no backtracking regular expressions, so even
// pathological input is analysed in linear time. These inputs would hang a nested-quantifier regex.
describe('adversarial input', () => {
  it.each([
    ['repeated "a "', 'a '.repeat(50_000)],
    ['dashes', '-'.repeat(100_000)],
    ['dots', '.'.repeat(100_000)],
    ['repeated modal', 'moet '.repeat(50_000)],
    ['repeated "er moet worden"', 'er moet worden '.repeat(20_000)],
    ['repeated imperative', 'Stel '.repeat(40_000)],
    ['repeated year', '2027 '.repeat(40_000)],
    ['repeated "kan ook"', 'kan ook '.repeat(30_000)],
    ['repeated paying verb', 'investeert '.repeat(40_000)],
    ['rejected research', 'niet onderzoek '.repeat(30_000)],
    ['repeated actor', 'De minister '.repeat(30_000)],
    ['repeated recounted decision', 'heeft in 2020 besloten '.repeat(20_000)],
    ['repeated motion position', 'spreekt uit dat '.repeat(20_000)],
    ['repeated request by a body', 'vraagt de VNG '.repeat(20_000)],
    ['repeated action item', 'vast te stellen '.repeat(20_000)],
    ['repeated technology claim', 'AI biedt kansen '.repeat(20_000)],
    ['capitalised run after a body head', 'Stichting ' + 'Abc '.repeat(50_000)],
    ['repeated participle and auxiliary', 'wordt gemaakt '.repeat(30_000)],
    ['one huge word', 'x'.repeat(200_000)],
    ['digits and commas', '1,'.repeat(80_000)],
    ['parentheses', '('.repeat(50_000) + ')'.repeat(50_000)],
    ['mixed scripts and emoji', 'één 🤖 ﬁ ß Ä '.repeat(20_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    const a = analyzeSentence(text);
    const ms = performance.now() - t0;
    expect(a.wordCount).toBeGreaterThanOrEqual(0);
    // Generous bound for a loaded CI machine; quadratic behaviour would take minutes.
    expect(ms).toBeLessThan(4000);
  });

  it('handles empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\t']) {
      const a = analyzeSentence(text);
      expect(a.wordCount).toBe(0);
      expect(a.advice).toBeNull();
    }
  });

  it('is deterministic', () => {
    const text = 'Het college moet uiterlijk 1 juli 2027 een register inrichten, omdat aanvragen nu zoekraken.';
    expect(analyzeSentence(text)).toEqual(analyzeSentence(text));
  });
});

describe('tokenize', () => {
  it('keeps offsets, joins hyphenated words and decimal numbers', () => {
    const text = 'De CIO-Rijk krijgt € 1,5 miljoen (zo’n 20%).';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const words = tokens.map((t) => t.text);
    expect(words).toEqual(['De', 'CIO-Rijk', 'krijgt', '€', '1,5', 'miljoen', '(', 'zo’n', '20', '%', ')', '.']);
    expect(tokens.find((t) => t.text === 'zo’n')!.lower).toBe("zo'n");
    expect(tokens.find((t) => t.text === '1,5')!.kind).toBe('number');
  });
});
