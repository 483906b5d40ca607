import type { Locale } from '@scherp/corpus';
import type { LintConfig, PresetName, SeveritySetting } from '@scherp/linter';

/** What the writer chose, kept in this browser's local storage (never sent anywhere). */
export interface Settings {
  locale: Locale;
  preset: PresetName;
  /** Only rules the writer changed; the rest follow the preset. */
  rules: Record<string, SeveritySetting>;
}

const KEY = 'scherp.settings.v1';
const SEVERITIES: readonly string[] = ['off', 'error', 'warning', 'info'];

export const defaultSettings = (): Settings => ({ locale: 'nl', preset: 'recommended', rules: {} });

export function loadSettings(storage: Storage): Settings {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Settings> | null;
    if (!raw || typeof raw !== 'object') return defaultSettings();
    const rules: Record<string, SeveritySetting> = {};
    for (const [id, value] of Object.entries(raw.rules ?? {})) if (SEVERITIES.includes(value)) rules[id] = value;
    return {
      locale: raw.locale === 'en' ? 'en' : 'nl',
      preset: raw.preset === 'strict' ? 'strict' : 'recommended',
      rules,
    };
  } catch {
    // Unreadable settings (edited by hand, another version): start from the defaults.
    return defaultSettings();
  }
}

export function saveSettings(storage: Storage, settings: Settings): void {
  try {
    storage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage full or disabled (private mode): the settings last for this visit only.
  }
}

export function toLintConfig(settings: Settings, knownRules: ReadonlySet<string>): LintConfig {
  const rules = Object.fromEntries(Object.entries(settings.rules).filter(([id]) => knownRules.has(id)));
  return { extends: settings.preset, rules, locale: settings.locale };
}
