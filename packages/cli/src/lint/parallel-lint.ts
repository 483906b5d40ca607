import { lintOne, lintParsed, revive, type LintOutcome, type LintTask, type ReadOutcome } from './lint-one.js';
import type { WorkerPool } from './worker-pool.js';

/** Requests in flight per worker: one being worked on, one waiting in the worker (see WorkerPool `depth`). */
export const DEPTH = 2;
/**
 * Parsed documents waiting for the main thread, per worker. Up to this many the main thread is only busy
 * with a file of its own; beyond it, it is the bottleneck (many workers), and further files are linted in
 * the workers as well, at the price of each worker analysing sentences the main thread has cached.
 */
const BACKLOG_PER_WORKER = 2 * DEPTH;

/**
 * Lints `todo` (indices into `tasks`) with the main thread and a pool of workers, calling `done` once per
 * file.
 *
 * Workers parse; the main thread lints what they parsed, and parses and lints files itself while nothing
 * is waiting. Parsing is the larger half of the work and needs no shared state; linting stays on one thread
 * so that all files share one sentence-analysis cache (repeated sentences — boilerplate, or a document
 * linted again — are analysed once), and results need no second trip across threads.
 */
export async function lintInParallel(
  tasks: readonly LintTask[],
  todo: readonly number[],
  pool: WorkerPool,
  done: (index: number, outcome: LintOutcome) => void,
): Promise<void> {
  let next = 0;
  const take = () => (next < todo.length ? (todo[next++] as number) : undefined);
  const parsed: Array<{ index: number; outcome: ReadOutcome }> = [];
  let finished = 0;
  let inFlight = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const finish = (index: number, outcome: LintOutcome) => {
    finished++;
    done(index, outcome);
  };

  const feed = () => {
    while (failure === undefined && inFlight < pool.size * DEPTH) {
      const index = take();
      if (index === undefined) return;
      inFlight++;
      const task = tasks[index] as LintTask;
      const settled = () => {
        inFlight--;
        feed();
        signal();
      };
      const failed = (error: unknown) => {
        failure ??= error;
        settled();
      };
      if (parsed.length >= BACKLOG_PER_WORKER * pool.size) {
        pool.lint(task).then((outcome) => {
          finish(index, outcome);
          settled();
        }, failed);
      } else {
        pool.parse(task).then((outcome) => {
          parsed.push({ index, outcome });
          settled();
        }, failed);
      }
    }
  };

  feed();
  while (finished < todo.length) {
    if (failure !== undefined) throw failure;
    const ready = parsed.shift();
    if (ready) {
      const { index, outcome } = ready;
      finish(index, outcome.ok ? lintParsed(tasks[index] as LintTask, revive(outcome.parsed), outcome.wordParagraphs) : outcome);
      // Let worker answers in, so their next requests go out before the next long synchronous lint.
      await new Promise<void>((resolve) => setImmediate(resolve));
      continue;
    }
    const index = take();
    if (index !== undefined) {
      finish(index, await lintOne(tasks[index] as LintTask));
      continue;
    }
    if (inFlight === 0 && parsed.length === 0) break;
    await new Promise<void>((resolve) => (wake = resolve));
  }
  if (failure !== undefined) throw failure;
}
