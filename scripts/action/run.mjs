// Entry point of the GitHub Action (action.yml): turns the action's inputs into one `scherp lint` run.
// By default it runs the CLI of the action's own ref, built in the action's checkout on first use (no
// published package needed); the `version` input runs that version of @scherp/cli from npm instead.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureLocalCli } from '../shared/local-cli.mjs';

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

/** The program and arguments to run: a published version from npm, or this checkout's CLI (built if needed). */
export function cliCommand(args, env = process.env, localCli = ensureLocalCli) {
  const version = (env.INPUT_VERSION ?? '').trim();
  if (version) return ['npx', ['--yes', `@scherp/cli@${version}`, ...args]];
  return [process.execPath, [localCli(), ...args]];
}

function main() {
  let args, bin, argv;
  try {
    args = lintArguments();
    [bin, argv] = cliCommand(args);
  } catch (error) {
    console.log(`::error title=Scherp::${error.message}`);
    return 2;
  }
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
