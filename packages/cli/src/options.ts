import type { Locale } from '@scherp/corpus';
import { rules, type RuleSetting, type SeveritySetting } from '@scherp/linter';
import { CliError, msg } from './errors.js';

const SEVERITIES: Record<string, SeveritySetting> = {
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  info: 'info',
  off: 'off',
};

/** `--rule id:severity` (repeatable) → rule settings; an unknown rule or severity is a usage error. */
export function parseRuleOptions(specs: readonly string[]): Record<string, RuleSetting> {
  const known = new Set(rules.map((r) => r.meta.id));
  const result: Record<string, RuleSetting> = {};
  for (const spec of specs) {
    const colon = spec.lastIndexOf(':');
    if (colon <= 0) {
      throw new CliError(
        'usage',
        msg(
          `‘${spec}’ is geen geldige --rule; gebruik regel-id:ernst, bijvoorbeeld missing-owner:error`,
          `‘${spec}’ is not a valid --rule; use rule-id:severity, for example missing-owner:error`,
        ),
      );
    }
    const id = spec.slice(0, colon).trim();
    const severity = SEVERITIES[spec.slice(colon + 1).trim().toLowerCase()];
    if (!known.has(id)) {
      throw new CliError('usage', msg(`onbekende regel ‘${id}’ (zie scherp lint --list-rules)`, `unknown rule ‘${id}’ (see scherp lint --list-rules)`));
    }
    if (!severity) {
      const given = spec.slice(colon + 1);
      throw new CliError('usage', msg(`onbekende ernst ‘${given}’ (gebruik error, warning, info of off)`, `unknown severity ‘${given}’ (use error, warning, info or off)`));
    }
    result[id] = severity;
  }
  return result;
}

export function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (value === 'nl' || value === 'en') return value;
  throw new CliError('usage', msg(`onbekende taal ‘${value}’ (gebruik nl of en)`, `unknown locale ‘${value}’ (use nl or en)`));
}

export function parseCount(option: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new CliError('usage', msg(`${option} verwacht een geheel getal ≥ 0, niet ‘${value}’`, `${option} expects a whole number ≥ 0, not ‘${value}’`));
  }
  return Number(value);
}

/** Commander collects repeatable options through this. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];
