import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError, readDocument } from '../src/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'scherp-parser-'));
const file = (name: string, content: Uint8Array | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function failure(p: string): Promise<ParseError> {
  try {
    await readDocument(p);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error('expected readDocument to throw');
}

describe('readDocument errors', () => {
  it('reports a missing file', async () => {
    const p = path.join(dir, 'bestaat-niet.md');
    const error = await failure(p);
    expect(error.code).toBe('not-found');
    expect(error.file).toBe(p);
    expect(error.message).toContain(p);
  });

  it('refuses a directory', async () => {
    const error = await failure(dir);
    expect(error.code).toBe('unreadable');
    expect(error.message).toContain('directory');
  });

  it('refuses binary content with the position of the NUL byte', async () => {
    const p = file('plaatje.md', new Uint8Array([0x41, 0x0a, 0x42, 0x00, 0x43]));
    const error = await failure(p);
    expect(error.code).toBe('not-text');
    expect([error.line, error.column]).toEqual([2, 2]);
  });

  it('reports the line and column of the first invalid UTF-8 byte', async () => {
    const bytes = new Uint8Array([...Buffer.from('Eerste regel\nTwee: é'), 0xff, ...Buffer.from(' rest\n')]);
    const p = file('latin1.txt', bytes);
    const error = await failure(p);
    expect(error.code).toBe('invalid-utf8');
    expect(error.line).toBe(2);
    expect(error.column).toBe(8);
    expect(error.message).toContain(`${p}:2:8`);
  });

  it('refuses files over 50 MB without reading them', async () => {
    const p = file('groot.txt', 'x');
    truncateSync(p, 50 * 1024 * 1024 + 1);
    const error = await failure(p);
    expect(error.code).toBe('too-large');
  });

  it('drops a UTF-8 byte order mark and keeps offsets into the decoded text', async () => {
    const p = file('bom.md', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('# Kop\n\nEen zin.\n')]));
    const parsed = await readDocument(p);
    const para = parsed.document.paragraphs[1];
    expect(parsed.source.startsWith('#')).toBe(true);
    expect(parsed.source.slice(para?.span.start.offset, para?.span.end.offset)).toBe('Een zin.');
    expect(parsed.document.title).toBe('Kop');
  });
});
