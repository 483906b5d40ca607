import type { LintConfig } from '@scherp/linter';
import { resolveConfig } from '@scherp/linter';
import type { ScherpSettings } from './settings.js';

/**
 * The configuration a document is linted with: the nearest config file, then the workspace settings on top
 * (severity overrides keep the file's rule options; the locale is the user's display choice).
 */
export function mergeConfig(file: LintConfig, settings: ScherpSettings): LintConfig {
  const merged: LintConfig = { ...file, locale: settings.locale };
  const overrides = Object.entries(settings.rules);
  if (overrides.length > 0) {
    const rules = { ...(file.rules ?? {}) };
    for (const [id, severity] of overrides) {
      const existing = rules[id];
      rules[id] = Array.isArray(existing) ? [severity, existing[1]] : severity;
    }
    merged.rules = rules;
  }
  return merged;
}

/**
 * Checks a configuration with the linter (unknown rules, bad options). On failure the document is still
 * checked, with the defaults in the user's locale, and the reason is returned to show to the user.
 */
export function validatedConfig(config: LintConfig): { config: LintConfig; error?: string } {
  try {
    resolveConfig(config);
    return { config };
  } catch (error) {
    const fallback: LintConfig = config.locale ? { locale: config.locale } : {};
    return { config: fallback, error: error instanceof Error ? error.message : String(error) };
  }
}
