import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigFileError, msg, oneLine } from './errors.js';

/** How long a JavaScript configuration may take to load before it is given up on. */
export const JS_CONFIG_TIMEOUT_MS = 5_000;

/**
 * Runs in the worker: imports the module and posts back its (default) export, which must be plain data.
 * An evaluated script, so the package needs no separate worker file in both its ESM and CJS builds.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.url).then(
  async (mod) => {
    let value = mod && 'default' in mod ? mod.default : mod;
    if (value && typeof value.then === 'function') value = await value;
    try {
      parentPort.postMessage({ ok: true, value });
    } catch (error) {
      parentPort.postMessage({ ok: false, message: 'the exported configuration is not plain data (' + error.message + ')' });
    }
  },
  (error) => parentPort.postMessage({ ok: false, message: String(error && error.message || error), stack: String(error && error.stack || ''), syntax: error instanceof SyntaxError }),
);
`;

interface WorkerReply {
  ok: boolean;
  value?: unknown;
  message?: string;
  stack?: string;
  syntax?: boolean;
}

/**
 * Loads a JavaScript configuration (.js, .mjs, .cjs) in a worker thread with a time limit: a module that
 * loops forever is stopped, one whose promise never settles is reported (not taken as "no configuration"),
 * and a syntax error names its line and column. The worker is new for every load, so an edited file is
 * read again and nothing it does stays in the caller's process.
 */
export async function loadJsConfig(file: string, timeoutMs = JS_CONFIG_TIMEOUT_MS): Promise<unknown> {
  const { mtimeMs } = await stat(file);
  const url = `${pathToFileURL(file).href}?mtime=${mtimeMs}`;
  // One run per version of the file and process, failures included: a config that hangs costs its time once.
  let pending = loads.get(url);
  if (!pending) {
    pending = runInWorker(file, url, timeoutMs);
    loads.set(url, pending);
  }
  return pending;
}

const loads = new Map<string, Promise<unknown>>();

async function runInWorker(file: string, url: string, timeoutMs: number): Promise<unknown> {
  const reply = await new Promise<WorkerReply | 'timeout' | 'unsettled'>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { url }, stdout: true, stderr: true });
    worker.stdout.resume();
    worker.stderr.resume();
    let done = false;
    const finish = (value: WorkerReply | 'timeout' | 'unsettled') => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(value);
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    worker.once('message', (m: WorkerReply) => finish(m));
    worker.once('error', (error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(error);
    });
    // The event loop of the worker ran dry without an answer: the module awaits something that never happens.
    worker.once('exit', () => finish('unsettled'));
  }).catch((error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : String(error) }) as WorkerReply);

  if (reply === 'timeout') {
    const s = (timeoutMs / 1000).toLocaleString('en');
    throw new ConfigFileError(file, msg(`JavaScript-configuratie is na ${s} s nog niet geladen (een lus, of een belofte die niet afloopt?)`, `JavaScript configuration did not load within ${s} s (a loop, or a promise that never settles?)`));
  }
  if (reply === 'unsettled') {
    throw new ConfigFileError(file, msg('JavaScript-configuratie levert nooit een waarde op: ze wacht op een belofte die niet afloopt', 'JavaScript configuration never produces a value: it awaits a promise that never settles'));
  }
  if (!reply.ok) {
    const detail = oneLine(reply.message ?? 'unknown error');
    const position = reply.syntax ? (syntaxPosition(reply.stack ?? '', file) ?? (await checkSyntax(file))) : undefined;
    const kind = reply.syntax ? msg('syntaxfout in JavaScript-configuratie', 'syntax error in JavaScript configuration') : msg('kan JavaScript-configuratie niet laden', 'cannot load JavaScript configuration');
    throw new ConfigFileError(file, msg(`${kind.nl}: ${detail}`, `${kind.en}: ${detail}`), position);
  }
  return reply.value;
}

/**
 * Node reports a syntax error in a module as "file:///…/scherp.config.mjs:3", the source line and a caret
 * line under the offending token before the message.
 */
function syntaxPosition(stack: string, file: string): { line: number; column?: number } | undefined {
  const lines = stack.split('\n');
  const base = pathToFileURL(file).href;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(.*):(\d+)$/.exec(lines[i] as string);
    if (!m || !(m[1] === file || (m[1] as string).startsWith(base))) continue;
    const caret = lines[i + 2]?.indexOf('^') ?? -1;
    return caret >= 0 ? { line: Number(m[2]), column: caret + 1 } : { line: Number(m[2]) };
  }
  return undefined;
}

/**
 * Node 20 leaves the position out of a syntax error thrown by `import()`; `node --check` prints it. Run only
 * after a syntax error, so it costs nothing on the way that works.
 */
function checkSyntax(file: string): Promise<{ line: number; column?: number } | undefined> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--check', file], { timeout: 10_000 }, (_error, _stdout, stderr) => resolve(syntaxPosition(String(stderr), file)));
  });
}
