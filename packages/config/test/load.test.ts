import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigFileError, ConfigLoader } from '../src/index.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'scherp-config-')));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

async function failure(loader: ConfigLoader, dir: string): Promise<ConfigFileError> {
  const error = await loader.inDirectory(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigFileError);
  return error as ConfigFileError;
}

describe('ConfigLoader', () => {
  const loader = new ConfigLoader({ jsTimeoutMs: 1500 });

  it('reads JSON with a byte order mark', async () => {
    const dir = await dirWith({ 'scherp.config.json': '\ufeff{ "locale": "en" }' });
    expect((await loader.inDirectory(dir))?.config).toEqual({ locale: 'en' });
  });

  it('names line and column of JSON, YAML and package.json syntax errors', async () => {
    const json = await failure(loader, await dirWith({ 'scherp.config.json': '{\n  "locale": "en",\n}' }));
    expect([json.line, json.column !== undefined]).toEqual([3, true]);
    const yaml = await failure(loader, await dirWith({ 'scherp.config.yaml': 'rules:\n  a: [\n' }));
    expect(yaml.line).toBeGreaterThan(0);
    const pkg = await failure(loader, await dirWith({ 'package.json': '{\n "scherp": {,}\n}' }));
    expect([path.basename(pkg.file), pkg.line, pkg.column]).toEqual(['package.json', 2, 13]);
  });

  it('reports a config name it cannot read instead of skipping it', async () => {
    const error = await failure(loader, await dirWith({ 'scherp.config.yaml/inside': '' }));
    expect(path.basename(error.file)).toBe('scherp.config.yaml');
  });

  it('stops a JavaScript config that loops and reports one that never settles', async () => {
    const loop = await failure(loader, await dirWith({ 'scherp.config.js': 'while (true) {}' }));
    expect(loop.text.en).toMatch(/did not load within 1.5 s/);
    const never = await failure(loader, await dirWith({ 'scherp.config.mjs': 'await new Promise(() => {});\nexport default {};' }));
    expect(never.text.en).toMatch(/never settles/);
  });

  it('names line and column of a JavaScript syntax error', async () => {
    const error = await failure(loader, await dirWith({ 'scherp.config.mjs': 'export default {\n  rules: { a b },\n};' }));
    expect([error.line, error.column]).toEqual([2, 14]);
  });

  it('loads ESM and CommonJS configs, and does not run them when JavaScript is not allowed', async () => {
    const esm = await dirWith({ 'scherp.config.mjs': 'export default { locale: "en" };' });
    const cjs = await dirWith({ 'scherp.config.cjs': 'module.exports = { locale: "nl" };' });
    expect((await loader.inDirectory(esm))?.config).toEqual({ locale: 'en' });
    expect((await loader.inDirectory(cjs))?.config).toEqual({ locale: 'nl' });
    const untrusted = await new ConfigLoader({ allowJavaScript: false }).inDirectory(await dirWith({ 'scherp.config.js': 'while (true) {}' }));
    expect(untrusted?.skipped).toBe('untrusted-javascript');
  });

  it('finds the nearest config upwards', async () => {
    const dir = await dirWith({ 'scherp.config.yaml': 'locale: en\n', 'a/b/doc.md': '' });
    expect((await loader.nearest(path.join(dir, 'a', 'b')))?.filepath).toBe(path.join(dir, 'scherp.config.yaml'));
  });
});
