import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LineIndex } from '@scherp/corpus';
import { lint, type LintResult } from '@scherp/linter';
import { parse, ParseError } from '@scherp/parser';
import {
  ConfigFileResolver,
  defaultSettings,
  mergeConfig,
  normalizeSettings,
  toDiagnostic,
  validatedConfig,
} from '@scherp/language-server';
import { strings } from './i18n.js';
import { readClientSettings, SECTION } from './settings.js';

export interface CheckedFile {
  uri: vscode.Uri;
  title: string;
  /** The text that was checked (an open document's unsaved text, otherwise the file on disk). */
  text: string;
  result: LintResult;
}

const EXCLUDE = '**/{node_modules,.git,dist,out,.harness}/**';
const MAX_FILES = 5000;

/** Markdown (and, when enabled, plain text) files in the workspace, in a stable order. */
export async function workspaceFiles(plainText: boolean): Promise<vscode.Uri[]> {
  const pattern = plainText ? '**/*.{md,markdown,txt}' : '**/*.{md,markdown}';
  const uris = await vscode.workspace.findFiles(pattern, EXCLUDE, MAX_FILES);
  return uris.sort((a, b) => a.toString().localeCompare(b.toString()));
}

async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * Checks every file with the same configuration the server would use for it (nearest config file plus the
 * `scherp` settings), so "controleer werkmap" and the live hints agree.
 */
export async function checkFiles(
  uris: readonly vscode.Uri[],
  token: vscode.CancellationToken,
  onParseError: (uri: vscode.Uri, error: ParseError) => void,
): Promise<CheckedFile[]> {
  const resolver = new ConfigFileResolver(() => vscode.workspace.isTrusted);
  const checked: CheckedFile[] = [];
  for (const uri of uris) {
    if (token.isCancellationRequested) break;
    const raw = vscode.workspace.getConfiguration(SECTION, uri);
    const { settings } = normalizeSettings(
      {
        locale: raw.get('locale'),
        rules: raw.get('rules'),
        plainText: raw.get('plainText'),
      },
      defaultSettings(),
    );
    const lookup = await resolver.lookup(uri.fsPath);
    const { config } = validatedConfig(mergeConfig(lookup.config, settings));
    const text = await readText(uri);
    try {
      const parsed = parse(text, { filePath: uri.fsPath });
      checked.push({ uri, title: parsed.document.title, text, result: lint(parsed, config) });
    } catch (error) {
      if (error instanceof ParseError) onParseError(uri, error);
      else throw error;
    }
    // Yield between files so a large workspace does not freeze other extensions.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return checked;
}

/**
 * "Scherp: controleer werkmap": findings of files that are not open go into their own collection (open
 * documents already have live diagnostics from the server; when one is opened its snapshot entry is dropped).
 */
export class WorkspaceChecker implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('scherp-werkmap');
  private readonly subscription = vscode.workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri));

  /** `client` starts the language client if needed: its converter turns LSP diagnostics into VS Code ones. */
  constructor(private readonly client: () => LanguageClient) {}

  async run(): Promise<CheckedFile[] | undefined> {
    const settings = readClientSettings();
    const t = strings(settings.locale);
    const uris = await workspaceFiles(settings.plainText);
    if (uris.length === 0) {
      void vscode.window.showInformationMessage(t.lintNoFiles);
      return [];
    }
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t.lintProgress, cancellable: true },
      async (_progress, token) => {
        this.collection.clear();
        const parseErrors: Array<[vscode.Uri, vscode.Diagnostic[]]> = [];
        const checked = await checkFiles(uris, token, (uri, error) => {
          const line = Math.max(0, (error.line ?? 1) - 1);
          const column = Math.max(0, (error.column ?? 1) - 1);
          const diagnostic = new vscode.Diagnostic(new vscode.Range(line, column, line, column), error.message);
          diagnostic.source = 'scherp';
          parseErrors.push([uri, [diagnostic]]);
        });
        if (token.isCancellationRequested) return undefined;
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        let findings = 0;
        const entries: Array<[vscode.Uri, vscode.Diagnostic[]]> = [...parseErrors];
        for (const file of checked) {
          findings += file.result.messages.length;
          if (open.has(file.uri.toString())) continue;
          entries.push([file.uri, await this.toDiagnostics(file)]);
        }
        this.collection.set(entries);
        void vscode.window.showInformationMessage(t.lintDone(uris.length, findings + parseErrors.length));
        return checked;
      },
    );
  }

  /** Converts like the server does (same code, docs link and message), then with the client's converter. */
  private toDiagnostics(file: CheckedFile): Promise<vscode.Diagnostic[]> {
    const lines = new LineIndex(file.text);
    const lsp = file.result.messages.map((m) => toDiagnostic(m, lines, 0));
    return this.client().protocol2CodeConverter.asDiagnostics(lsp);
  }

  dispose(): void {
    this.collection.dispose();
    this.subscription.dispose();
  }
}
