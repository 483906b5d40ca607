/**
 * Worker-thread entry (built to dist/lint-worker.js): reads, parses and lints the files the pool sends.
 * Messages: in `{ id, task }`; out `{ id, outcome }` (a LintOutcome), or `{ id, error }` for an unexpected
 * failure.
 */
import { parentPort } from 'node:worker_threads';
import { lintOne, type LintTask } from './lint-one.js';

if (!parentPort) throw new Error('lint-worker must run in a worker thread');
const port = parentPort;

port.on('message', (message: { id: number; task: LintTask }) => {
  lintOne(message.task).then(
    (outcome) => port.postMessage({ id: message.id, outcome }),
    (error: unknown) =>
      port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
