import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CHECKED_SCHEMES, SYNCED_LANGUAGES } from './languages.js';
import { SECTION, type ClientSettings } from './settings.js';
import { TRUST_CHANGED_NOTIFICATION } from './protocol.js';
import { effectiveSection, serverSettingKeys } from './setting-keys.js';

/**
 * Starts the bundled language server (dist/server.cjs) over stdio: there the server writes each diagnostics
 * publish from cached, ASCII-only bytes (see the language server's publish.ts), which costs a fraction of
 * Node IPC's JSON round trip on long documents. The server reads the `scherp`
 * settings itself through `workspace/configuration`; `synchronize.configurationSection` tells it when
 * they change. It learns the Dutch keys from `settingKeys`; the middleware answers with each key's effective
 * value (an old English key that was not migrated still counts).
 */
export function createClient(context: vscode.ExtensionContext, settings: ClientSettings, log: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const documentSelector = SYNCED_LANGUAGES.flatMap((language) =>
    CHECKED_SCHEMES.map((scheme) => ({ language, scheme })),
  );
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: { configurationSection: SECTION },
    initializationOptions: {
      trusted: vscode.workspace.isTrusted,
      debounceMs: settings.debounceMs,
      locale: settings.locale,
      // "Turn off" and "docs" behind one quick-fix row; the menu is src/more-actions.ts.
      moreActionsMenu: true,
      settingKeys: serverSettingKeys(),
    },
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const answer = await next(params, token);
          if (!Array.isArray(answer)) return answer;
          return params.items.map((item, index) =>
            item.section === SECTION
              ? effectiveSection(vscode.workspace.getConfiguration(SECTION, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined))
              : answer[index],
          );
        },
      },
    },
    // The server reports bad settings or config files itself; do not pop the output channel on every hiccup.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // The extension's own "Scherp" channel (settings migration log), so there is one channel of that name.
    outputChannel: log,
  };
  return new LanguageClient('scherp', 'Scherp', serverOptions, clientOptions);
}

/** Workspace Trust can only be granted while VS Code runs (never revoked without a reload). */
export function forwardTrust(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => {
    const current = client();
    if (current?.isRunning()) void current.sendNotification(TRUST_CHANGED_NOTIFICATION, { trusted: true });
  });
}
