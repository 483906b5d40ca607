import { describe, expect, it } from 'vitest';
import { defaultSettings, normalizeSettings, settingKeys } from '../src/settings.js';

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

  it("reads and names settings by the client's own keys", () => {
    const keys = settingKeys({ enable: 'aan', run: 'controleren', locale: 'taal', debounceMs: 'wachttijd', plainText: 'tekstbestanden', rules: 'regels' });
    const { settings, problems } = normalizeSettings(
      { aan: false, controleren: 'altijd', taal: 'en', wachttijd: 50, tekstbestanden: 'ja', regels: { hype: 'off' }, enable: true },
      defaultSettings(),
      keys,
    );
    expect(settings).toEqual({ ...defaultSettings(), enable: false, locale: 'en', debounceMs: 50, rules: { hype: 'off' } });
    expect(problems).toEqual(['scherp.controleren: expected "onType" or "onSave"', 'scherp.tekstbestanden: expected true or false']);
  });

  it('keeps the default key where the client names none or a non-string', () => {
    expect(settingKeys({ enable: 'aan', run: 42, locale: '' })).toMatchObject({ enable: 'aan', run: 'run', locale: 'locale', rules: 'rules' });
    expect(settingKeys(undefined).debounceMs).toBe('debounceMs');
  });
});

