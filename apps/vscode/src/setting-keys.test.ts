import { describe, expect, it } from 'vitest';
import { describeLevels, describeMove, effectiveSection, effectiveValue, plannedMoves, serverSettingKeys, type Inspected, type SettingsReader } from './setting-keys.js';

/** A settings store as VS Code's WorkspaceConfiguration shows it: user values over the manifest's defaults. */
function reader(user: Record<string, unknown>, level: keyof Inspected = 'globalValue'): SettingsReader {
  const defaults: Record<string, unknown> = { aan: true, enable: true, taal: 'nl', locale: 'nl', wachttijd: 200, debounceMs: 200, regels: {}, rules: {} };
  return {
    get: (key) => (key in user ? user[key] : defaults[key]),
    inspect: (key) => (key in user ? { [level]: user[key] } : {}),
  };
}

describe('effective settings', () => {
  it('reads the Dutch key', () => {
    expect(effectiveValue(reader({ taal: 'en' }), 'locale')).toBe('en');
    expect(effectiveValue(reader({}), 'debounceMs')).toBe(200);
  });

  it('still reads an old English key the user set, when the Dutch one is not set', () => {
    expect(effectiveValue(reader({ debounceMs: 50 }), 'debounceMs')).toBe(50);
    expect(effectiveValue(reader({ enable: false }, 'workspaceFolderValue'), 'enable')).toBe(false);
  });

  it('prefers the Dutch key when both are set', () => {
    expect(effectiveValue(reader({ taal: 'nl', locale: 'en' }), 'locale')).toBe('nl');
  });

  it('hands the server the Dutch keys only, with the keys it must read', () => {
    const section = effectiveSection(reader({ rules: { hype: 'off' }, taal: 'en' }));
    expect(section).toMatchObject({ aan: true, taal: 'en', wachttijd: 200, regels: { hype: 'off' } });
    expect(Object.keys(section).sort()).toEqual(['aan', 'controleren', 'regels', 'taal', 'tekstbestanden', 'wachttijd']);
    expect(serverSettingKeys()).toEqual({
      enable: 'aan',
      locale: 'taal',
      run: 'controleren',
      debounceMs: 'wachttijd',
      plainText: 'tekstbestanden',
      rules: 'regels',
    });
  });
});

describe('migration plan', () => {
  const inspect = (values: Record<string, Inspected>) => (key: string) => values[key];

  it('moves each old key at each level where it is set', () => {
    const moves = plannedMoves(inspect({ debounceMs: { globalValue: 100, workspaceValue: 0 }, plainText: { workspaceValue: true } }), [
      'globalValue',
      'workspaceValue',
    ]);
    expect(moves).toEqual([
      { level: 'globalValue', from: 'debounceMs', to: 'wachttijd', value: 100, write: true },
      { level: 'workspaceValue', from: 'debounceMs', to: 'wachttijd', value: 0, write: true },
      { level: 'workspaceValue', from: 'plainText', to: 'tekstbestanden', value: true, write: true },
    ]);
  });

  it('keeps a Dutch value already set at that level (the old key only goes), and ignores other levels', () => {
    const moves = plannedMoves(inspect({ locale: { globalValue: 'en', workspaceValue: 'en' }, taal: { globalValue: 'nl' } }), ['globalValue']);
    expect(moves).toEqual([{ level: 'globalValue', from: 'locale', to: 'taal', value: 'en', write: false }]);
  });

  it('plans nothing when no old key is set', () => {
    expect(plannedMoves(inspect({ taal: { globalValue: 'en' } }), ['globalValue', 'workspaceValue'])).toEqual([]);
  });
});

describe('migration log lines', () => {
  it('names the keys, the value and the level of a move', () => {
    expect(describeMove({ level: 'globalValue', from: 'debounceMs', to: 'wachttijd', value: 100, write: true })).toBe(
      'scherp.debounceMs = 100 → scherp.wachttijd (user)',
    );
    expect(describeMove({ level: 'workspaceValue', from: 'locale', to: 'taal', value: 'en', write: false })).toBe(
      'scherp.locale = "en" → scherp.taal (workspace; scherp.taal already set there, kept)',
    );
  });

  it('shows what inspect() returned per level, "-" for not set', () => {
    expect(describeLevels('wachttijd', { globalValue: 100 }, ['globalValue', 'workspaceValue'])).toBe('scherp.wachttijd user=100 workspace=-');
    expect(describeLevels('debounceMs', undefined, ['globalValue'])).toBe('scherp.debounceMs user=-');
  });
});
