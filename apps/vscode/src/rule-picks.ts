import type { Locale } from './i18n.js';

export interface RuleInfo {
  id: string;
  criterion: string;
  description: { nl: string; en: string };
}

export interface RulePick {
  label: string;
  description: string;
  detail: string;
  url: string;
}

/** Quick-pick entries for "Scherp: open regeldocumentatie", sorted by rule id. */
export function rulePicks(rules: readonly RuleInfo[], locale: Locale, docsUrl: (id: string) => string): RulePick[] {
  return [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule) => ({
      label: rule.id,
      description: rule.criterion,
      detail: rule.description[locale],
      url: docsUrl(rule.id),
    }));
}
