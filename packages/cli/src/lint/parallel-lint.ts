import { lintOne, type LintOutcome, type LintTask } from './lint-one.js';
import type { WorkerPool } from './worker-pool.js';

/** Requests in flight per worker: one being worked on, one waiting in the worker (see WorkerPool `depth`). */
export const DEPTH = 2;

/**
 * Lints `todo` (indices into `tasks`) with the main thread and a pool of workers, calling `done` once per
 * file.
 *
 * Every thread reads, parses and lints whole files: a lint is a pure function of the text and the
 * configuration, so nothing is shared between files, and only the results (not the parsed documents) cross
 * threads. The workers are kept fed with `DEPTH` files each; the main thread lints the next file itself
 * whenever no result is waiting.
 */
export async function lintInParallel(
  tasks: readonly LintTask[],
  todo: readonly number[],
  pool: WorkerPool,
  done: (index: number, outcome: LintOutcome) => void,
): Promise<void> {
  let next = 0;
  const take = () => (next < todo.length ? (todo[next++] as number) : undefined);
  let finished = 0;
  let inFlight = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const finish = (index: number, outcome: LintOutcome) => {
    finished++;
    done(index, outcome);
  };
  const feed = () => {
    while (failure === undefined && inFlight < pool.size * DEPTH) {
      const index = take();
      if (index === undefined) return;
      inFlight++;
      const settled = () => {
        inFlight--;
        feed();
        wake?.();
        wake = undefined;
      };
      pool.lint(tasks[index] as LintTask).then(
        (outcome) => {
          finish(index, outcome);
          settled();
        },
        (error: unknown) => {
          failure ??= error;
          settled();
        },
      );
    }
  };

  feed();
  while (finished < todo.length) {
    if (failure !== undefined) throw failure;
    const index = take();
    if (index !== undefined) {
      finish(index, await lintOne(tasks[index] as LintTask));
      // Let worker answers in, so their next files go out before the next long synchronous lint.
      await new Promise<void>((resolve) => setImmediate(resolve));
      continue;
    }
    if (inFlight === 0) break;
    await new Promise<void>((resolve) => (wake = resolve));
  }
  if (failure !== undefined) throw failure;
}
