#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { startServer } from './index.js';

// Grow the heap by 30 % per step instead of V8's default (up to 4× under a high allocation rate): the first
// check of a large document allocates a lot of short-lived garbage, and the default let the server's peak RSS
// reach ≈ 400 MiB on a 1 MB document whose live heap is ≈ 60 MiB (see README, Memory). Set before any work;
// a value given on the command line wins.
if (!process.execArgv.some((a) => a.startsWith('--heap-growing-percent'))) setFlagsFromString('--heap-growing-percent=30');

// Bad input must never take the editor's server down: report and keep serving.
process.on('uncaughtException', (error) => {
  process.stderr.write(`scherp-language-server: ${error.stack ?? error.message}\n`);
});
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`scherp-language-server: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
});

startServer();
