/**
 * End to end through `remark-cli`, the way users run it: `remark --use ./packages/remark-scherp/dist/index.js`.
 * Needs the built packages; `npm test` builds first (turbo), and a bare `vitest run` builds them here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const plugin = './packages/remark-scherp/dist/index.js';
const cli = path.join(root, 'node_modules/remark-cli/cli.js');
const dists = ['corpus', 'parser', 'linter', 'remark-scherp'].map((p) => path.join(root, 'packages', p, 'dist/index.js'));
let dir: string;

beforeAll(() => {
  if (!dists.every((d) => existsSync(d))) {
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=remark-scherp...'], { cwd: root, stdio: 'ignore' });
  }
  dir = mkdtempSync(path.join(tmpdir(), 'remark-scherp-'));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function remarkCli(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('remark-cli with remark-scherp', () => {
  it('prints Scherp warnings for vague advice and leaves the file alone', () => {
    const file = path.join(dir, 'advies.md');
    const text = '# Advies\n\nEr moet een nieuw loket komen.\n';
    writeFileSync(file, text);
    const result = remarkCli(['--use', plugin, '--no-stdout', '--no-color', file]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/3:\d+-3:\d+\s+warning\s+Wie voert dit uit\?/);
    expect(result.stderr).toContain('missing-owner');
    expect(result.stderr).toContain('scherp');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('fails the run (exit 1) when a finding has error severity', () => {
    const file = path.join(dir, 'fout.md');
    writeFileSync(file, 'Er moet een nieuw loket komen.\n');
    const result = remarkCli(['--use', `${plugin}=rules:{"missing-owner":"error"}`, '--no-stdout', '--no-color', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error\s+Wie voert dit uit\?/);
  });
});
