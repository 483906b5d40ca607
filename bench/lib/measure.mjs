// One measurement = one fresh `node` process: wall time from spawn to exit, and peak resident memory.
// Peak RSS comes from GNU time (`/usr/bin/time -f %M`, KiB) when present; otherwise from a tiny preload
// that reports `process.resourceUsage().maxRSS` at exit, so the figure exists on any platform.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);
const preload = fileURLToPath(new URL('./report-maxrss.cjs', import.meta.url));

export const rssSource = hasGnuTime ? 'GNU time %M' : 'process.resourceUsage().maxRSS';

/**
 * @param {{ argv: string[], cwd: string, okExitCodes: number[] }} options  argv excludes `node` itself.
 * @returns {Promise<{ ms: number, rssMiB: number, exitCode: number }>}
 */
export async function measure({ argv, cwd, okExitCodes }) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'scherp-bench-'));
  const rssFile = path.join(tmp, 'rss');
  try {
    const [command, args, env] = hasGnuTime
      ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...argv], process.env]
      : [process.execPath, ['--require', preload, ...argv], { ...process.env, SCHERP_BENCH_RSS_FILE: rssFile }];
    let stderr = '';
    const started = performance.now();
    const exitCode = await new Promise((resolve, reject) => {
      // stdout is discarded: we time the linting, not the terminal.
      const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr.on('data', (chunk) => {
        if (stderr.length < 4000) stderr += chunk;
      });
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? -1));
    });
    const ms = performance.now() - started;
    if (!okExitCodes.includes(exitCode)) {
      throw new Error(`\`node ${argv.join(' ')}\` exited with ${exitCode}:\n${stderr.slice(0, 2000)}`);
    }
    const kib = Number.parseInt((await readFile(rssFile, 'utf8')).trim().split('\n').pop() ?? '', 10);
    if (!Number.isFinite(kib)) throw new Error(`No peak RSS recorded for \`node ${argv.join(' ')}\``);
    return { ms, rssMiB: kib / 1024, exitCode };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
