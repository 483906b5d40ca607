import * as vscode from 'vscode';
// Only the report renderer, not the CLI's index (which pulls in its worker pool and commander).
import { renderReport } from '@scherp/cli/report';
import { strings } from './i18n.js';
import { readClientSettings } from './settings.js';
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
    const results = checked.map(({ uri, title, result }) => ({ filePath: uri.fsPath, title, ...result }));
    const baseDir = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const html = renderReport(results, { locale, generatedAt: new Date(), timeZone: 'Europe/Amsterdam', ...(baseDir ? { baseDir } : {}) });
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
