// The `scherp` CLI built from this checkout, for the GitHub Action and the pre-commit hook: both run from a
// copy of the repository (the action's ref, pre-commit's clone), so neither needs a published package.
// Run as a script, it builds when needed and runs the CLI with the given arguments.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const LOCAL_BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));

/**
 * The built bin; on first use `npm ci` in the checkout, whose `prepare` script builds the CLI.
 * SCHERP_PREBUILT_CLI names a bin built elsewhere to use instead of that first-run install: this repository's
 * own CI has just built the CLI, so its pre-commit test need not install and build it again in each of
 * pre-commit's fresh copies (minutes of the CI run).
 */
export function ensureLocalCli(env = process.env) {
  if (existsSync(LOCAL_BIN)) return LOCAL_BIN;
  const prebuilt = env.SCHERP_PREBUILT_CLI;
  if (prebuilt) {
    if (!existsSync(prebuilt)) throw new Error(`SCHERP_PREBUILT_CLI names ${prebuilt}, which does not exist`);
    return prebuilt;
  }
  console.error(`scherp: first run, installing and building in ${ROOT} …`);
  // Its output goes to stderr: stdout is the report (SARIF, JSON) a caller may capture.
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
  });
  if (install.error) throw new Error(`could not run npm ci in ${ROOT}: ${install.error.message}`);
  if (install.status !== 0 || !existsSync(LOCAL_BIN)) throw new Error(`npm ci in ${ROOT} did not build ${LOCAL_BIN} (exit ${install.status})`);
  return LOCAL_BIN;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let bin;
  try {
    bin = ensureLocalCli();
  } catch (error) {
    console.error(`scherp: ${error.message}`);
    process.exit(2);
  }
  const run = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 2);
}
