#!/usr/bin/env node
import { startServer } from './index.js';

// Bad input must never take the editor's server down: report and keep serving.
process.on('uncaughtException', (error) => {
  process.stderr.write(`scherp-language-server: ${error.stack ?? error.message}\n`);
});
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`scherp-language-server: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
});

startServer();
