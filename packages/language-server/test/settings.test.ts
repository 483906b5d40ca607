import { describe, expect, it } from 'vitest';
import { defaultSettings, normalizeSettings } from '../src/settings.js';

describe('normalizeSettings', () => {
  it('fills defaults for missing settings', () => {
    expect(normalizeSettings(undefined, defaultSettings()).settings).toEqual(defaultSettings());
    expect(defaultSettings().debounceMs).toBe(200);
    expect(defaultSettings(0).debounceMs).toBe(0);
  });

  it('takes valid values, including a zero debounce', () => {
    const { settings, problems } = normalizeSettings(
      { enable: false, run: 'onSave', locale: 'en', debounceMs: 0, plainText: true, rules: { 'missing-owner': 'off' } },
      defaultSettings(),
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      enable: false,
      run: 'onSave',
      locale: 'en',
      debounceMs: 0,
      plainText: true,
      rules: { 'missing-owner': 'off' },
    });
  });

  it('keeps the base value and reports each invalid setting', () => {
    const { settings, problems } = normalizeSettings(
      { enable: 'ja', run: 'always', locale: 'fr', debounceMs: -5, rules: { 'missing-owner': 'loud' } },
      defaultSettings(),
    );
    expect(settings.enable).toBe(true);
    expect(settings.run).toBe('onType');
    expect(settings.locale).toBe('nl');
    expect(settings.debounceMs).toBe(200);
    expect(settings.rules).toEqual({});
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toContain('scherp.rules.missing-owner');
  });

  it('rejects a non-object section', () => {
    expect(normalizeSettings('aan', defaultSettings()).problems).toHaveLength(1);
  });
});
