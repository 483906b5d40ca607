// Entry point of the GitHub Action (action.yml): turns the action's inputs into one `scherp lint` run.
// Runs `npx --yes @scherp/cli@<version>` (the action's own version unless `version` is given). For tests,
// SCHERP_ACTION_CLI names a local bin to run with node instead, so the script is exercised without the registry.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const input = (name) => (process.env[`INPUT_${name}`] ?? '').trim();

/** The CLI arguments for the inputs; throws with a message naming the input when one is invalid. */
export function lintArguments(env = process.env) {
  const get = (name) => (env[`INPUT_${name}`] ?? '').trim();
  const paths = get('PATHS').split(/\s+/).filter(Boolean);
  const args = ['lint', ...(paths.length > 0 ? paths : ['.'])];
  const format = get('FORMAT') || 'github';
  if (!['github', 'sarif', 'json', 'gitlab', 'junit', 'stylish'].includes(format)) {
    throw new Error(`input "format": unknown format "${format}" (github, sarif, json, gitlab, junit or stylish)`);
  }
  args.push('--format', format);
  if (get('CONFIG')) args.push('--config', get('CONFIG'));
  if (get('OUTPUT_FILE')) args.push('--output-file', get('OUTPUT_FILE'));
  const max = get('MAX_WARNINGS');
  if (max) {
    if (!/^\d+$/.test(max)) throw new Error(`input "max-warnings": expected a whole number, got "${max}"`);
    args.push('--max-warnings', max);
  }
  return args;
}

function command(args) {
  const local = process.env.SCHERP_ACTION_CLI;
  if (local) return [process.execPath, [local, ...args]];
  const own = JSON.parse(readFileSync(fileURLToPath(new URL('../../packages/cli/package.json', import.meta.url)), 'utf8')).version;
  return ['npx', ['--yes', `@scherp/cli@${input('VERSION') || own}`, ...args]];
}

function main() {
  let args;
  try {
    args = lintArguments();
  } catch (error) {
    console.log(`::error title=Scherp::${error.message}`);
    return 2;
  }
  const [bin, argv] = command(args);
  console.log(`scherp ${args.join(' ')}`);
  const { status, error } = spawnSync(bin, argv, { stdio: 'inherit' });
  if (error) {
    console.log(`::error title=Scherp::could not start ${bin}: ${error.message}`);
    return 2;
  }
  const code = status ?? 2;
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `exit-code=${code}\n`);
  // Findings (1) may be reported without failing the step; usage and configuration errors (2) always fail.
  if (code === 1 && input('FAIL_ON_FINDINGS') === 'false') return 0;
  return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main());
