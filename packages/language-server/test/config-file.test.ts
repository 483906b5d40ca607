import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { ConfigFileResolver, loadConfigFile } from '../src/config-file.js';
import { mergeConfig, validatedConfig } from '../src/effective-config.js';
import { defaultSettings } from '../src/settings.js';

const root = mkdtempSync(path.join(tmpdir(), 'scherp-ls-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('config files', () => {
  it('finds the nearest config file walking up from the document', async () => {
    const outer = write('a/scherp.config.yaml', 'extends: strict\n');
    const inner = write('a/b/scherp.config.json', '{ "rules": { "missing-owner": "off" } }');
    const resolver = new ConfigFileResolver(() => false);
    expect((await resolver.lookup(path.join(root, 'a/b/c/doc.md'))).file).toBe(inner);
    expect((await resolver.lookup(path.join(root, 'a/doc.md'))).file).toBe(outer);
    expect((await resolver.lookup(path.join(root, 'a/b/doc.md'))).config).toEqual({ rules: { 'missing-owner': 'off' } });
  });

  it('reads the "scherp" key of a package.json, as the CLI does, and skips one without it', async () => {
    const withKey = write('pkg/package.json', JSON.stringify({ name: 'nota', scherp: { rules: { hype: 'off' } } }));
    write('pkg/plain/package.json', JSON.stringify({ name: 'zonder-scherp' }));
    const resolver = new ConfigFileResolver(() => false);
    const found = await resolver.lookup(path.join(root, 'pkg/plain/doc.md'));
    expect(found).toEqual({ config: { rules: { hype: 'off' } }, file: withKey });
  });

  it('skips JavaScript config files unless the workspace is trusted', async () => {
    const file = write('js/scherp.config.mjs', 'export default { extends: "strict" };\n');
    let trusted = false;
    const resolver = new ConfigFileResolver(() => trusted);
    const untrusted = await resolver.lookup(path.join(root, 'js/doc.md'));
    expect(untrusted).toEqual({ config: {}, file: null, untrustedFile: file });
    trusted = true;
    resolver.invalidate();
    expect((await resolver.lookup(path.join(root, 'js/doc.md'))).config).toEqual({ extends: 'strict' });
  });

  it('reports YAML syntax errors with file, line and column', async () => {
    const file = write('bad/scherp.config.yml', 'rules:\n  missing-owner: [off\n');
    const result = await loadConfigFile(file);
    expect(result.config).toEqual({});
    expect(result.error?.startsWith(`${file}:`)).toBe(true);
    expect(result.error).toMatch(/:\d+:\d+: \S/);
  });

  it('rejects what the CLI rejects, naming the file and the place, and lints with the defaults', async () => {
    const file = write('shape/scherp.config.json', JSON.stringify({ locale: 'en', rules: { 'long-sentence': ['warning', { max: 'dertig' }] } }));
    const found = await new ConfigFileResolver(() => false).lookup(path.join(root, 'shape/doc.md'));
    expect(found.config).toEqual({});
    expect(found.file).toBe(file);
    expect(found.error).toContain(`${file}: rules.long-sentence[1].max`);
    const typo = write('typo/scherp.config.yaml', 'rules:\n  missing-ownr: off\n');
    expect((await loadConfigFile(typo)).error).toContain('missing-ownr');
  });

  it('applies overrides for the document, as the CLI does', async () => {
    write(
      'over/scherp.config.json',
      JSON.stringify({ rules: { hype: 'error' }, overrides: [{ files: 'concept-*.md', rules: { hype: 'off' } }, { files: 'en/**', locale: 'en' }] }),
    );
    const resolver = new ConfigFileResolver(() => false);
    expect((await resolver.lookup(path.join(root, 'over/nota.md'))).config).toEqual({ rules: { hype: 'error' } });
    expect((await resolver.lookup(path.join(root, 'over/sub/concept-1.md'))).config).toEqual({ rules: { hype: 'off' } });
    expect((await resolver.lookup(path.join(root, 'over/en/note.md'))).config).toEqual({ rules: { hype: 'error' }, locale: 'en' });
  });

  it('lets settings override severities but keep rule options', () => {
    const merged = mergeConfig(
      { rules: { 'long-sentence': ['warning', { max: 30 }], 'missing-owner': 'error' } },
      { ...defaultSettings(), locale: 'en', rules: { 'long-sentence': 'info', 'missing-deadline': 'off' } },
    );
    expect(merged).toEqual({
      locale: 'en',
      rules: { 'long-sentence': ['info', { max: 30 }], 'missing-owner': 'error', 'missing-deadline': 'off' },
    });
  });

  it('falls back to the defaults when the linter rejects the configuration', () => {
    const { config, error } = validatedConfig({ locale: 'en', rules: { 'no-such-rule': 'error' } });
    expect(config).toEqual({ locale: 'en' });
    expect(error).toContain('no-such-rule');
  });
});
