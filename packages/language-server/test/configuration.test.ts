/**
 * Configuration over the protocol: Workspace Trust for JavaScript config files, YAML config files picked up
 * when they change, and workspace settings.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, TestClient } from './helpers/lsp-client.js';

const text = '# Advies\n\nEr moet meer aandacht komen voor innovatie in de zorg.\n';
const dirs: string[] = [];
let client: TestClient | undefined;

beforeAll(() => ensureBuilt(), 60_000);
afterEach(async () => {
  await client?.stop();
  client = undefined;
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): { dir: string; uri: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'scherp-ls-ws-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return { dir, uri: pathToFileURL(path.join(dir, 'advies.md')).href };
}

const codes = (p: { diagnostics: Array<{ code?: string | number }> }) => p.diagnostics.map((d) => d.code);

describe('Workspace Trust', () => {
  it('ignores scherp.config.js in an untrusted workspace and loads it once trusted', async () => {
    const ws = workspace({ 'scherp.config.js': "module.exports = { rules: { 'missing-owner': 'off' } };\n" });
    client = await TestClient.start({ rootDir: ws.dir, initializationOptions: { trusted: false, debounceMs: 0 } });
    await client.open(ws.uri, text);
    const untrusted = await client.diagnosticsFor(ws.uri, 1);
    expect(codes(untrusted)).toContain('missing-owner');
    await client.waitFor(() => client!.warnings.find((w) => w.includes('scherp.config.js')));

    const before = client.published.length;
    await client.connection.sendNotification('scherp/trustChanged', { trusted: true });
    const trusted = await client.waitFor(() => client!.published.slice(before).find((p) => p.uri === ws.uri));
    expect(codes(trusted)).not.toContain('missing-owner');
    expect(codes(trusted).length).toBeGreaterThan(0);
  });

  it('loads scherp.config.js when trusted from the start', async () => {
    const ws = workspace({ 'scherp.config.js': "module.exports = { rules: { 'missing-owner': 'off' } };\n" });
    client = await TestClient.start({ rootDir: ws.dir, initializationOptions: { trusted: true, debounceMs: 0 } });
    await client.open(ws.uri, text);
    expect(codes(await client.diagnosticsFor(ws.uri, 1))).not.toContain('missing-owner');
  });
});

describe('config files and settings', () => {
  it('does not repeat a config-file warning when a setting changes, but does after the file changes', async () => {
    const ws = workspace({ 'scherp.config.js': "module.exports = { rules: { 'missing-owner': 'off' } };\n" });
    client = await TestClient.start({ rootDir: ws.dir, initializationOptions: { trusted: false, debounceMs: 0 } });
    await client.open(ws.uri, text);
    await client.diagnosticsFor(ws.uri, 1);
    const untrusted = () => client!.warnings.filter((w) => w.includes('scherp.config.js')).length;
    await client.waitFor(() => untrusted() === 1);
    const published = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => client!.published.length > published);
    expect(untrusted()).toBe(1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(ws.dir, 'scherp.config.js')).href, type: 2 }] });
    await client.waitFor(() => untrusted() === 2);
  });

  it('re-checks when a YAML config file changes on disk', async () => {
    const ws = workspace({});
    client = await TestClient.start({ rootDir: ws.dir, initializationOptions: { debounceMs: 0 } });
    await client.open(ws.uri, text);
    // The advice's missing pieces are one diagnostic: "Dit advies mist: wie, wanneer, …".
    const lacks = (p: { diagnostics: Array<{ message: string }> }) => p.diagnostics.find((d) => /^Dit advies mist/.test(d.message))?.message ?? '';
    expect(lacks(await client.diagnosticsFor(ws.uri, 1))).toMatch(/^Dit advies mist: wie, wanneer/);

    const configFile = path.join(ws.dir, 'scherp.config.yaml');
    writeFileSync(configFile, 'rules:\n  missing-deadline: "off"\n');
    const before = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(configFile).href, type: 1 }],
    });
    const after = await client.waitFor(() => client!.published.slice(before).find((p) => p.uri === ws.uri));
    expect(lacks(after)).not.toContain('wanneer');
    expect(lacks(after)).toMatch(/^Dit advies mist: wie/);
    expect(codes(after)).toContain('missing-owner');
  });

  it('reports a broken config file and still checks with the defaults', async () => {
    const ws = workspace({ 'scherp.config.json': '{ "rules": { "missing-owner": "loud" } }' });
    client = await TestClient.start({ rootDir: ws.dir, initializationOptions: { debounceMs: 0 } });
    await client.open(ws.uri, text);
    expect(codes(await client.diagnosticsFor(ws.uri, 1))).toContain('missing-owner');
    const warning = await client.waitFor(() => client!.warnings.find((w) => w.includes('scherp.config.json')));
    expect(warning).toMatch(/^Scherp kan de configuratie niet gebruiken/);
  });

  it('takes the locale from initializationOptions when the settings leave it out', async () => {
    const ws = workspace({});
    client = await TestClient.start({ rootDir: ws.dir, initializationOptions: { debounceMs: 0, locale: 'en' } });
    await client.open(ws.uri, text);
    const english = await client.diagnosticsFor(ws.uri, 1);
    expect(english.diagnostics.find((d) => d.code === 'missing-owner')?.message).toMatch(/^This advice lacks: who/);

    client.settings = { locale: 'nl' };
    const before = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const dutch = await client.waitFor(() => client!.published.slice(before).find((p) => p.uri === ws.uri));
    expect(dutch.diagnostics.find((d) => d.code === 'missing-owner')?.message).toMatch(/^Dit advies mist: wie/);
  });

  it('applies severity overrides and the locale from the workspace settings', async () => {
    const ws = workspace({});
    client = await TestClient.start({ rootDir: ws.dir, initializationOptions: { debounceMs: 0 } });
    await client.open(ws.uri, text);
    const dutch = await client.diagnosticsFor(ws.uri, 1);
    expect(codes(dutch)).toContain('missing-owner');

    client.settings = { locale: 'en', rules: { 'missing-owner': 'off', 'missing-deadline': 'error' } };
    const before = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const english = await client.waitFor(() => client!.published.slice(before).find((p) => p.uri === ws.uri));
    expect(codes(english)).not.toContain('missing-owner');
    // Now the advice's first missing piece is the deadline, an error: the one finding is an error, in English.
    const deadline = english.diagnostics.find((d) => d.code === 'missing-deadline')!;
    expect(deadline.severity).toBe(1);
    expect(deadline.message).toMatch(/^This advice lacks: when, measurable result/);
  });

  it('clears diagnostics when scherp.enable is turned off', async () => {
    const ws = workspace({});
    client = await TestClient.start({ rootDir: ws.dir, initializationOptions: { debounceMs: 0 } });
    await client.open(ws.uri, text);
    expect((await client.diagnosticsFor(ws.uri, 1)).diagnostics.length).toBeGreaterThan(0);
    client.settings = { enable: false };
    const before = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = await client.waitFor(() => client!.published.slice(before).find((p) => p.uri === ws.uri));
    expect(after.diagnostics).toEqual([]);
  });

  it("reads the client's own setting keys and names them in a warning", async () => {
    const ws = workspace({});
    client = await TestClient.start({
      rootDir: ws.dir,
      initializationOptions: { debounceMs: 0, settingKeys: { locale: 'taal', run: 'controleren' } },
      settings: { taal: 'en', controleren: 'altijd', locale: 'nl' },
    });
    await client.open(ws.uri, text);
    const english = await client.diagnosticsFor(ws.uri, 1);
    expect(english.diagnostics.find((d) => d.code === 'missing-owner')?.message).toMatch(/^This advice lacks: who/);
    const warning = await client.waitFor(() => client!.warnings.find((w) => w.includes('controleren')));
    expect(warning).toBe('scherp.controleren: expected "onType" or "onSave"');
  });
});

