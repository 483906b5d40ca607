import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AdviceSource } from './advice-source.js';
import { ADVICE_VIEW_ID, AdviceTreeProvider, REVEAL_COMMAND, revealAdvice } from './advice-tree.js';
import { createClient, forwardTrust } from './client.js';
import { openExampleNote } from './example-note.js';
import { migrateSettings } from './migrate-settings.js';
import { showMoreActions } from './more-actions.js';
import { ReportView } from './report-view.js';
import { openRuleDocs } from './rule-docs.js';
import { isChecked, readClientSettings, SECTION } from './settings.js';
import { createStatusBar } from './status-bar.js';
import { WorkspaceChecker } from './workspace-lint.js';

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient> | undefined;

/**
 * The extension activates on Markdown and plain-text documents (activation events cannot depend on a
 * setting), but starts the server only once a document Scherp checks is open. The client then stays up for the
 * session: `scherp.aan` and `scherp.tekstbestanden` are applied by the server.
 */
export function activate(context: vscode.ExtensionContext): void {
  // One "Scherp" output channel for the extension's own log (the settings migration) and the language client's.
  const log = vscode.window.createOutputChannel('Scherp', { log: true });
  const remote = vscode.env.remoteName ? `, remote ${vscode.env.remoteName}` : '';
  log.info(`Scherp ${String(context.extension.packageJSON.version)} activated in ${vscode.env.appName}${remote}`);
  let settings = readClientSettings();
  void migrateSettings(settings.locale, log, 'activation');
  const checks = (document: vscode.TextDocument) => settings.enable && isChecked(document, settings);
  const source = new AdviceSource(checks);

  const ensureClient = (): Promise<LanguageClient> => {
    starting ??= (async () => {
      const created = createClient(context, settings, log);
      await created.start();
      client = created;
      source.setClient(created);
      return created;
    })().catch((error: unknown) => {
      starting = undefined;
      throw error;
    });
    return starting;
  };
  const startIfNeeded = () => {
    if (vscode.workspace.textDocuments.some(checks)) void ensureClient();
  };

  const checker = new WorkspaceChecker(() => {
    if (!client) throw new Error('Scherp: language client is not running');
    return client;
  });
  const report = new ReportView(checker);
  const tree = new AdviceTreeProvider(source, () => settings.locale);

  context.subscriptions.push(
    log,
    source,
    tree,
    checker,
    report,
    vscode.window.registerTreeDataProvider(ADVICE_VIEW_ID, tree),
    createStatusBar(source, () => settings.locale),
    forwardTrust(() => client),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (checks(document)) void ensureClient();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      // The server re-reads the settings itself (aan, tekstbestanden, controleren, taal, regels) and clears or re-checks
      // its diagnostics. Restarting the client here instead raced with its own configuration sync.
      settings = readClientSettings();
      void migrateSettings(settings.locale, log, 'settings changed');
      startIfNeeded();
      void source.refresh();
    }),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealAdvice),
    vscode.commands.registerCommand('scherp.lintWorkspace', async () => {
      await ensureClient();
      await checker.run();
    }),
    vscode.commands.registerCommand('scherp.showReport', async () => {
      await ensureClient();
      await report.show();
    }),
    vscode.commands.registerCommand('scherp.showRuleDocs', openRuleDocs),
    vscode.commands.registerCommand('scherp.openExample', openExampleNote),
    vscode.commands.registerCommand('scherp.moreActions', (argument: unknown) => showMoreActions(client, argument)),
  );
  startIfNeeded();
}

export async function deactivate(): Promise<void> {
  const running = starting;
  starting = undefined;
  client = undefined;
  if (running) await (await running.catch(() => undefined))?.stop();
}
