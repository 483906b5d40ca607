import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { runCli } from '../src/index.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const VAGUE = fs.readFile(path.join(FIXTURES, 'docs/vaag.md'), 'utf8');
export const CONCRETE = fs.readFile(path.join(FIXTURES, 'docs/concreet.md'), 'utf8');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Buffered {
  text = '';
  constructor(readonly isTTY = false) {}
  write(chunk: string) {
    this.text += chunk;
    return true;
  }
}

/** Runs the CLI in-process with captured output. */
export async function run(args: string[], options: { cwd: string; stdin?: string; tty?: boolean; env?: Record<string, string> }): Promise<RunResult> {
  const stdout = new Buffered(options.tty);
  const stderr = new Buffered(options.tty);
  const code = await runCli(args, {
    stdout,
    stderr,
    cwd: options.cwd,
    stdin: Readable.from([options.stdin ?? '']),
    env: options.env ?? {},
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const created: string[] = [];
afterAll(async () => {
  await Promise.all(created.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** A temporary project: `files` maps relative paths to contents (Buffers for binary files). */
export async function project(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'scherp-cli-')));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content);
  }
  return dir;
}

export const json = <T = unknown>(text: string): T => JSON.parse(text) as T;
