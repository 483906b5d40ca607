/**
 * Worker-thread entry (built to dist/lint-worker.js): parses, or parses and lints, the files the pool sends.
 * Messages: in `{ id, kind, task }` with kind `parse` or `lint`; out `{ id, outcome }` (a ReadOutcome or a
 * LintOutcome), or `{ id, error }` for an unexpected failure.
 */
import { parentPort } from 'node:worker_threads';
import { lintOne, readForTransfer, type LintTask } from './lint-one.js';

if (!parentPort) throw new Error('lint-worker must run in a worker thread');
const port = parentPort;

port.on('message', (message: { id: number; kind: 'parse' | 'lint'; task: LintTask }) => {
  const work = message.kind === 'parse' ? readForTransfer(message.task) : lintOne(message.task);
  work.then(
    (outcome) => port.postMessage({ id: message.id, outcome }),
    (error: unknown) =>
      port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
