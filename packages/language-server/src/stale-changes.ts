import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The connection as `TextDocuments` should see it: a `didChange` whose version is not newer than the
 * document's current one (a client replaying or reordering edits) is dropped and reported, so an old text is
 * never checked and published over a newer one.
 */
export function withoutStaleChanges(connection: Connection, documents: TextDocuments<TextDocument>, onStale: (uri: string, version: number, current: number) => void): Connection {
  return new Proxy(connection, {
    get(target, property, receiver) {
      if (property === 'onDidChangeTextDocument') {
        return (handler: Parameters<Connection['onDidChangeTextDocument']>[0]) =>
          target.onDidChangeTextDocument((params) => {
            const current = documents.get(params.textDocument.uri);
            const version = params.textDocument.version;
            if (current && typeof version === 'number' && version <= current.version) {
              onStale(params.textDocument.uri, version, current.version);
              return;
            }
            handler(params);
          });
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
