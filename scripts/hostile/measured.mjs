// Runs the built CLI in a child process and judges a hang by the child's CPU time, not by wall time: on a
// machine shared by many jobs a case that needs 3 s of CPU can take a minute of wall time, so a wall limit is
// either flaky or too loose to catch a loop. Used by scripts/hostile/run.mjs and the hostile tests.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMsOf } from '../shared/process-cpu.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CLI_BIN = path.resolve(here, '../../packages/cli/dist/bin.js');
// Reports peak memory and CPU time on exit through fd 3 (the exact figures of a finished child).
const PRELOAD = path.join(here, 'measure-preload.cjs');
const POLL_MS = 250;

/**
 * @param {string[]} args arguments of the CLI
 * @param {{ cwd: string, cpuBudgetMs?: number, wallLimitMs?: number, stdoutLimit?: number, closeStdout?: boolean, preload?: boolean }} options
 *   cpuBudgetMs: kill the child once it has used this much CPU (a hang); wallLimitMs: kill it once it has
 *   gone this long without using any CPU (stuck, e.g. waiting on a pipe; a child that merely waits for a
 *   core on a busy machine keeps advancing and is not killed), or after ten times that in all; stdoutLimit: characters of stdout kept; closeStdout: stop
 *   reading after the first chunk, as `| head -c 10` does; preload: load measure-preload.cjs for exact CPU time
 *   and peak memory (off when the working directory is what is tested: node reads the package.json there
 *   to resolve a preload, and throws on a broken one before the CLI runs).
 * @returns {Promise<import('./measured.d.mts').Measured>} never rejects
 */
export function runMeasured(args, { cwd, cpuBudgetMs = 60_000, wallLimitMs = 120_000, stdoutLimit = 100_000, closeStdout = false, preload = true }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...(preload ? ['-r', PRELOAD] : []), CLI_BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stdoutBytes = 0;
    let stderr = '';
    let report = '';
    /** @type {'cpu' | 'wall' | undefined} */
    let killed;
    let lastCpuMs;
    child.stdout.on('data', (d) => {
      stdoutBytes += d.length;
      if (stdout.length < stdoutLimit) stdout += d.toString('utf8');
      if (closeStdout) child.stdout.destroy();
    });
    child.stderr.on('data', (d) => (stderr += d.toString('utf8')));
    child.stdio[3].on('data', (d) => (report += d.toString('utf8')));
    const kill = (reason) => {
      killed ??= reason;
      child.kill('SIGKILL');
    };
    const wall = setTimeout(() => kill('wall'), wallLimitMs * 10);
    let progressAt = performance.now();
    const poll = setInterval(async () => {
      if (child.pid === undefined || child.exitCode !== null) return;
      const cpuMs = await cpuMsOf(child.pid);
      const now = performance.now();
      // Without /proc (not Linux) progress cannot be seen: only the overall limit applies.
      if (cpuMs === undefined || cpuMs !== lastCpuMs) progressAt = now;
      lastCpuMs = cpuMs ?? lastCpuMs;
      if (lastCpuMs !== undefined && lastCpuMs > cpuBudgetMs) kill('cpu');
      else if (now - progressAt > wallLimitMs) kill('wall');
    }, POLL_MS);
    let done = false;
    const finish = (code, signal, error) => {
      // A child that cannot be spawned reports 'error' and may then also report 'close'.
      if (done) return;
      done = true;
      clearTimeout(wall);
      clearInterval(poll);
      const [rssKiB, cpuUs] = report.split(' ').map(Number);
      resolve({
        code,
        signal,
        killed,
        error,
        wallMs: performance.now() - started,
        // The preload's figure when the child exited normally; the last polled one when it was killed.
        cpuMs: cpuUs ? cpuUs / 1000 : lastCpuMs,
        rssKiB: rssKiB || undefined,
        stdout,
        stdoutBytes,
        stderr,
      });
    };
    child.on('error', (error) => finish(null, null, error.message));
    child.on('close', (code, signal) => finish(code, signal, undefined));
  });
}

/** Runs `task` over `items` with at most `size` at a time; the promises settle in any order. */
export function inPool(items, size, task) {
  let next = 0;
  const results = items.map(() => {
    let settle = (_value) => {};
    let fail = (_error) => {};
    const promise = new Promise((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    // The caller may await only some of them (a filtered run): an unawaited failure is not unhandled.
    promise.catch(() => {});
    return { promise, settle, fail };
  });
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i].settle(await task(items[i], i));
      } catch (error) {
        results[i].fail(error);
      }
    }
  };
  for (let n = 0; n < Math.min(size, items.length); n++) void lane();
  return results.map((r) => r.promise);
}

/** Cores this process may use (os.availableParallelism respects CPU affinity). */
export const CORES = os.availableParallelism();
