import { describe, expect, it } from 'vitest';
import { toLocale } from './i18n.js';
import { checkedLanguages } from './languages.js';

describe('checkedLanguages', () => {
  it('checks Markdown only unless plain text is switched on', () => {
    expect(checkedLanguages({ plainText: false })).toEqual(['markdown']);
    expect(checkedLanguages({ plainText: true })).toEqual(['markdown', 'plaintext']);
  });
});

describe('toLocale', () => {
  it('falls back to Dutch for anything but "en"', () => {
    expect(toLocale('en')).toBe('en');
    expect(toLocale('nl')).toBe('nl');
    expect(toLocale('de')).toBe('nl');
    expect(toLocale(undefined)).toBe('nl');
  });
});
