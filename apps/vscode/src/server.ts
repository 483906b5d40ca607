// Entry point of dist/server.cjs: the language server bundled into the extension, so the .vsix needs no
// node_modules. VS Code starts it over stdio (`--stdio`), which startServer detects; stdout carries only the
// protocol, so diagnostics of the server itself go to stderr (the output channel).
import { startServer } from '@scherp/language-server';

// Bad input must never take the editor's server down: log to the output channel and keep serving.
process.on('uncaughtException', (error) => {
  process.stderr.write(`scherp-language-server: ${error.stack ?? error.message}\n`);
});
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`scherp-language-server: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
});

startServer();
