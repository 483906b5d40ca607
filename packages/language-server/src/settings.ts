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

/**
 * Reads settings as a client sends them: a `scherp` section object, possibly partial or with wrong types
 * (settings.json is hand-edited). Invalid values fall back to `base` and are reported in `problems`.
 */
export function normalizeSettings(
  raw: unknown,
  base: ScherpSettings,
): { settings: ScherpSettings; problems: string[] } {
  const problems: string[] = [];
  const settings: ScherpSettings = { ...base, rules: { ...base.rules } };
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('scherp: expected an object of settings');
    return { settings, problems };
  }
  const r = raw as Record<string, unknown>;
  if (r.enable !== undefined) {
    if (typeof r.enable === 'boolean') settings.enable = r.enable;
    else problems.push('scherp.enable: expected true or false');
  }
  if (r.run !== undefined) {
    if (r.run === 'onType' || r.run === 'onSave') settings.run = r.run;
    else problems.push('scherp.run: expected "onType" or "onSave"');
  }
  if (r.locale !== undefined) {
    if (r.locale === 'nl' || r.locale === 'en') settings.locale = r.locale;
    else problems.push('scherp.locale: expected "nl" or "en"');
  }
  if (r.debounceMs !== undefined) {
    const n = r.debounceMs;
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0) settings.debounceMs = Math.min(n, 10_000);
    else problems.push('scherp.debounceMs: expected a number ≥ 0');
  }
  if (r.plainText !== undefined) {
    if (typeof r.plainText === 'boolean') settings.plainText = r.plainText;
    else problems.push('scherp.plainText: expected true or false');
  }
  if (r.rules !== undefined) {
    if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
      const rules: Record<string, SeveritySetting> = {};
      for (const [id, value] of Object.entries(r.rules as Record<string, unknown>)) {
        if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as SeveritySetting;
        else problems.push(`scherp.rules.${id}: expected "error", "warning", "info" or "off"`);
      }
      settings.rules = rules;
    } else problems.push('scherp.rules: expected an object of rule id → severity');
  }
  return { settings, problems };
}
