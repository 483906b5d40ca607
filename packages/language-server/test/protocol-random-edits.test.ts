/**
 * Random edit sequences over the protocol (incremental didChange): after every edit the published
 * diagnostics equal those of a fresh full lint of the client's text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writerView } from './helpers/writer-view.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, ensureBuilt, TestClient } from './helpers/lsp-client.js';
import { randomEdit, seededRandom } from './helpers/random-edits.js';

let client: TestClient;

beforeAll(async () => {
  ensureBuilt();
  client = await TestClient.start({ initializationOptions: { debounceMs: 0 } });
}, 60_000);
afterAll(async () => {
  await client?.stop();
});

const sources = [
  { name: 'advies.md', text: readFileSync(new URL('./fixtures/advies.md', import.meta.url), 'utf8') },
  { name: '004.md', text: readFileSync(path.join(corpusDir, '004_e1c446576967c7de.txt'), 'utf8') },
];

describe('random edits over the protocol', () => {
  for (const [index, source] of sources.entries()) {
    it(`keeps diagnostics equal to a fresh full lint: ${source.name}`, { timeout: 120_000 }, async () => {
      const filePath = `/tmp/scherp-random/${source.name}`;
      const uri = `file://${filePath}`;
      let mirror = TextDocument.create(uri, 'markdown', 1, source.text);
      await client.open(uri, source.text);
      await client.diagnosticsFor(uri, 1);
      const random = seededRandom(7 + index);
      for (let step = 0; step < 40; step++) {
        const edit = randomEdit(mirror.getText(), random);
        const change = {
          range: { start: mirror.positionAt(edit.start), end: mirror.positionAt(edit.end) },
          text: edit.insert,
        };
        const version = await client.change(uri, [change]);
        mirror = TextDocument.update(mirror, [change], version);
        expect(mirror.getText()).toBe(edit.text);
        const published = await client.diagnosticsFor(uri, version);
        const expected = writerView(edit.text, { format: 'markdown', filePath });
        expect(
          published.diagnostics.map((d) => [d.code, d.range, d.message, d.severity]),
          `step ${step}`,
        ).toEqual(
          expected.map((m) => [
            m.ruleId,
            {
              start: { line: m.span.start.line - 1, character: m.span.start.column - 1 },
              end: { line: m.span.end.line - 1, character: m.span.end.column - 1 },
            },
            m.message,
            { error: 1, warning: 2, info: 3 }[m.severity],
          ]),
        );
      }
    });
  }
});
