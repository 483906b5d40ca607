import * as vscode from 'vscode';
import type { AdviceSource } from './advice-source.js';
import { ADVICE_VIEW_ID } from './advice-tree.js';
import { strings, type Locale } from './i18n.js';
import { statusText } from './status-text.js';

/** "Scherp 7/12 adviezen concreet" for the active document; a click focuses the "Adviezen" view. */
export function createStatusBar(source: AdviceSource, locale: () => Locale): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('scherp.score', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Scherp';
  item.command = `${ADVICE_VIEW_ID}.focus`;
  const update = () => {
    const current = source.value;
    if (!current) {
      item.hide();
      return;
    }
    item.text = statusText(current.score, locale());
    item.tooltip = strings(locale()).statusTooltip;
    item.show();
  };
  const subscription = source.onDidChange(update);
  update();
  return vscode.Disposable.from(item, subscription);
}
