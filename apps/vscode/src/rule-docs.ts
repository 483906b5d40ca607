import * as vscode from 'vscode';
import { ruleDocsUrl, rules } from '@scherp/linter';
import { strings } from './i18n.js';
import { rulePicks } from './rule-picks.js';
import { readClientSettings } from './settings.js';

/**
 * "Scherp: open regeldocumentatie". The rule list comes from the bundled linter, so it needs no running
 * server. A rule id may be passed as argument (e.g. from a keybinding) to skip the picker.
 */
export async function openRuleDocs(ruleId?: unknown): Promise<void> {
  const locale = readClientSettings().locale;
  const picks = rulePicks(
    rules.map((rule) => rule.meta),
    locale,
    ruleDocsUrl,
  );
  const chosen =
    typeof ruleId === 'string'
      ? picks.find((pick) => pick.label === ruleId)
      : await vscode.window.showQuickPick(picks, { placeHolder: strings(locale).pickRule, matchOnDetail: true });
  if (chosen) await vscode.env.openExternal(vscode.Uri.parse(chosen.url));
}
