import type { Locale } from '@scherp/corpus';
import type { SeveritySetting } from '@scherp/linter';

/** The `scherp.*` workspace settings, validated. */
export interface ScherpSettings {
  enable: boolean;
  /** Check while typing (debounced) or only when the document is saved. */
  run: 'onType' | 'onSave';
  locale: Locale;
  debounceMs: number;
  /** Severity overrides per rule id; win over the config file. */
  rules: Record<string, SeveritySetting>;
  /** Also check plain-text documents (otherwise only Markdown). */
  plainText: boolean;
}

export const DEFAULT_DEBOUNCE_MS = 200;

export function defaultSettings(debounceMs = DEFAULT_DEBOUNCE_MS): ScherpSettings {
  return { enable: true, run: 'onType', locale: 'nl', debounceMs, rules: {}, plainText: false };
}

const SEVERITIES = new Set<string>(['error', 'warning', 'info', 'off']);

export type SettingName = keyof ScherpSettings;

/**
 * The key under `scherp` of each setting, as the client names it. A client may use its own keys (the VS Code
 * extension's are Dutch, because VS Code shows the key as the setting's title) and pass them as the
 * `settingKeys` initialization option, so a problem names the key the user sees.
 */
export type SettingKeys = Record<SettingName, string>;

export const DEFAULT_SETTING_KEYS: SettingKeys = {
  enable: 'enable',
  run: 'run',
  locale: 'locale',
  debounceMs: 'debounceMs',
  rules: 'rules',
  plainText: 'plainText',
};

/** The client's keys over the defaults; anything but a non-empty string keeps the default key. */
export function settingKeys(raw: unknown): SettingKeys {
  const keys = { ...DEFAULT_SETTING_KEYS };
  if (!raw || typeof raw !== 'object') return keys;
  for (const name of Object.keys(keys) as SettingName[]) {
    const key = (raw as Record<string, unknown>)[name];
    if (typeof key === 'string' && key !== '') keys[name] = key;
  }
  return keys;
}

/**
 * Reads settings as a client sends them: a `scherp` section object, possibly partial or with wrong types
 * (settings.json is hand-edited). Invalid values fall back to `base` and are reported in `problems`.
 */
export function normalizeSettings(
  raw: unknown,
  base: ScherpSettings,
  keys: SettingKeys = DEFAULT_SETTING_KEYS,
): { settings: ScherpSettings; problems: string[] } {
  const problems: string[] = [];
  const settings: ScherpSettings = { ...base, rules: { ...base.rules } };
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('scherp: expected an object of settings');
    return { settings, problems };
  }
  const section = raw as Record<string, unknown>;
  // Read by setting name; report by the client's key.
  const r = Object.fromEntries((Object.keys(keys) as SettingName[]).map((name) => [name, section[keys[name]]])) as Partial<
    Record<SettingName, unknown>
  >;
  const key = (name: SettingName) => `scherp.${keys[name]}`;
  if (r.enable !== undefined) {
    if (typeof r.enable === 'boolean') settings.enable = r.enable;
    else problems.push(`${key('enable')}: expected true or false`);
  }
  if (r.run !== undefined) {
    if (r.run === 'onType' || r.run === 'onSave') settings.run = r.run;
    else problems.push(`${key('run')}: expected "onType" or "onSave"`);
  }
  if (r.locale !== undefined) {
    if (r.locale === 'nl' || r.locale === 'en') settings.locale = r.locale;
    else problems.push(`${key('locale')}: expected "nl" or "en"`);
  }
  if (r.debounceMs !== undefined) {
    const n = r.debounceMs;
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0) settings.debounceMs = Math.min(n, 10_000);
    else problems.push(`${key('debounceMs')}: expected a number ≥ 0`);
  }
  if (r.plainText !== undefined) {
    if (typeof r.plainText === 'boolean') settings.plainText = r.plainText;
    else problems.push(`${key('plainText')}: expected true or false`);
  }
  if (r.rules !== undefined) {
    if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
      const rules: Record<string, SeveritySetting> = {};
      for (const [id, value] of Object.entries(r.rules as Record<string, unknown>)) {
        if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as SeveritySetting;
        else problems.push(`${key('rules')}.${id}: expected "error", "warning", "info" or "off"`);
      }
      settings.rules = rules;
    } else problems.push(`${key('rules')}: expected an object of rule id → severity`);
  }
  return { settings, problems };
}
