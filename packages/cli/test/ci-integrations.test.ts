/**
 * The CI integrations in the repository root: the GitHub Action (action.yml and its entry script, run locally
 * on a fixture) and the pre-commit hook (.pre-commit-hooks.yaml, through `pre-commit try-repo` when pre-commit
 * is installed, else its command). They run the CLI this package builds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CONCRETE, VAGUE, project } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'packages/cli/dist/bin.js');
const ENTRY = path.join(ROOT, 'scripts/action/run.mjs');

function action(cwd: string, inputs: Record<string, string>) {
  const output = path.join(cwd, 'github-output.txt');
  writeFileSync(output, '');
  const env: Record<string, string> = { ...(process.env as Record<string, string>), GITHUB_OUTPUT: output, NO_COLOR: '1' };
  delete env.INPUT_VERSION;
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  const result = spawnSync(process.execPath, [ENTRY], { cwd, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs: readFileSync(output, 'utf8') };
}

describe('GitHub Action', () => {
  const manifest = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; steps: Array<{ run: string; env: Record<string, string> }> };
  };

  it('is a composite action with inputs for paths, format and config, passed on to its entry script', () => {
    expect(manifest.runs.using).toBe('composite');
    expect(Object.keys(manifest.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'config', 'output-file']));
    const [step] = manifest.runs.steps;
    expect(step!.run).toContain('scripts/action/run.mjs');
    for (const name of Object.keys(manifest.inputs)) {
      expect(step!.env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(manifest.outputs).toHaveProperty('exit-code');
  });

  it('annotates findings and fails on a vague note (exit-code output 1)', async () => {
    const cwd = await project({ 'docs/vaag.md': await VAGUE, 'docs/concreet.md': await CONCRETE });
    const run = action(cwd, { paths: 'docs', format: 'github' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::warning file=docs\/vaag\.md,line=\d+,col=\d+,.*title=scherp\/missing-owner::/m);
    expect(run.stdout).not.toMatch(/^::(warning|error) file=docs\/concreet\.md/m);
    expect(run.outputs).toBe('exit-code=1\n');
  });

  it('writes SARIF to the output file for upload to code scanning', async () => {
    const cwd = await project({ 'docs/vaag.md': await VAGUE });
    const run = action(cwd, { paths: 'docs/vaag.md', format: 'sarif', 'output-file': 'scherp.sarif' });
    expect(run.code).toBe(1);
    const log = JSON.parse(readFileSync(path.join(cwd, 'scherp.sarif'), 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it('uses the config input, and reports without failing when fail-on-findings is false', async () => {
    const cwd = await project({
      'docs/vaag.md': await VAGUE,
      'ci/scherp.json': JSON.stringify({ extends: [], rules: { hype: 'warning' } }),
    });
    const configured = action(cwd, { paths: 'docs', format: 'json', config: 'ci/scherp.json' });
    expect(configured.code).toBe(1);
    const [result] = JSON.parse(configured.stdout.slice(configured.stdout.indexOf('['))) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(new Set(result!.messages.map((m) => m.ruleId))).toEqual(new Set(['hype']));
    const lenient = action(cwd, { paths: 'docs', format: 'github', 'fail-on-findings': 'false' });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs).toBe('exit-code=1\n');
  });

  it("runs the CLI of its own checkout by default, a published version only when the version input names one", async () => {
    const { cliCommand } = (await import(pathToFileURL(ENTRY).href)) as {
      cliCommand: (args: string[], env: Record<string, string>, localCli?: () => string) => [string, string[]];
    };
    expect(existsSync(BIN)).toBe(true);
    expect(cliCommand(['lint', '.'], {})).toEqual([process.execPath, [BIN, 'lint', '.']]);
    expect(cliCommand(['lint', '.'], { INPUT_VERSION: ' 0.2.0 ' }, () => BIN)).toEqual(['npx', ['--yes', '@scherp/cli@0.2.0', 'lint', '.']]);
  });

  it('fails with a clear error on a bad input', async () => {
    const cwd = await project({ 'a.md': await VAGUE });
    const run = action(cwd, { format: 'pdf' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('::error title=Scherp::input "format": unknown format "pdf"');
  });
});

describe('pre-commit hook', () => {
  const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; args: string[]; files: string }>;
  const hook = hooks.find((h) => h.id === 'scherp')!;
  const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('is defined for Markdown and text files', () => {
    expect(hook.entry).toBe('scripts/pre-commit/scherp.sh');
    expect(new RegExp(hook.files).test('docs/advies.md')).toBe(true);
    expect(new RegExp(hook.files).test('src/index.ts')).toBe(false);
  });

  /** A git repository with one staged vague and one concrete note. */
  async function gitRepo(): Promise<string> {
    const cwd = await project({ 'vaag.md': await VAGUE, 'concreet.md': await CONCRETE });
    execFileSync('git', ['init', '-q'], { cwd });
    execFileSync('git', ['add', '.'], { cwd });
    return cwd;
  }

  // One test either way (never a skipped one): through pre-commit when it is installed, else the hook's command.
  it(
    hasPreCommit
      ? 'fails a commit with a vague note and passes a concrete one (pre-commit try-repo)'
      : "runs the hook's command on the files pre-commit would pass (pre-commit is not installed)",
    async () => {
      if (hasPreCommit) await viaPreCommit();
      else await viaCommand();
    },
    120_000,
  );

  async function viaPreCommit() {
    expect(existsSync(BIN)).toBe(true);
    const cwd = await gitRepo();
    // try-repo clones this checkout afresh on every run, where the hook would `npm ci` and build (minutes, twice);
    // it runs the CLI this package built instead. That first-run install is tested below with a stand-in npm,
    // and a real `npm ci` building the CLI is CI's own install step.
    const tryRepo = (file: string) =>
      spawnSync('pre-commit', ['try-repo', ROOT, 'scherp', '--files', file], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, SCHERP_PREBUILT_CLI: BIN, NO_COLOR: '1' },
      });
    const vague = tryRepo('vaag.md');
    expect(vague.status, vague.stdout + vague.stderr).toBe(1);
    expect(vague.stdout).not.toContain('first run');
    expect(vague.stdout).toMatch(/Scherp \(Nederlands beleidsadvies\)\.+Failed/);
    expect(vague.stdout).toContain('Dit advies mist: wie, wanneer');
    const concrete = tryRepo('concreet.md');
    expect(concrete.status, concrete.stdout + concrete.stderr).toBe(0);
    expect(concrete.stdout).toMatch(/Scherp \(Nederlands beleidsadvies\)\.+Passed/);
  }

  describe('first run in a copy without a built CLI', () => {
    /** A copy of scripts/shared with a stand-in `npm` first on PATH; `npmScript` is its body. */
    function copyWithNpm(npmScript: string) {
      const copy = mkdtempSync(path.join(os.tmpdir(), 'scherp-first-run-'));
      dirs.push(copy);
      mkdirSync(path.join(copy, 'scripts/shared'), { recursive: true });
      copyFileSync(path.join(ROOT, 'scripts/shared/local-cli.mjs'), path.join(copy, 'scripts/shared/local-cli.mjs'));
      mkdirSync(path.join(copy, 'fake-bin'));
      writeFileSync(path.join(copy, 'fake-bin/npm'), `#!/bin/sh\n${npmScript}\n`, { mode: 0o755 });
      const env = { ...process.env, PATH: `${path.join(copy, 'fake-bin')}${path.delimiter}${process.env.PATH}` } as Record<string, string>;
      delete env.SCHERP_PREBUILT_CLI;
      const run = (args: string[], extra: Record<string, string> = {}) =>
        spawnSync(process.execPath, [path.join(copy, 'scripts/shared/local-cli.mjs'), ...args], { cwd: copy, encoding: 'utf8', env: { ...env, ...extra } });
      return { copy, run };
    }

    it('runs `npm ci` in the copy, then the CLI it built with the arguments; later runs do not install', () => {
      // The stand-in "build" writes a bin that prints its arguments and exits 1, as a lint with findings does.
      const { copy, run } = copyWithNpm(
        '[ "$1" = ci ] || exit 9\necho "npm $*" >> npm-calls.txt\nmkdir -p packages/cli/dist\n' +
          'echo \'console.log("bin " + process.argv.slice(2).join(" ")); process.exit(1);\' > packages/cli/dist/bin.js',
      );
      const first = run(['lint', 'vaag.md']);
      expect(first.stderr).toContain('scherp: first run, installing and building in');
      expect(first.stdout).toBe('bin lint vaag.md\n');
      expect(first.status).toBe(1);
      const again = run(['lint', 'x.md']);
      expect(again.stderr).toBe('');
      expect(again.stdout).toBe('bin lint x.md\n');
      expect(readFileSync(path.join(copy, 'npm-calls.txt'), 'utf8').trim().split('\n')).toHaveLength(1);
    });

    it('exits 2 with a clear message when the install does not build the CLI, or a named prebuilt CLI is missing', () => {
      const { run } = copyWithNpm('exit 1');
      const failed = run(['lint', 'a.md']);
      expect(failed.status).toBe(2);
      expect(failed.stderr).toMatch(/scherp: npm ci in .* did not build .*bin\.js \(exit 1\)/);
      expect(failed.stderr).not.toMatch(/\n\s+at /);
      const missing = run(['lint', 'a.md'], { SCHERP_PREBUILT_CLI: '/nonexistent/bin.js' });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('SCHERP_PREBUILT_CLI names /nonexistent/bin.js, which does not exist');
    });
  });

  async function viaCommand() {
    // CI installs pre-commit and must not fall back here unnoticed.
    expect(process.env.SCHERP_REQUIRE_PRE_COMMIT, 'pre-commit is required in CI').toBeUndefined();
    expect(existsSync(BIN)).toBe(true);
    const cwd = await gitRepo();
    const entry = path.join(ROOT, hook.entry);
    const vague = spawnSync(entry, [...hook.args, 'vaag.md'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(vague.status).toBe(1);
    expect(vague.stdout).toContain('Dit advies mist: wie, wanneer');
    const concrete = spawnSync(entry, [...hook.args, 'concreet.md'], { cwd, encoding: 'utf8' });
    expect(concrete.status).toBe(0);
  }
});
