#!/usr/bin/env node
// Fuzz harness (issue #14): `npm run fuzz [-- --count 20000 --seed 1 --time-limit 1800 --only i]`.
// Generates seeded documents (Markdown constructs, Dutch sentences, random Unicode, up to 200 KB), parses
// and lints each with the built packages in a worker, and reports crashes, documents over 1 s and 5 s, time
// per KB from 1 KB to 200 KB, and whether incremental parsing and linting equal a full run on rich
// Markdown. Runs --jobs documents at a time (default: the cores available). Bounded: by count and by
// --time-limit (seconds); a document still running after 30 s of CPU time counts as a hang and its worker is
// replaced. Exit code 1 on a crash, a hang, a mismatch or a document over 5 s.
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../../packages/parser/dist/index.js';
import { lint } from '../../packages/linter/dist/index.js';
import { cpuMsOf } from '../shared/process-cpu.mjs';
import { richMarkdown, seededRandom } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const count = option('--count', 20_000);
const seed = option('--seed', 1);
const timeLimit = option('--time-limit', 3600) * 1000;
const only = option('--only', -1);
// A document is a hang past 30 s of CPU (judged on CPU time: load inflates wall time, not CPU time); the wall
// limit only catches a child that is stuck without using CPU.
const HANG_CPU_MS = 30_000;
const HANG_WALL_MS = 600_000;
const jobs = option('--jobs', os.availableParallelism());
const INCREMENTAL_EVERY = option('--incremental-every', 20);

console.log(`fuzz: ${count} documents, seed ${seed}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores), ${jobs} at a time`);

const results = { done: 0, crashes: [], hangs: [], over1: [], over5: [], over1Wall: 0, over5Wall: 0, mismatches: [], incrementalChecked: 0, bytes: 0, ms: 0, cpuMs: 0 };
const started = Date.now();
const indices = only >= 0 ? [only] : Array.from({ length: count }, (_, i) => i);

// One lane per core, each a child process (not a worker thread: process.cpuUsage() of a worker counts every
// thread of the process, so with several workers a document would be charged the others' time).
const onResult = (r) => {
  results.done++;
  results.bytes += r.bytes;
  results.ms += r.ms;
  results.cpuMs += r.cpuMs;
  if (r.error) results.crashes.push({ index: r.index, error: r.error });
  if (r.cpuMs > 1000) results.over1.push({ index: r.index, ms: Math.round(r.ms), cpuMs: Math.round(r.cpuMs), kb: Math.round(r.bytes / 1024) });
  if (r.cpuMs > 5000) results.over5.push({ index: r.index, ms: Math.round(r.ms), cpuMs: Math.round(r.cpuMs) });
  if (r.ms > 1000) results.over1Wall++;
  if (r.ms > 5000) results.over5Wall++;
  if (r.mismatch) results.mismatches.push({ index: r.index, mismatch: r.mismatch });
  if (r.index % INCREMENTAL_EVERY === 0 && !r.error) results.incrementalChecked++;
  if (results.done % 1000 === 0) console.log(`  ${results.done} documents, ${((Date.now() - started) / 1000).toFixed(0)} s`);
};
let next = 0;
const lane = () =>
  new Promise((resolve) => {
    let child;
    let current;
    // The child's CPU time when it was sent the current document (it reports its total with every result).
    let cpuAtSend = 0;
    let wall;
    const poll = setInterval(async () => {
      const [me, doc] = [child, current];
      if (doc === undefined || me?.pid === undefined) return;
      const cpu = await cpuMsOf(me.pid);
      // Still the same document in the same child: a result or a restart may have come in meanwhile.
      if (me === child && doc === current && cpu !== undefined && cpu - cpuAtSend > HANG_CPU_MS) hang();
    }, 500);
    const hang = () => {
      results.hangs.push({ index: current });
      restart();
    };
    const spawn = () => {
      const me = fork(path.join(here, 'worker.mjs'), [String(seed)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child = me;
      cpuAtSend = 0;
      me.on('message', (r) => {
        if (me !== child) return;
        clearTimeout(wall);
        current = undefined;
        cpuAtSend = r.cpuTotalMs;
        onResult(r);
        send();
      });
      // Killed by us (a hang, or the end) or by a crash the worker could not catch (out of memory, abort).
      me.on('exit', (code, signal) => {
        if (me !== child || current === undefined) return;
        results.crashes.push({ index: current, error: `worker exited (${signal ?? `code ${code}`})` });
        restart();
      });
    };
    const restart = () => {
      clearTimeout(wall);
      const old = child;
      child = undefined;
      old?.kill('SIGKILL');
      spawn();
      send();
    };
    const send = () => {
      if (next >= indices.length || Date.now() - started > timeLimit) {
        clearInterval(poll);
        current = undefined;
        child.kill();
        resolve();
        return;
      }
      current = indices[next++];
      // Only for a child stuck without using CPU, and where there is no /proc to read CPU time from.
      wall = setTimeout(hang, HANG_WALL_MS);
      child.send({ index: current, incremental: current % INCREMENTAL_EVERY === 0 });
    };
    spawn();
    send();
  });
await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, indices.length)) }, lane));

