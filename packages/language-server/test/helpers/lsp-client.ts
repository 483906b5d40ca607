/**
 * A minimal LSP client for protocol tests: spawns the BUILT server (`node dist/bin.js --stdio`) and speaks
 * JSON-RPC to it, answering the requests a real editor answers (configuration, registration, messages).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import type {
  CodeAction,
  CodeActionParams,
  ConfigurationParams,
  Hover,
  InitializeParams,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const packageDir = fileURLToPath(new URL('../..', import.meta.url));
export const binPath = path.join(packageDir, 'dist', 'bin.js');
export const repoRoot = path.resolve(packageDir, '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');

/** Builds the package once if the test run was not preceded by `turbo run build`. */
export function ensureBuilt(): void {
  if (!existsSync(binPath)) execFileSync('npx', ['tsup'], { cwd: packageDir, stdio: 'ignore' });
}

export interface ClientOptions {
  initializationOptions?: Record<string, unknown>;
  /** The `scherp` settings section returned for `workspace/configuration`. */
  settings?: Record<string, unknown>;
  rootDir?: string;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
}

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly adviceChanged: Array<{ uri: string; version: number | null }> = [];
  readonly shownDocuments: string[] = [];
  readonly warnings: string[] = [];
  readonly log: string[] = [];
  settings: Record<string, unknown>;
  private readonly waiters = new Set<() => void>();
  private readonly versions = new Map<string, number>();

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [binPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new TestClient(child, connection, options);
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.published.push(params);
      client.notify();
    });
    connection.onNotification('scherp/adviceChanged', (params: { uri: string; version: number | null }) => {
      client.adviceChanged.push(params);
      client.notify();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      client.log.push(params.message);
    });
    connection.onRequest('workspace/configuration', (params: ConfigurationParams) =>
      params.items.map((item) => (item.section === 'scherp' ? client.settings : null)),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      client.warnings.push(params.message);
      client.notify();
      return null;
    });
    connection.onRequest('window/showDocument', (params: { uri: string }) => {
      client.shownDocuments.push(params.uri);
      return { success: true };
    });
    connection.listen();
    const root = options.rootDir ?? repoRoot;
    const init: InitializeParams = {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'test' }],
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        window: { showDocument: { support: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: {}, hover: {} },
      },
      initializationOptions: options.initializationOptions ?? {},
    };
    const result = (await connection.sendRequest('initialize', init)) as InitializeResult;
    void result;
    await connection.sendNotification('initialized', {});
    return client;
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves once `predicate` holds (checked now and after every notification); rejects after `timeoutMs`. */
  waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = predicate();
        if (value) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** The first diagnostics published for `uri` at `version` (or later than `after` publishes). */
  diagnosticsFor(uri: string, version: number, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.published.find((p) => p.uri === uri && p.version === version), timeoutMs);
  }

  lastPublished(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.filter((p) => p.uri === uri).at(-1);
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** Sends one change and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}
