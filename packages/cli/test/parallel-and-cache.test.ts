import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONCRETE, VAGUE, project, run } from './helpers.js';

const exec = promisify(execFile);
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));

async function manyFiles(count: number) {
  const files: Record<string, string> = {};
  const vague = await VAGUE;
  const concrete = await CONCRETE;
  for (let i = 0; i < count; i++) files[`docs/deel-${String(i).padStart(2, '0')}.md`] = i % 3 === 0 ? concrete : `${vague}\nOnderdeel ${i}: het bestuur moet dit zo snel mogelijk oppakken.\n`;
  return project(files);
}

describe('worker threads (built package)', () => {
  beforeAll(async () => {
    if (!existsSync(DIST)) await exec('npx', ['tsup'], { cwd: PACKAGE_DIR });
  }, 120_000);

  it('gives results identical to the serial path, in input order', async () => {
    // Workers only exist in the build: the source tree has no dist/lint-worker.js next to it.
    const { lintFiles, collectFiles } = (await import(DIST)) as typeof import('../src/index.js');
    const cwd = await manyFiles(24);
    const { files } = await collectFiles(['.'], { cwd });
    const serial = await lintFiles(files, { parallel: false });
    const parallel = await lintFiles(files, { parallel: 3 });
    expect(parallel.results.map((r) => r.filePath)).toEqual(files);
    expect(parallel).toEqual(serial);
    expect(serial.results.some((r) => r.messages.length > 0)).toBe(true);
  }, 60_000);

  it('reports unreadable files from workers as the serial path does, with one worker or several', async () => {
    const { lintFiles, collectFiles } = (await import(DIST)) as typeof import('../src/index.js');
    const cwd = await manyFiles(12);
    await fs.writeFile(path.join(cwd, 'docs/deel-05.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
    const { files } = await collectFiles(['.'], { cwd });
    const serial = await lintFiles(files, { parallel: false });
    expect(serial.failures.map((f) => path.basename(f.file))).toEqual(['deel-05.md']);
    for (const workers of [1, 2]) expect(await lintFiles(files, { parallel: workers })).toEqual(serial);
  }, 60_000);
});

describe('--cache', () => {
  it('reuses results of unchanged files and re-lints changed ones', async () => {
    const cwd = await project({ 'a.md': await VAGUE, 'b.md': await CONCRETE });
    const first = await run(['lint', '--cache', '-f', 'json'], { cwd });
    const cacheFile = path.join(cwd, '.scherpcache');
    const cache = JSON.parse(await fs.readFile(cacheFile, 'utf8')) as { version: string; entries: Record<string, { result: { messages: unknown[] } }> };
    expect(Object.keys(cache.entries).sort()).toEqual(['a.md', 'b.md']);

    // A planted cache entry proves the second run reads the cache instead of linting.
    cache.entries['a.md']!.result.messages = [];
    await fs.writeFile(cacheFile, JSON.stringify(cache));
    const second = await run(['lint', '--cache', '-f', 'json'], { cwd });
    expect(second.code).toBe(0);

    // A changed file is linted again.
    await fs.appendFile(path.join(cwd, 'a.md'), '\nNog een zin.\n');
    const third = await run(['lint', '--cache', '-f', 'json'], { cwd });
    expect(third.code).toBe(first.code);
    expect(third.code).toBe(1);

    // Another configuration is another key.
    await fs.writeFile(cacheFile, JSON.stringify(cache));
    expect((await run(['lint', '--cache', '--rule', 'hype:off'], { cwd })).code).toBe(1);
  });

  it('ignores a corrupt cache file and honours --cache-location', async () => {
    const cwd = await project({ 'a.md': await VAGUE, 'tmp/cache.json': 'niet json' });
    expect((await run(['lint', '--cache', '--cache-location', 'tmp/cache.json'], { cwd })).code).toBe(1);
    expect(JSON.parse(await fs.readFile(path.join(cwd, 'tmp/cache.json'), 'utf8'))).toHaveProperty('entries');
  });
});
