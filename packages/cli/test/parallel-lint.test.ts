import { describe, expect, it } from 'vitest';
import { lintOne, lintParsed, readForTransfer, readOne, revive, type LintOutcome, type LintTask, type ReadOutcome } from '../src/lint/lint-one.js';
import { lintInParallel } from '../src/lint/parallel-lint.js';
import type { WorkerPool } from '../src/lint/worker-pool.js';
import { CONCRETE, VAGUE } from './helpers.js';

/**
 * A pool that does a worker's job in-process, with the thread boundary simulated by structuredClone (which
 * drops the LineIndex class the way postMessage does) and answers after `delay` ms (0: at once, before the
 * main thread's next turn), so the scheduler can be driven into each of its paths deterministically.
 */
function fakePool(size: number, delay: (kind: 'parse' | 'lint', task: LintTask) => number) {
  const requests: Array<{ kind: 'parse' | 'lint'; file: string }> = [];
  const answer = <T>(kind: 'parse' | 'lint', task: LintTask, work: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      requests.push({ kind, file: task.filePath });
      const settle = () => work().then((v) => resolve(structuredClone(v)), reject);
      const ms = delay(kind, task);
      if (ms === 0) void settle();
      else setTimeout(settle, ms);
    });
  const pool = {
    size,
    parse: (task: LintTask) => answer<ReadOutcome>('parse', task, () => readForTransfer(task)),
    lint: (task: LintTask) => answer<LintOutcome>('lint', task, () => lintOne(task)),
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
  it('lints what workers parsed on the main thread, with results equal to a serial run', async () => {
    const all = await tasks(10);
    const { pool, requests } = fakePool(1, () => 5);
    expect(await inParallel(all, pool)).toEqual(await serially(all));
    expect(requests.some((r) => r.kind === 'parse')).toBe(true);
    // The main thread took the rest itself.
    expect(requests.length).toBeLessThan(all.length);
  });

  it('lets workers lint too when parsed documents pile up on a busy main thread', async () => {
    const all = await tasks(40);
    // Instant workers: they parse faster than the main thread lints, so a backlog builds up.
    const { pool, requests } = fakePool(3, () => 0);
    expect(await inParallel(all, pool)).toEqual(await serially(all));
    expect(requests.some((r) => r.kind === 'lint')).toBe(true);
  });

  it('rebuilds the line index of a document that crossed threads', async () => {
    const [task] = (await tasks(1)) as [LintTask];
    const read = await readForTransfer(task);
    if (!read.ok) throw new Error('expected a parsed document');
    const revived = revive(structuredClone(read.parsed));
    const original = await readOne(task);
    if (!original.ok) throw new Error('expected a parsed document');
    const end = revived.source.length - 1;
    expect(revived.lines.positionAt(end)).toEqual(original.parsed.lines.positionAt(end));
    expect(lintParsed(task, revived)).toEqual(await lintOne(task));
  });

  it('fails when a worker fails, without waiting for the other files', async () => {
    const all = await tasks(6);
    const { pool } = fakePool(1, () => 1);
    (pool as unknown as { parse: () => Promise<never> }).parse = () => Promise.reject(new Error('worker kapot'));
    await expect(inParallel(all, pool)).rejects.toThrow('worker kapot');
  });
});
