import type { Locale } from '@scherp/corpus';
import type { RuleMeta } from '../types.js';

/** The base URL of the generated rule documentation. */
export const RULE_DOCS_BASE_URL = 'https://github.com/scherp-nl/scherp/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE_URL}${id}.md`;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

/** The text of one of a rule's messages in the requested locale (default Dutch). */
export function formatMessage(
  meta: RuleMeta,
  messageId: string,
  data: Readonly<Record<string, string | number>> = {},
  locale: Locale = 'nl',
): string {
  const template = meta.messages[messageId];
  if (!template) throw new Error(`Rule '${meta.id}' has no message '${messageId}'.`);
  return fillTemplate(template[locale], data);
}
