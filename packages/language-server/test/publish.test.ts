import { lint } from '@scherp/linter';
import { parse } from '@scherp/parser';
import { describe, expect, it } from 'vitest';
import { toDiagnostic } from '../src/diagnostics.js';
import type { LintMessage } from '@scherp/linter';
import { asciiJson, DiagnosticsEncoder, DiagnosticsPayload, DiagnosticTailCache, fastJsonEncoder } from '../src/publish.js';

/** True when every byte is ASCII. */
const isAscii = (bytes: Uint8Array) => bytes.every((b) => b < 128);

// Own example text: vague words, a long line, a heading, non-ASCII characters (ë, é, —, “”) in messages and text.
const text = [
  '# Regie op de “digitale” overheid',
  '',
  'Er moet een centraal loket komen — de gemeente gaat dit zo snel mogelijk realiseren via diverse ideeën.',
  '',
  '- Wij gaan volop inzetten op innovatie en samenwerking, teneinde de dienstverlening te optimaliseren.',
  '',
  `${'Dit is een heel lange zin met veel woorden die maar doorgaat, '.repeat(12)}en eindigt hier.`,
].join('\n');

const messages = lint(parse(text, { format: 'markdown' }), { extends: 'strict' }).messages;

describe('DiagnosticsPayload', () => {
  it('has findings of several rules and severities to encode', () => {
    expect(new Set(messages.map((m) => m.ruleId)).size).toBeGreaterThan(2);
    expect(new Set(messages.map((m) => m.severity)).size).toBeGreaterThan(1);
  });

  it('encodes exactly JSON.stringify of the plain notification with non-ASCII escaped, also with a warm cache', () => {
    const encoder = new DiagnosticsEncoder(new DiagnosticTailCache());
    for (let round = 0; round < 2; round++) {
      const payload = new DiagnosticsPayload('file:///tmp/nota ë.md', 7 + round, messages, encoder);
      const plain = {
        jsonrpc: '2.0',
        method: 'textDocument/publishDiagnostics',
        params: { uri: payload.uri, version: payload.version, diagnostics: messages.map((m) => toDiagnostic(m)) },
      };
      const bytes = payload.encodeNotification('2.0');
      expect(isAscii(bytes)).toBe(true);
      expect(bytes.toString('latin1')).toBe(asciiJson(JSON.stringify(plain)));
      // The same JSON value.
      expect(JSON.parse(bytes.toString('utf8'))).toEqual(plain);
      // Other transports serialise it with JSON.stringify: same JSON.
      expect(JSON.stringify({ jsonrpc: '2.0', method: plain.method, params: payload })).toBe(JSON.stringify(plain));
    }
  });

  it('exposes the diagnostics as objects and encodes an empty list', () => {
    const payload = new DiagnosticsPayload('file:///a.md', 1, messages, new DiagnosticsEncoder());
    expect(payload.diagnostics).toEqual(messages.map((m) => toDiagnostic(m)));
    const empty = new DiagnosticsPayload('file:///a.md', 2, [], new DiagnosticsEncoder());
    expect(JSON.parse(empty.encodeNotification('2.0').toString('utf8'))).toEqual({
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: { uri: 'file:///a.md', version: 2, diagnostics: [] },
    });
  });

  it('publishes the positions its findings had when it was made, even if the linter moves them in place later', () => {
    const own = structuredClone(messages);
    const expected = own.map((m) => toDiagnostic(m));
    const encoder = new DiagnosticsEncoder();
    const payload = new DiagnosticsPayload('file:///a.md', 1, own, encoder);
    // What a linter with shareMessages does on the next run when the paragraphs moved down one line.
    for (const m of own) {
      m.span.start.line++;
      m.span.end.line++;
    }
    expect(JSON.parse(payload.encodeNotification('2.0').toString('utf8')).params.diagnostics).toEqual(expected);
    expect(JSON.parse(JSON.stringify(payload)).diagnostics).toEqual(expected);
    // The next publish of the same (moved) objects has the new positions: bytes are reused only for equal ranges.
    const next = new DiagnosticsPayload('file:///a.md', 2, own, encoder);
    expect(JSON.parse(next.encodeNotification('2.0').toString('utf8')).params.diagnostics).toEqual(own.map((m) => toDiagnostic(m)));
  });
});

describe('DiagnosticsEncoder', () => {
  /** A finding moved by `lines` lines (and `columns` columns), as an edit above it would. */
  const moved = (m: LintMessage, lines: number, columns = 0): LintMessage => ({
    ...m,
    span: {
      start: { ...m.span.start, line: m.span.start.line + lines, column: m.span.start.column + columns },
      end: { ...m.span.end, line: m.span.end.line + lines, column: m.span.end.column + columns },
    },
  });

  it('reuses the previous bytes and still encodes every sequence exactly like JSON.stringify', () => {
    const encoder = new DiagnosticsEncoder();
    let current = [...messages];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let step = 0; step < 150; step++) {
      // Insert, drop, move or re-word findings anywhere (also at both ends), or publish an empty list.
      const at = random(current.length + 1);
      const kind = random(6);
      if (kind === 0) current.splice(at, 0, messages[random(messages.length)]!);
      else if (kind === 1 && current.length > 0) current.splice(Math.min(at, current.length - 1), 1 + random(3));
      else if (kind === 2) current = [...current.slice(0, at), ...current.slice(at).map((m) => moved(m, random(3)))];
      else if (kind === 3 && current.length > 0) {
        const i = Math.min(at, current.length - 1);
        current[i] = { ...current[i]!, message: `${current[i]!.message} (${step})` };
      } else if (kind === 4) current = [...current, ...messages.slice(0, random(4)).map((m) => moved(m, 40 + step, 1))];
      else if (random(8) === 0) current = [];
      const bytes = encoder.encode('2.0', 'file:///a.md', step, current);
      const expected = JSON.stringify({
        jsonrpc: '2.0',
        method: 'textDocument/publishDiagnostics',
        params: { uri: 'file:///a.md', version: step, diagnostics: current.map((m) => toDiagnostic(m)) },
      });
      expect(bytes.toString('utf8'), `step ${step}`).toBe(asciiJson(expected));
    }
  });
});

describe('asciiJson', () => {
  it('escapes every non-ASCII code unit and keeps the value', () => {
    const value = { text: 'ideeën — “zo” ‘snel’ mogelijk 😀', n: 1 };
    const json = asciiJson(JSON.stringify(value));
    expect(/^[\x00-\x7f]*$/.test(json)).toBe(true);
    expect(json).toContain('\\u00eb');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('fastJsonEncoder', () => {
  it('encodes payload notifications itself and every other message as JSON', async () => {
    const payload = new DiagnosticsPayload('file:///a.md', 3, messages, new DiagnosticsEncoder());
    const notification = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: payload };
    const bytes = await fastJsonEncoder.encode(notification, { charset: 'utf-8' });
    expect(Buffer.from(bytes).toString('utf8')).toBe(asciiJson(JSON.stringify(notification)));
    const request = { jsonrpc: '2.0', id: 1, method: 'window/showMessageRequest', params: { message: 'é' } };
    expect(Buffer.from(await fastJsonEncoder.encode(request, { charset: 'utf-8' })).toString('utf8')).toBe(JSON.stringify(request));
  });
});
