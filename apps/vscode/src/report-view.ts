import * as vscode from 'vscode';
import { renderReport } from '@scherp/cli';
import { strings } from './i18n.js';
import { readClientSettings } from './settings.js';
import { toFileResults } from './file-results.js';
import type { WorkspaceChecker } from './workspace-lint.js';

/**
 * "Scherp: toon rapport": checks the workspace and shows the CLI's HTML report in a webview.
 * Scripts stay disabled: the report is static HTML with inline styles.
 */
export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly checker: WorkspaceChecker) {}

  async show(): Promise<void> {
    const checked = await this.checker.run();
    if (!checked) return;
    const locale = readClientSettings().locale;
    const html = renderReport(toFileResults(checked), { locale });
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('scherp.report', strings(locale).reportTitle, vscode.ViewColumn.Beside, {
        enableScripts: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = strings(locale).reportTitle;
    this.panel.webview.html = html;
    this.panel.reveal();
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
