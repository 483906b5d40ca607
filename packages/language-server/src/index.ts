import { format } from 'node:util';
import type { Connection } from 'vscode-languageserver';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node.js';
import type { ResponseMessage } from 'vscode-languageserver';
import { FrameGuard } from './frame-guard.js';
import { fastJsonEncoder } from './publish.js';
import type { ScherpServer } from './server.js';
import { createServer } from './server.js';

export { createServer } from './server.js';
export type { ScherpServer } from './server.js';
export * from './protocol.js';
export type { ScherpSettings } from './settings.js';
export { defaultSettings, normalizeSettings, DEFAULT_DEBOUNCE_MS } from './settings.js';
export { CONFIG_FILE_NAMES, ConfigFileResolver, loadConfigFile } from './config-file.js';
export type { ConfigLookup } from './config-file.js';
export { mergeConfig, validatedConfig } from './effective-config.js';
export { toDiagnostic, spanToRange, DIAGNOSTIC_SOURCE } from './diagnostics.js';
export { DiagnosticsEncoder, DiagnosticsPayload, DiagnosticTailCache, fastJsonEncoder } from './publish.js';

const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

/**
 * Starts the server on `connection`, or on a connection chosen from the command line (`--stdio`,
 * `--node-ipc`, `--socket=<port>`, `--pipe=<name>`; stdio when none is given), and starts listening.
 */
export function startServer(connection?: Connection): ScherpServer {
  const transport = process.argv.find((arg) => TRANSPORT_FLAGS.some((f) => arg === f || arg.startsWith(`${f}=`)));
  const conn =
    connection ??
    (transport === undefined || transport === '--stdio' ? stdioConnection() : createConnection(ProposedFeatures.all));
  const server = createServer(conn);
  conn.listen();
  return server;
}

/**
 * stdio, with a writer whose encoder lets diagnostics payloads serialise themselves (see publish.ts). The rest
 * is what `--stdio` does by default: exit when the client closes stdin, and send console output to the
 * client's log (stdout carries the protocol).
 */
function stdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: fastJsonEncoder });
  // Malformed frames are answered with a parse error (JSON-RPC: id null) and skipped; see frame-guard.ts.
  const guard = new FrameGuard((reason) => {
    void writer.write({ jsonrpc: '2.0', id: null, error: { code: -32700, message: `Scherp: malformed message: ${reason}` } } as ResponseMessage);
  });
  const reader = new StreamMessageReader(process.stdin.pipe(guard));
  const conn = createConnection(ProposedFeatures.all, reader, writer);
  let shutdownReceived = false;
  conn.onShutdown(() => {
    shutdownReceived = true;
  });
  const exit = () => process.exit(shutdownReceived ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  const toLog = (level: 'log' | 'info' | 'warn' | 'error') => (...args: unknown[]) => conn.console[level](format(...args));
  console.log = toLog('log');
  console.info = toLog('info');
  console.debug = toLog('log');
  console.warn = toLog('warn');
  console.error = toLog('error');
  return conn;
}
