import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LineIndex } from '@scherp/corpus';
import { adviceScopes, groupForWriters, lint, type LintResult, type WriterFinding } from '@scherp/linter';
import { parse, ParseError, readDocument, type ParsedDocument } from '@scherp/parser';
import {
  ConfigFileResolver,
  defaultSettings,
  mergeConfig,
  normalizeSettings,
  toDiagnostic,
  validatedConfig,
} from '@scherp/language-server';
import { strings, toLocale } from './i18n.js';
import { readClientSettings, SECTION } from './settings.js';
import { effectiveSection, serverSettingKeys } from './setting-keys.js';

export interface CheckedFile {
  uri: vscode.Uri;
  title: string;
  /** The text that was checked (an open document's unsaved text, otherwise the file on disk). */
  text: string;
  result: LintResult;
  /** What the Problems panel shows: the writer's view of `result`, as the server publishes for open documents. */
  findings: WriterFinding[];
}

const EXCLUDE = '**/{node_modules,.git,dist,out,.harness}/**';
const MAX_FILES = 5000;

/** Markdown (and, when enabled, plain text) files in the workspace, in a stable order. */
export async function workspaceFiles(plainText: boolean): Promise<vscode.Uri[]> {
  const pattern = plainText ? '**/*.{md,markdown,txt}' : '**/*.{md,markdown}';
  const uris = await vscode.workspace.findFiles(pattern, EXCLUDE, MAX_FILES);
  return uris.sort((a, b) => a.toString().localeCompare(b.toString()));
}

/**
 * An open document is checked as the user sees it (unsaved edits included); a closed file is read by the
 * parser, which rejects binary, oversized and wrongly encoded files with a ParseError naming file and position.
 */
async function parseFile(uri: vscode.Uri): Promise<ParsedDocument> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return parse(open.getText(), { filePath: uri.fsPath });
  return readDocument(uri.fsPath);
}

/**
 * Checks every file with the same configuration the server would use for it (nearest config file plus the
 * `scherp` settings), so "controleer werkmap" and the live hints agree.
 */
export async function checkFiles(
  uris: readonly vscode.Uri[],
  token: vscode.CancellationToken,
  onError: (uri: vscode.Uri, message: string, position?: { line?: number; column?: number }) => void,
): Promise<CheckedFile[]> {
  const resolver = new ConfigFileResolver(() => vscode.workspace.isTrusted);
  const checked: CheckedFile[] = [];
  for (const uri of uris) {
    if (token.isCancellationRequested) break;
    const raw = vscode.workspace.getConfiguration(SECTION, uri);
    const { settings } = normalizeSettings(effectiveSection(raw), defaultSettings(), serverSettingKeys());
    const lookup = await resolver.lookup(uri.fsPath);
    const { config } = validatedConfig(mergeConfig(lookup.config, settings));
    try {
      const parsed = await parseFile(uri);
      const result = lint(parsed, config);
      const findings = groupForWriters(result, { locale: toLocale(config.locale), scopes: adviceScopes(parsed.document) });
      checked.push({ uri, title: parsed.document.title, text: parsed.source, result, findings });
    } catch (error) {
      if (error instanceof ParseError) onError(uri, error.message, error);
      // Deleted or unreadable since the search: report it and go on with the other files.
      else onError(uri, strings(toLocale(config.locale)).readError(uri.fsPath, error instanceof Error ? error.message : String(error)));
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
        // A file that cannot be read or parsed gets one error diagnostic at the reported position.
        const parseErrors: Array<[vscode.Uri, vscode.Diagnostic[]]> = [];
        const checked = await checkFiles(uris, token, (uri, message, position) => {
          const line = Math.max(0, (position?.line ?? 1) - 1);
          const column = Math.max(0, (position?.column ?? 1) - 1);
          const diagnostic = new vscode.Diagnostic(new vscode.Range(line, column, line, column), message);
          diagnostic.source = 'scherp';
          parseErrors.push([uri, [diagnostic]]);
        });
        if (token.isCancellationRequested) return undefined;
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        let findings = 0;
        const entries: Array<[vscode.Uri, vscode.Diagnostic[]]> = [...parseErrors];
        for (const file of checked) {
          findings += file.findings.length;
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
    const lsp = file.findings.map((m) => toDiagnostic(m, lines, 0));
    return this.client().protocol2CodeConverter.asDiagnostics(lsp);
  }

  dispose(): void {
    this.collection.dispose();
    this.subscription.dispose();
  }
}
