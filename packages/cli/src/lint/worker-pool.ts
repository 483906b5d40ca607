import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintOutcome, LintTask } from './lint-one.js';

type Outcome = LintOutcome;
type Reply = { id: number; outcome?: Outcome; error?: string };

/**
 * The worker script sits next to the bundled code in dist/. When running from source (tests import src/),
 * it does not exist and the caller lints serially: results are the same, only slower.
 */
export function workerScript(): URL | null {
  const url = new URL('./lint-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** A fixed set of worker threads taking requests from one queue, each answered by its own promise. */
export class WorkerPool {
  readonly #workers: Worker[] = [];
  readonly #pending = new Map<number, { resolve(o: Outcome): void; reject(e: Error): void }>();
  readonly #queue: Array<{ id: number; task: LintTask }> = [];
  /** One entry per request a worker can take now: a worker appears up to `depth` times. */
  readonly #idle: Worker[] = [];
  #nextId = 0;
  #closing = false;

  /**
   * `depth` requests are sent to a worker before it answers: with 2, a worker always has the next file in
   * hand when it finishes one, even while the main thread is too busy to answer its messages.
   */
  constructor(script: URL, size: number, depth = 1) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script);
      worker.on('message', (reply: Reply) => this.#settle(worker, reply));
      worker.on('error', (error) => this.#failAll(error));
      // A worker that dies without an 'error' event (out of memory, process.exit) must not leave tasks hanging.
      worker.on('exit', (code) => {
        if (code !== 0 && !this.#closing) this.#failAll(new Error(`lint worker stopped with exit code ${code}`));
      });
      this.#workers.push(worker);
    }
    for (let d = 0; d < depth; d++) this.#idle.push(...this.#workers);
  }

  get size(): number {
    return this.#workers.length;
  }

  /** Reads, parses and lints a file in a worker. */
  lint(task: LintTask): Promise<LintOutcome> {
    const id = this.#nextId++;
    const promise = new Promise<Outcome>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    this.#queue.push({ id, task });
    this.#dispatch();
    return promise;
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.shift() as Worker;
      worker.postMessage(this.#queue.shift());
    }
  }

  #settle(worker: Worker, reply: Reply): void {
    const pending = this.#pending.get(reply.id);
    this.#pending.delete(reply.id);
    this.#idle.push(worker);
    if (pending) {
      if (reply.outcome) pending.resolve(reply.outcome);
      else pending.reject(new Error(reply.error ?? 'lint worker failed'));
    }
    this.#dispatch();
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}
