// One measurement = one fresh `node` process: wall time from spawn to exit, CPU time (user + system, all
// threads) and peak resident memory. CPU time and RSS come from GNU time (`/usr/bin/time -f '%M %U %S'`)
// when present; otherwise from a tiny preload that reports `process.resourceUsage()` at exit, so the figures
// exist on any platform. CPU time barely moves when other work competes for the machine; wall time does.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);
const preload = fileURLToPath(new URL('./report-maxrss.cjs', import.meta.url));
/** How much of each output stream is kept (head and tail) for validation and error messages. */
const KEEP = 8 * 1024;

export const rssSource = hasGnuTime ? 'GNU time' : 'process.resourceUsage()';

/** Keeps the first and the last KEEP characters of a stream without holding all of it. */
function capture(stream) {
  const state = { head: '', tail: '', total: 0 };
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    state.total += chunk.length;
    if (state.head.length < KEEP) state.head += chunk.slice(0, KEEP - state.head.length);
    state.tail = (state.tail + chunk).slice(-KEEP);
  });
  return () => (state.total <= KEEP ? state.head : `${state.head}\n…\n${state.tail}`);
}

/**
 * @param {{
 *   argv: (tmpDir: string) => string[],
 *   cwd: string,
 *   okExitCodes: number[],
 *   validate?: (run: { stdout: string, stderr: string, tmpDir: string }) => Promise<string | null> | string | null,
 * }} options  argv excludes `node` itself; `validate` returns why a run did not do the work, or null.
 * @returns {Promise<{ ms: number, cpuMs: number, rssMiB: number, exitCode: number }>}
 */
export async function measure({ argv: argvFor, cwd, okExitCodes, validate }) {
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'scherp-bench-'));
  const rssFile = path.join(tmpDir, 'rss');
  const argv = argvFor(tmpDir);
  const describe = () => `\`node ${argv.join(' ')}\``;
  try {
    const [command, args, env] = hasGnuTime
      ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...argv], process.env]
      : [process.execPath, ['--require', preload, ...argv], { ...process.env, SCHERP_BENCH_RSS_FILE: rssFile }];
    let stdout;
    let stderr;
    const started = performance.now();
    const exitCode = await new Promise((resolve, reject) => {
      // Output is drained (and only its ends kept): we time the linting, not a terminal.
      const child = spawn(command, args, { cwd, env: { ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      stdout = capture(child.stdout);
      stderr = capture(child.stderr);
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? -1));
    });
    const ms = performance.now() - started;
    if (!okExitCodes.includes(exitCode)) {
      throw new Error(`${describe()} exited with ${exitCode}:\n${stderr().slice(-2000)}`);
    }
    // An accepted exit code is not enough: "1 = findings" is also what a crash looks like.
    const problem = validate ? await validate({ stdout: stdout(), stderr: stderr(), tmpDir }) : null;
    if (problem) throw new Error(`${describe()} did not do the work: ${problem}\n${stderr().slice(-2000)}`);
    // GNU time puts "Command exited with non-zero status 1" on a line before the figures.
    const [kib, user, system] = (await readFile(rssFile, 'utf8')).trim().split('\n').pop().split(' ').map(Number);
    if (![kib, user, system].every(Number.isFinite)) throw new Error(`No resource usage recorded for ${describe()}`);
    return { ms, cpuMs: (user + system) * 1000, rssMiB: kib / 1024, exitCode };
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
  }
}
