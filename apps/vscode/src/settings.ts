import * as vscode from 'vscode';
import { toLocale, type Locale } from './i18n.js';
import { CHECKED_SCHEMES, checkedLanguages } from './languages.js';
import { effectiveValue } from './setting-keys.js';

export const SECTION = 'scherp';

/** The settings the client itself acts on; the server reads the whole `scherp` section on its own. */
export interface ClientSettings {
  enable: boolean;
  locale: Locale;
  plainText: boolean;
  debounceMs: number;
}

export function readClientSettings(): ClientSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const get = (name: Parameters<typeof effectiveValue>[1]) => effectiveValue(config, name);
  const debounceMs = get('debounceMs');
  return {
    enable: get('enable') !== false,
    locale: toLocale(get('locale')),
    plainText: get('plainText') === true,
    debounceMs: typeof debounceMs === 'number' && Number.isFinite(debounceMs) && debounceMs >= 0 ? debounceMs : 200,
  };
}

export function isChecked(document: vscode.TextDocument, settings: Pick<ClientSettings, 'plainText'>): boolean {
  return (
    (CHECKED_SCHEMES as readonly string[]).includes(document.uri.scheme) &&
    checkedLanguages(settings).includes(document.languageId)
  );
}
