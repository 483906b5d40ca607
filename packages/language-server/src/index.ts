import type { Connection } from 'vscode-languageserver';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import type { ScherpServer } from './server.js';
import { createServer } from './server.js';

export { createServer } from './server.js';
export type { ScherpServer } from './server.js';
export * from './protocol.js';
export type { ScherpSettings } from './settings.js';
export { defaultSettings, normalizeSettings, DEFAULT_DEBOUNCE_MS } from './settings.js';
export { CONFIG_FILE_NAMES, ConfigFileResolver, loadConfigFile, validateConfig } from './config-file.js';
export type { ConfigLookup } from './config-file.js';
export { mergeConfig, validatedConfig } from './effective-config.js';
export { toDiagnostic, spanToRange, DIAGNOSTIC_SOURCE } from './diagnostics.js';

const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

/**
 * Starts the server on `connection`, or on a connection chosen from the command line (`--stdio`,
 * `--node-ipc`, `--socket=<port>`, `--pipe=<name>`; stdio when none is given), and starts listening.
 */
export function startServer(connection?: Connection): ScherpServer {
  const hasTransportFlag = process.argv.some((arg) => TRANSPORT_FLAGS.some((f) => arg === f || arg.startsWith(`${f}=`)));
  const conn =
    connection ??
    (hasTransportFlag
      ? createConnection(ProposedFeatures.all)
      : createConnection(ProposedFeatures.all, process.stdin, process.stdout));
  const server = createServer(conn);
  conn.listen();
  return server;
}
