import { Readable } from 'node:stream';

/** A place to write text: `process.stdout`/`process.stderr`, or a buffer in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** True when attached to a terminal: enables colours and the progress indicator. */
  isTTY?: boolean;
}

/** Everything the CLI touches of its process, injectable so tests can run it in-process. */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  /** Standard input for `--stdin`; defaults to `process.stdin`. */
  stdin?: NodeJS.ReadableStream | Readable;
  /** Environment, for NO_COLOR/FORCE_COLOR; defaults to `process.env`. */
  env?: Record<string, string | undefined>;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    stdin: process.stdin,
    env: process.env,
  };
}

export async function readAll(stream: NodeJS.ReadableStream | Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
