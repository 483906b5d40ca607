/**
 * The hostile corpus of issue #14 (scripts/hostile/cases.mjs) through the BUILT cli, one process per case:
 * each must end with exit 0, 1 or 2, without a stack trace or an internal error, and where the parser's
 * guards read a passage as plain text the `unparsed-markup` finding must say so. Times and memory are
 * measured by `npm run hostile`, not asserted here (the machine may be busy); the timeout only catches hangs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from '../../../scripts/hostile/cases.mjs';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const STACK = /\n\s+at .+(?::\d+:\d+|\(native\))/;
let dir: string;

beforeAll(async () => {
  if (!existsSync(bin)) spawnSync('npx', ['tsup'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'inherit' });
  dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'scherp-hostile-')));
});

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, pipeToHead = false): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      if (stdout.length < 100_000) stdout += d.toString('utf8');
      // `| head -c 10`: the reader goes away after ten bytes.
      if (pipeToHead) child.stdout.destroy();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Whether a (possibly very large) file contains `needle`, read as a stream. */
async function fileContains(file: string, needle: string): Promise<boolean> {
  let tail = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = tail + (chunk as string);
    if (text.includes(needle)) return true;
    tail = text.slice(-needle.length);
  }
  return false;
}

function expectClean(outcome: Outcome): void {
  expect([0, 1, 2]).toContain(outcome.code);
  expect(outcome.stderr).not.toMatch(STACK);
  expect(outcome.stderr).not.toMatch(/Interne fout|Internal error/);
}

describe('hostile documents', () => {
  for (const c of HOSTILE_CASES) {
    it(`${c.name}: ends cleanly${c.plain ? ' and reports the passage read as plain text' : ''}`, async () => {
      const file = path.join(dir, `${c.name}.md`);
      const out = path.join(dir, `${c.name}.json`);
      await fs.writeFile(file, c.build());
      const outcome = await cli(['lint', '-f', 'json', '-o', out, '--no-ignore', file], dir);
      expectClean(outcome);
      if (c.refused) expect(outcome).toMatchObject({ code: 2, stderr: expect.stringContaining(`${c.name}.md:`) });
      else expect(outcome.code).not.toBe(2);
      if (c.plain) expect(await fileContains(out, '"ruleId":"unparsed-markup"')).toBe(true);
      await fs.rm(file);
      await fs.rm(out, { force: true });
    }, 180_000);
  }
});

describe('hostile surroundings', () => {
  it('ends quietly when the reader of its output goes away (EPIPE)', async () => {
    const file = path.join(dir, 'many.md');
    await fs.writeFile(file, 'Er moet meer aandacht komen voor de zorg.\n\n'.repeat(20_000));
    const outcome = await cli(['lint', '-f', 'json', file], dir, true);
    expect(outcome.stderr).toBe('');
    expect([0, 1]).toContain(outcome.code);
  }, 120_000);

  it('walks a symbolic-link cycle once, also for a file named through it', async () => {
    const root = path.join(dir, 'cycle');
    await fs.mkdir(path.join(root, 'loop', 'a'), { recursive: true });
    await fs.writeFile(path.join(root, 'loop', 'a', 'doc.md'), 'De gemeente opent op 1 maart 2027 een loket.\n');
    await fs.symlink('..', path.join(root, 'loop', 'a', 'back'));
    await fs.symlink(path.join(root, 'loop'), path.join(root, 'loop', 'a', 'again'));
    const walked = await cli(['lint', '-f', 'json', 'loop'], root);
    expectClean(walked);
    const files = (JSON.parse(walked.stdout) as { filePath: string }[]).map((r) => r.filePath);
    expect(files.length).toBeGreaterThan(0);
    const named = await cli(['lint', '-f', 'json', 'loop/a/back/a/doc.md'], root);
    expectClean(named);
    expect(named.code).not.toBe(2);
  }, 60_000);

  const configCases: [string, Record<string, string>, RegExp][] = [
    ['a JS config that loops forever', { 'scherp.config.js': 'while (true) {}\n' }, /scherp\.config\.js: .*(5 s|loop)/],
    ['a JS config that never settles', { 'scherp.config.mjs': 'await new Promise(() => {});\nexport default {};\n' }, /scherp\.config\.mjs: .*(belofte|promise)/],
    ['a JS syntax error', { 'scherp.config.mjs': 'export default {\n  rules: { a b }\n};\n' }, /scherp\.config\.mjs:2:\d+: /],
    ['a syntax error in package.json', { 'package.json': '{\n  "name": "x",\n  "scherp": {,}\n}\n' }, /package\.json:3:\d+: .*JSON/],
    ['a YAML syntax error', { 'scherp.config.yaml': 'rules:\n  vague-term: [\n' }, /scherp\.config\.yaml:\d+:\d+: .*YAML/],
    ['a config that is a directory', { 'scherp.config.json/x': '' }, /scherp\.config\.json: /],
  ];
  for (const [name, files, message] of configCases) {
    it(`exits 2 naming the file for ${name}`, async () => {
      const root = await fs.mkdtemp(path.join(dir, 'config-'));
      for (const [rel, content] of Object.entries(files)) {
        await fs.mkdir(path.dirname(path.join(root, rel)), { recursive: true });
        await fs.writeFile(path.join(root, rel), content);
      }
      await fs.writeFile(path.join(root, 'doc.md'), 'Er moet meer aandacht komen.\n');
      const outcome = await cli(['lint', 'doc.md'], root);
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toMatch(message);
      expect(outcome.stderr).not.toMatch(STACK);
      expect(outcome.stdout).toBe('');
    }, 60_000);
  }

  it('accepts a UTF-8 byte order mark in a JSON config', async () => {
    const root = await fs.mkdtemp(path.join(dir, 'bom-'));
    await fs.writeFile(path.join(root, 'scherp.config.json'), '\ufeff{ "locale": "en" }\n');
    await fs.writeFile(path.join(root, 'doc.md'), 'Er moet meer aandacht komen voor de zorg.\n');
    const outcome = await cli(['lint', '-f', 'json', 'doc.md'], root);
    expectClean(outcome);
    expect(outcome.code).not.toBe(2);
  }, 60_000);
});
