import { describe, expect, it } from 'vitest';
import { lintOne, type LintOutcome, type LintTask } from '../src/lint/lint-one.js';
import { lintInParallel } from '../src/lint/parallel-lint.js';
import type { WorkerPool } from '../src/lint/worker-pool.js';
import { CONCRETE, VAGUE } from './helpers.js';

/**
 * A pool that does a worker's job in-process, with the thread boundary simulated by structuredClone, and
 * answers after `delay` ms (0: at once, before the main thread's next turn), so the scheduler can be driven
 * into each of its paths deterministically.
 */
function fakePool(size: number, delay: (task: LintTask) => number) {
  const requests: string[] = [];
  const pool = {
    size,
    lint: (task: LintTask) =>
      new Promise<LintOutcome>((resolve, reject) => {
        requests.push(task.filePath);
        const settle = () => lintOne(task).then((v) => resolve(structuredClone(v)), reject);
        const ms = delay(task);
        if (ms === 0) void settle();
        else setTimeout(settle, ms);
      }),
  };
  return { pool: pool as unknown as WorkerPool, requests };
}

async function tasks(count: number): Promise<LintTask[]> {
  const vague = await VAGUE;
  const concrete = await CONCRETE;
  return Array.from({ length: count }, (_, i) => ({
    filePath: `/virtueel/deel-${i}.md`,
    config: {},
    source: i % 4 === 3 ? concrete : `${vague}\nOnderdeel ${i}: de gemeente moet dit zo snel mogelijk oppakken.\n`,
  }));
}

async function serially(all: LintTask[]): Promise<LintOutcome[]> {
  const out: LintOutcome[] = [];
  for (const task of all) out.push(await lintOne(task));
  return out;
}

async function inParallel(all: LintTask[], pool: WorkerPool): Promise<LintOutcome[]> {
  const out: LintOutcome[] = new Array(all.length);
  const order: number[] = [];
  await lintInParallel(all, all.map((_, i) => i), pool, (index, outcome) => {
    out[index] = outcome;
    order.push(index);
  });
  expect([...order].sort((a, b) => a - b)).toEqual(all.map((_, i) => i));
  return out;
}

describe('lintInParallel', () => {
  it('lints files in the workers and on the main thread, with results equal to a serial run', async () => {
    const all = await tasks(10);
    const { pool, requests } = fakePool(1, () => 5);
    expect(await inParallel(all, pool)).toEqual(await serially(all));
    expect(requests.length).toBeGreaterThan(0);
    // The main thread took the rest itself.
    expect(requests.length).toBeLessThan(all.length);
  });

  it('keeps every worker fed when the workers are faster than the main thread', async () => {
    const all = await tasks(40);
    const { pool, requests } = fakePool(3, () => 0);
    expect(await inParallel(all, pool)).toEqual(await serially(all));
    expect(requests.length).toBeGreaterThan(all.length / 2);
  });

  it('fails when a worker fails, without waiting for the other files', async () => {
    const all = await tasks(6);
    const { pool } = fakePool(1, () => 1);
    (pool as unknown as { lint: () => Promise<never> }).lint = () => Promise.reject(new Error('worker kapot'));
    await expect(inParallel(all, pool)).rejects.toThrow('worker kapot');
  });
});
