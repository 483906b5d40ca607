/**
 * Debounce and stale results: rapid edits produce one check, and what is published last always belongs to
 * the final version.
 */
import { writerView } from './helpers/writer-view.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, TestClient } from './helpers/lsp-client.js';

const base = '# Advies\n\nHet vorige plan verscheen in 2020.\n';
const typed = ' Er moet meer aandacht komen voor innovatie.';

let client: TestClient | undefined;

beforeAll(() => ensureBuilt(), 60_000);
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

/** Types `typed` one character at a time at the end of line 3, without waiting in between. */
async function typeRapidly(c: TestClient, uri: string): Promise<{ version: number; text: string }> {
  let version = 1;
  let text = base;
  for (const [i, char] of [...typed].entries()) {
    const position = { line: 2, character: base.split('\n')[2]!.length + i };
    version = await c.change(uri, [{ range: { start: position, end: position }, text: char }]);
    const lines = text.split('\n');
    lines[2] += char;
    text = lines.join('\n');
  }
  return { version, text };
}

describe('debounce', () => {
  it('publishes once after a burst of edits, for the final version only', async () => {
    client = await TestClient.start({ settings: { debounceMs: 150 } });
    const uri = 'file:///tmp/scherp-debounce/a.md';
    await client.open(uri, base);
    await client.diagnosticsFor(uri, 1);
    const before = client.published.length;
    const { version, text } = await typeRapidly(client, uri);
    const final = await client.diagnosticsFor(uri, version);
    // Give a stray check for an older version time to show up, if there were one.
    await new Promise((r) => setTimeout(r, 400));
    const after = client.published.slice(before).filter((p) => p.uri === uri);
    expect(after.map((p) => p.version)).toEqual([version]);
    const expected = writerView(text, { format: 'markdown' });
    // The writer's view, as published (one finding per incomplete advice); its first piece's rule is the code.
    expect(final.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual(
      expected.map((m) => [m.ruleId, m.span.start.line - 1, m.span.start.column - 1]),
    );
    expect(expected.some((m) => m.ruleId === 'missing-owner')).toBe(true);
  });

  it('with debounceMs 0 never publishes an older version after a newer one', async () => {
    client = await TestClient.start({ initializationOptions: { debounceMs: 0 } });
    const uri = 'file:///tmp/scherp-debounce/b.md';
    await client.open(uri, base);
    const { version } = await typeRapidly(client, uri);
    await client.diagnosticsFor(uri, version);
    await new Promise((r) => setTimeout(r, 300));
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
    expect(versions.at(-1)).toBe(version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('checks only on save with run: onSave', async () => {
    client = await TestClient.start({ settings: { run: 'onSave', debounceMs: 0 } });
    const uri = 'file:///tmp/scherp-debounce/c.md';
    await client.open(uri, base);
    await client.diagnosticsFor(uri, 1);
    const { version } = await typeRapidly(client, uri);
    await new Promise((r) => setTimeout(r, 300));
    expect(client.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1]);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = await client.diagnosticsFor(uri, version);
    expect(saved.diagnostics.some((d) => d.code === 'missing-owner')).toBe(true);
  });
});
