/**
 * Hostile clients over the real protocol (the built server): malformed frames are answered and skipped,
 * never a wedge; stale versions are dropped; a document whose check fails recovers on the next edit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBuilt, TestClient } from './helpers/lsp-client.js';

const uri = 'file:///tmp/scherp-hostile-test/advies.md';
const VAGUE = 'Er moet meer aandacht komen voor innovatie in de zorg.';
const CONCRETE = 'De gemeente Utrecht opent op 1 maart 2027 twee extra loketten, omdat de wachttijd nu drie weken is.';

let client: TestClient | undefined;

afterEach(async () => {
  await client?.stop();
  client = undefined;
});

async function start(env?: Record<string, string>): Promise<{ client: TestClient; raw: () => string }> {
  ensureBuilt();
  const c = await TestClient.start({ initializationOptions: { debounceMs: 0 }, ...(env ? { env } : {}) });
  client = c;
  let raw = '';
  c.process.stdout!.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
  return { client: c, raw: () => raw };
}

/** Waits for a state of the raw output (polled: raw bytes trigger no client notification). */
async function until(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The server still answers: a hover request comes back (null or a hover), within the wait. */
async function answers(c: TestClient): Promise<boolean> {
  await c.hover(uri, 0, 0);
  return true;
}

describe('malformed frames', () => {
  for (const [name, frame] of [
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}'],
    ['a huge Content-Length', 'Content-Length: 99999999999\r\n\r\n{}'],
    ['a header line without a colon', 'Content-Length: 2\r\nnonsense\r\n\r\n{}'],
    ['a body that is not JSON', 'Content-Length: 5\r\n\r\n{oops'],
    ['bytes without any header', 'garbage garbage\r\n\r\n'],
  ] as const) {
    it(`answers ${name} with a parse error and keeps serving`, async () => {
      const { client: c, raw } = await start();
      await c.open(uri, `${VAGUE}\n`);
      await c.diagnosticsFor(uri, 1);
      c.process.stdin!.write(frame);
      await until(() => raw().includes('"code":-32700'));
      expect(raw()).toMatch(/Scherp: malformed message/);
      expect(await answers(c)).toBe(true);
      // And documents still get checked after the bad frame.
      const version = await c.change(uri, [{ text: `${CONCRETE}\n` }]);
      const published = await c.diagnosticsFor(uri, version);
      expect(published.version).toBe(version);
    });
  }

  it('reassembles good frames split across writes after a bad one', async () => {
    const { client: c, raw } = await start();
    c.process.stdin!.write('Content-Length: x\r\n\r\n');
    await until(() => raw().includes('"code":-32700'));
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: `${VAGUE}\n` } } });
    const frame = `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    c.process.stdin!.write(frame.slice(0, 10));
    c.process.stdin!.write(frame.slice(10, 40));
    c.process.stdin!.write(frame.slice(40));
    const published = await c.diagnosticsFor(uri, 1);
    expect(published.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('document versions', () => {
  it('drops a change whose version is older than the current one', async () => {
    const { client: c } = await start();
    await c.open(uri, `${CONCRETE}\n`);
    await c.diagnosticsFor(uri, 1);
    await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: `${CONCRETE}\n\n${CONCRETE}\n` }] });
    const five = await c.diagnosticsFor(uri, 5);
    // An older version arrives late: it must be neither applied nor published.
    await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: `${VAGUE}\n` }] });
    await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 6 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }] });
    const six = await c.diagnosticsFor(uri, 6);
    expect(c.published.some((p) => p.uri === uri && p.version === 3)).toBe(false);
    // Version 6 was applied to version 5's text, not to the stale one.
    expect(six.diagnostics.map((d) => d.code)).toEqual(five.diagnostics.map((d) => d.code));
    expect(c.log.some((l) => /version 3 ignored/.test(l))).toBe(true);
  });
});

describe('a failing check', () => {
  it('is reported on the document, and the next edit checks it again', async () => {
    const { client: c } = await start({ SCHERP_LANGUAGE_SERVER_FAULT: 'BREAK-HERE' });
    await c.open(uri, `${VAGUE} BREAK-HERE\n`);
    const failed = await c.diagnosticsFor(uri, 1);
    expect(failed.diagnostics).toHaveLength(1);
    expect(failed.diagnostics[0]?.code).toBe('check-failed');
    const version = await c.change(uri, [{ text: `${VAGUE}\n` }]);
    const recovered = await c.diagnosticsFor(uri, version);
    expect(recovered.diagnostics.length).toBeGreaterThan(0);
    expect(recovered.diagnostics.some((d) => d.code === 'check-failed')).toBe(false);
  });
});

describe('changes that do not fit', () => {
  it('ignores a change for a document that was never opened, and keeps serving', async () => {
    const { client: c } = await start();
    const other = 'file:///tmp/scherp-hostile-test/nooit-geopend.md';
    await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri: other, version: 2 }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } }, text: 'x' }] });
    await c.open(uri, `${VAGUE}\n`);
    const published = await c.diagnosticsFor(uri, 1);
    expect(published.diagnostics.length).toBeGreaterThan(0);
    expect(c.published.some((p) => p.uri === other)).toBe(false);
  });

  it('survives edit ranges past the end of the document and checks the result', async () => {
    const { client: c } = await start();
    await c.open(uri, `${CONCRETE}\n`);
    await c.diagnosticsFor(uri, 1);
    await c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 9_999, character: 5 }, end: { line: 10_000, character: 99 } }, text: `\n${VAGUE}\n` }],
    });
    const two = await c.diagnosticsFor(uri, 2);
    expect(two.version).toBe(2);
    // The text landed at the end (positions past it are clamped), so the vague sentence is found.
    expect(two.diagnostics.length).toBeGreaterThan(0);
    expect(await answers(c)).toBe(true);
  });
});
