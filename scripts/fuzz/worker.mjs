// Fuzz worker, a child process of run.mjs (argument: the seed): generates document i of the seeded sequence,
// parses and lints it, and reports the time. run.mjs watches its CPU time and replaces a worker that takes
// too long.
import { isDeepStrictEqual } from 'node:util';
import { parse } from '../../packages/parser/dist/index.js';
import { IncrementalParser } from '../../packages/parser/dist/incremental.js';
import { lint } from '../../packages/linter/dist/index.js';
import { createLintSession } from '../../packages/linter/dist/session.js';
import { documentAt, editsFor } from './plan.mjs';

const seed = Number(process.argv[2]);

process.on('message', ({ index, incremental }) => {
  const { text, kind } = documentAt(seed, index);
  const started = performance.now();
  // Process CPU time: this process does nothing else, so it is the document's (and the collector's) time,
  // which unlike wall time does not grow with the machine's load.
  const cpu = process.cpuUsage();
  let error;
  let mismatch;
  try {
    const parsed = parse(text, { format: 'markdown', filePath: `fuzz-${index}.md` });
    lint(parsed);
  } catch (e) {
    error = e instanceof Error ? `${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(e);
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  if (!error && incremental) mismatch = checkIncremental(text, index);
  // cpuTotalMs: the process's CPU time so far, from which run.mjs measures the next document's.
  const total = process.cpuUsage();
  process.send({ index, ms, cpuMs, cpuTotalMs: (total.user + total.system) / 1000, bytes: Buffer.byteLength(text), kind, error, mismatch });
});

/** Edits the document a few times with the incremental parser and a lint session; each result must equal a fresh run. */
function checkIncremental(text, index) {
  const parser = new IncrementalParser();
  const session = createLintSession();
  let current = text;
  parser.parse(current, { format: 'markdown' });
  session.lint(current, undefined, { format: 'markdown' });
  for (const edit of editsFor(seed, index, current, 4)) {
    current = edit(current);
    const inc = parser.parse(current, { format: 'markdown' });
    const full = parse(current, { format: 'markdown' });
    if (!isDeepStrictEqual(inc.document, full.document)) return 'incremental parse differs from a full parse';
    const a = session.lint(current, undefined, { format: 'markdown' }).result.messages;
    const b = lint(full).messages;
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)))) return 'incremental lint differs from a full lint';
  }
  return undefined;
}