const seconds = (Date.now() - started) / 1000;
console.log(`\n${results.done} documents (${(results.bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds.toFixed(0)} s wall, ${(results.cpuMs / 1000).toFixed(0)} s CPU of parse + lint, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`crashes: ${results.crashes.length}, hangs (> ${HANG_CPU_MS / 1000} s CPU): ${results.hangs.length}, over 5 s CPU: ${results.over5.length}, over 1 s CPU: ${results.over1.length} (wall: ${results.over5Wall} over 5 s, ${results.over1Wall} over 1 s)`);
console.log(`incremental = full: ${results.incrementalChecked - results.mismatches.length}/${results.incrementalChecked} documents (4 edits each)`);
for (const c of results.crashes.slice(0, 5)) console.log(`  crash #${c.index}: ${c.error}`);
for (const h of results.hangs.slice(0, 5)) console.log(`  hang #${h.index}`);
for (const o of results.over1.slice(0, 10)) console.log(`  slow #${o.index}: ${o.cpuMs} ms CPU (${o.ms} ms wall), ${o.kb} KB`);
for (const m of results.mismatches.slice(0, 5)) console.log(`  mismatch #${m.index}: ${m.mismatch}`);

// CPU time per KB on rich Markdown of growing size (fresh text every time): flat means linear. Every
// document also pays a fixed cost (resolving the configuration, setting up the run), measured on a
// one-sentence document and printed separately, so the per-KB column is not the fixed cost spread thin.
if (only < 0) {
  const cpuOf = (f) => {
    const before = process.cpuUsage();
    f();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const sizes = [1, 2, 5, 10, 20, 50, 100, 200];
  // Warm up first (JIT, lazily built parsers), on text of its own, so the small sizes are not charged for it.
  for (const kb of sizes) lint(parse(richMarkdown(seededRandom(seed * 13 + kb), kb * 1024), { format: 'markdown' }));
  const fixed = median(Array.from({ length: 21 }, (_, r) => cpuOf(() => lint(parse(`De raad besluit in week ${r}.`, { format: 'markdown' })))));
  console.log(`\nCPU time per KB (parse + lint, rich Markdown, median of 7; load ${os.loadavg()[0].toFixed(2)}); fixed cost per document ${fixed.toFixed(2)} ms:`);
  console.log('| size | CPU ms | µs/KB | µs/KB net of the fixed cost |\n|---:|---:|---:|---:|');
  for (const kb of sizes) {
    const times = [];
    for (let r = 0; r < 7; r++) {
      const text = richMarkdown(seededRandom(seed * 101 + kb * 7 + r), kb * 1024);
      times.push(cpuOf(() => lint(parse(text, { format: 'markdown' }))));
    }
    const ms = median(times);
    console.log(`| ${kb} KB | ${ms.toFixed(1)} | ${((ms * 1000) / kb).toFixed(0)} | ${(((ms - fixed) * 1000) / kb).toFixed(0)} |`);
  }
}

const failed = results.crashes.length + results.hangs.length + results.over5.length + results.mismatches.length > 0;
process.exitCode = failed ? 1 : 0;
