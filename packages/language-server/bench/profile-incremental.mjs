#!/usr/bin/env node
/**
 * In-process breakdown of one incremental check (what the server does per edit), to find where time goes:
 * the lint session (incremental parse + lint, as the server) and encoding the publish (DiagnosticsEncoder, as
 * the server's stdio writer). The document is distinct real text (`--size` bytes of ../shared/bench/real-nl);
 * `--repeated` builds it from the repeated corpus instead, as earlier versions of this script did.
 * Run with `node --expose-gc` to also see whether the live heap grows with edits (a cache leak).
 * `--profile FILE` writes a CPU profile of the edit loop (open it in Chrome DevTools). `--alloc` samples what
 * the edit loop allocates (including what was collected again) and prints the bytes per edit by function.
 *
 * Usage: node packages/language-server/bench/profile-incremental.mjs [--edits N] [--size BYTES] [--repeated] [--profile FILE] [--alloc]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLintSession } from '@scherp/linter/session';
import { DiagnosticsEncoder } from '../dist/index.js';
import { distinctDocument } from '../../../bench/lib/real-nl.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(here, '../../..', '../shared/corpus');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const EDITS = option('--edits', 30);
const SIZE = option('--size', 1024 * 1024);

let text;
if (args.includes('--repeated')) {
  const files = readdirSync(corpusDir)
    .sort()
    .map((n) => readFileSync(path.join(corpusDir, n), 'utf8'))
    .filter((t) => t.startsWith('---\n'));
  text = files[0];
  for (let i = 0; text.length < SIZE; i++) text += `\n\n${files[i % files.length].replace(/^---\n[\s\S]*?\n---\n/, '')}`;
} else text = distinctDocument(SIZE);

const options = { format: 'markdown', filePath: 'bench.md' };
const lintSession = createLintSession();
const encoder = new DiagnosticsEncoder();
/** CPU time (user + system) rather than wall time, so a busy machine distorts the split less. */
const time = (fn) => {
  const t = process.cpuUsage();
  const value = fn();
  const d = process.cpuUsage(t);
  return [value, (d.user + d.system) / 1000];
};
const [{ result: r0 }, tl0] = time(() => lintSession.lint(text, {}, options));
encoder.encode('2.0', 'file:///bench.md', 0, r0.messages);
console.log(`initial (CPU time): parse + lint ${tl0.toFixed(0)} ms, ${r0.messages.length} messages`);

/** Live heap after a full GC (only with `node --expose-gc`): shows caches that grow with every edit. */
const liveHeapMiB = () => {
  if (typeof globalThis.gc !== 'function') return undefined;
  globalThis.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const heapBefore = liveHeapMiB();

// `--profile FILE`: CPU profile of the edit loop only (not the initial full check), for Chrome DevTools.
const profileFile = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;
const sampleAllocations = args.includes('--alloc');
let session;
if (profileFile || sampleAllocations) {
  const { Session } = await import('node:inspector/promises');
  session = new Session();
  session.connect();
}
if (profileFile) {
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
if (sampleAllocations) {
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}

let at = text.indexOf('. ', Math.floor(text.length / 2)) + 2;
const rows = [];
for (let i = 0; i < EDITS; i++) {
  text = text.slice(0, at) + 'x' + text.slice(at);
  at++;
  const [{ result }, tl] = time(() => lintSession.lint(text, {}, options));
  const [bytes, te] = time(() => encoder.encode('2.0', 'file:///bench.md', i + 1, result.messages));
  rows.push({ tl, te, bytes: bytes.length });
}
if (profileFile) {
  const { profile } = await session.post('Profiler.stop');
  (await import('node:fs')).writeFileSync(profileFile, JSON.stringify(profile));
}
if (sampleAllocations) {
  const { profile } = await session.post('HeapProfiler.stopSampling');
  printAllocations(profile);
}

/** Sampled bytes per edit, in total and by allocating function (inlined callees count for their caller). */
function printAllocations(profile) {
  const byFunction = new Map();
  let total = 0;
  const walk = (node) => {
    if (node.selfSize > 0) {
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-3).join('/')}:${lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  console.log(`allocated per edit (sampled): ${(total / EDITS / 2 ** 20).toFixed(1)} MiB`);
  for (const [key, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${(bytes / EDITS / 1024).toFixed(0).padStart(6)} KiB  ${key}`);
  }
}
const heapAfter = liveHeapMiB();
if (heapBefore !== undefined && heapAfter !== undefined) {
  console.log(`live heap: ${heapBefore.toFixed(0)} MiB after the first check, ${heapAfter.toFixed(0)} MiB after ${EDITS} edits`);
}
const median = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(
  `per edit (median CPU time of ${EDITS}): session (parse + lint) ${median('tl').toFixed(1)} ms, ` +
    `encode ${median('te').toFixed(1)} ms (${(median('bytes') / 1024).toFixed(0)} KiB)`,
);
