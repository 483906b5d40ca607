import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONCRETE, VAGUE, project, run } from './helpers.js';

const exec = promisify(execFile);
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

describe('exit codes', () => {
  it('exits 1 on a vague document and names its findings', async () => {
    const cwd = await project({ 'advies.md': await VAGUE });
    const result = await run(['lint', 'advies.md'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('advies.md');
    expect(result.stdout).toMatch(/\d+ problemen? \(\d+ fouten?, \d+ waarschuwingen?/);
  });

  it('exits 0 on a concrete document', async () => {
    const cwd = await project({ 'advies.md': await CONCRETE });
    const result = await run(['lint', 'advies.md', '--format', 'json'], { cwd });
    expect(result.stderr).toBe('');
    const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<{ severity: string; ruleId: string }> }>;
    expect(file?.messages.filter((m) => m.severity !== 'info')).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('exits 2 with one line naming the config file when the config is broken, without a stack trace', async () => {
    const cwd = await project({ 'advies.md': await CONCRETE, 'scherp.config.json': '{\n  "rules": {\n    "vague-term": "error",\n  }\n}\n' });
    const result = await run(['lint'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^scherp: Configuratiefout: scherp\.config\.json:4:3: ongeldige JSON/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the stack of the cause with --debug', async () => {
    const cwd = await project({ 'advies.md': await CONCRETE, 'scherp.config.js': 'throw new Error("kapot");\n', 'package.json': '{"type":"module"}' });
    const plain = await run(['lint'], { cwd });
    expect(plain.code).toBe(2);
    expect(plain.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(plain.stderr).toContain('scherp.config.js');
    const debug = await run(['lint', '--debug'], { cwd });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown option and on an unknown format', async () => {
    const cwd = await project({ 'advies.md': await CONCRETE });
    expect((await run(['lint', '--frobnicate'], { cwd })).code).toBe(2);
    const badFormat = await run(['lint', '--format', 'xml'], { cwd });
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('xml');
  });

  it('exits 0 for --help and --version', async () => {
    const cwd = await project({});
    const help = await run(['--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: scherp');
    expect(help.stdout).toContain('parse');
    const lintHelp = await run(['lint', '--help'], { cwd });
    expect(lintHelp.stdout).toContain('--max-warnings');
    expect(lintHelp.stdout).toContain('Exit codes');
    const parseHelp = await run(['parse', '--help'], { cwd });
    expect(parseHelp.code).toBe(0);
    expect(parseHelp.stdout).toContain('--full');
    const version = await run(['--version'], { cwd });
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the built bin', () => {
  beforeAll(async () => {
    // `npm test` builds first (turbo); a bare `vitest run` in a fresh clone builds here.
    if (!existsSync(BIN)) await exec('npx', ['tsup'], { cwd: PACKAGE_DIR });
  }, 120_000);

  const spawnBin = async (args: string[], cwd: string) => {
    try {
      const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('keeps the exit-code contract as a real process', async () => {
    const vague = await project({ 'advies.md': await VAGUE });
    expect((await spawnBin(['lint', 'advies.md'], vague)).code).toBe(1);
    const concrete = await project({ 'advies.md': await CONCRETE });
    expect((await spawnBin(['lint', 'advies.md'], concrete)).code).toBe(0);
    const broken = await project({ 'advies.md': await CONCRETE, 'scherp.config.yaml': 'rules:\n  vague-term: [error\n' });
    const result = await spawnBin(['advies.md'], broken);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/scherp\.config\.yaml:\d+:\d+/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
