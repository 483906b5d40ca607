#!/usr/bin/env node
/**
 * Edit-to-diagnostics latency of the built language server, on distinct real text.
 *
 * Documents (read from ../shared, never copied into the repository):
 * - `1 MB distinct` and `100 KB distinct`: whole files of ../shared/bench/real-nl concatenated, no file twice
 *   (documentation pages with links, tables, HTML comments, lists and MDX next to plain circulars);
 * - `1 MB repeated corpus` (second line, for comparison with earlier figures): the corpus Markdown files
 *   repeated until 1 MB, as this benchmark did before; its paragraph caches answer most of the work.
 *
 * Each document is opened with `debounceMs: 0`; then a mixed, deterministic sequence of edits spread over the
 * whole document is sent as incremental `didChange`s, and each is timed until the publishDiagnostics of that
 * version arrives. The edits: typing (eight characters, one change each) inside prose, list items, table
 * rows, link texts and block quotes; pasting a paragraph copied from elsewhere; deleting a section (a
 * heading up to the next heading, at most 8 KB); and undoing that deletion in one change.
 *
 * The publish is measured apart: (1) `check`, the same text sequence through an in-process lint session, writer
 * view and encoder (what the server computes per edit, CPU time, split into lint / view / encode), next to the
 * server's own CPU time per edit; (2) `publish floor`, a stand-alone process that only writes
 * the ready-made publish message of the last edit (same bytes) to this client, which decodes it, per request.
 * Prints p50/p95/max per document and kind of edit, open time, the server's peak RSS, and the targets.
 *
 * Usage: node packages/language-server/bench/latency.mjs [--runs N] [--only 1mb|100kb|repeated] [--json]
 *        [--node-arg FLAG]
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { distinctDocument } from '../../../bench/lib/real-nl.mjs';
import { editScript } from './edit-script.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, '..');
const repoRoot = path.resolve(packageDir, '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const binPath = path.join(packageDir, 'dist', 'bin.js');

const args = process.argv.slice(2);
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(value('--runs', 3));
const ONLY = value('--only', undefined);
const JSON_OUTPUT = args.includes('--json');
/** `--node-arg FLAG` (repeatable): a V8/Node flag for the server process. */
const NODE_ARGS = args.flatMap((a, i) => (args[i - 1] === '--node-arg' ? [a] : []));
const KIB = 1024;
const MIB = 1024 * 1024;

/** Targets of issue #13 (distinct text, debounceMs 0). */
const TARGETS = {
  '1mb': { p50: 15, p95: 30, openMs: 1500, rssMiB: 200 },
  '100kb': { p95: 8 },
};

function repeatedCorpusDocument(bytes) {
  const files = readdirSync(corpusDir)
    .sort()
    .map((name) => readFileSync(path.join(corpusDir, name), 'utf8'))
    .filter((text) => text.startsWith('---\n'));
  const strip = (text) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const parts = [files[0]];
  let size = files[0].length;
  for (let i = 0; size < bytes; i++) {
    const body = `\n\n${strip(files[i % files.length])}`;
    parts.push(body);
    size += body.length;
  }
  return parts.join('');
}

const DOCUMENTS = [
  { id: '1mb', label: '1 MB distinct', make: () => distinctDocument(1 * MIB) },
  // Other files than the 1 MB document's first ones: from the 200th file of the mixed order on.
  { id: '100kb', label: '100 KB distinct', make: () => distinctDocument(100 * KIB, 200) },
  { id: 'repeated', label: '1 MB repeated corpus (not distinct; earlier figures)', make: () => repeatedCorpusDocument(1 * MIB) },
].filter((d) => !ONLY || d.id === ONLY);

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1)) };
}

function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { hwmMiB: kib('VmHWM') / 1024, rssMiB: kib('VmRSS') / 1024 };
}

/** One server run over one document: open, then the edit script. */
async function serverRun(text, script) {
  const uri = pathToFileURL(path.join(packageDir, 'bench', 'bench-document.md')).href;
  const child = spawn(process.execPath, [...NODE_ARGS, binPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  let last;
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    last = params;
    const resolve = waiting.get(params.version);
    if (resolve) {
      waiting.delete(params.version);
      resolve(performance.now());
    }
  });
  const settings = { debounceMs: 0 };
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.listen();
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(repoRoot).href,
    capabilities: { workspace: { configuration: true } },
    initializationOptions: { debounceMs: 0 },
  });
  await connection.sendNotification('initialized', {});

  const openStart = performance.now();
  const opened = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const openMs = (await opened) - openStart;
  let current = text;
  const latencies = [];
  const cpuBefore = cpuMsOf(child.pid);
  for (let i = 0; i < script.length; i++) {
    const { at, remove, insert } = script[i];
    const version = i + 2;
    const range = { start: positionAt(current, at), end: positionAt(current, at + remove) };
    current = current.slice(0, at) + insert + current.slice(at + remove);
    const done = published(version);
    const t0 = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert }] });
    latencies.push((await done) - t0);
  }
  const cpuPerEditMs = (cpuMsOf(child.pid) - cpuBefore) / script.length;
  const memory = memoryOf(child.pid);
  await connection.sendRequest('shutdown');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendNotification('exit');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  connection.dispose();
  child.kill();
  return { openMs, latencies, cpuPerEditMs, peakRssMiB: memory.hwmMiB, diagnostics: last?.diagnostics.length ?? 0, lastPublish: last };
}

/**
 * The server's computation per edit, in process, split as the server does it (CPU time): `lint` (the document's
 * lint session: incremental parse and lint), `view` (its writer view: the findings as published), `encode`
 * (the publish message's bytes, as the server's stdio writer makes them).
 */
async function checkTimes(text, script) {
  const { createLintSession, createWriterView } = await import('@scherp/linter/session');
  const { DiagnosticsEncoder } = await import('../dist/index.js');
  const session = createLintSession();
  const view = createWriterView();
  const encoder = new DiagnosticsEncoder();
  const options = { format: 'markdown', filePath: 'bench-document.md' };
  const first = session.lint(text, {}, options);
  encoder.encode('2.0', 'file:///bench-document.md', 1, view.findings(first.result, first.parsed.document, 'nl'));
  let current = text;
  const split = { lint: [], view: [], encode: [], total: [] };
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  for (let i = 0; i < script.length; i++) {
    const { at, remove, insert } = script[i];
    current = current.slice(0, at) + insert + current.slice(at + remove);
    const t0 = cpu();
    const { parsed, result } = session.lint(current, {}, options);
    const t1 = cpu();
    const findings = view.findings(result, parsed.document, 'nl');
    const t2 = cpu();
    encoder.encode('2.0', 'file:///bench-document.md', i + 2, findings);
    const t3 = cpu();
    split.lint.push(t1 - t0);
    split.view.push(t2 - t1);
    split.encode.push(t3 - t2);
    split.total.push(t3 - t0);
  }
  return split;
}

/** CPU time (user + system) a process has used so far, in ms (from /proc; clock ticks of 10 ms). */
function cpuMsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * The floor every edit pays after the check: a child process writes the ready-made publish message (the
 * bytes of the last publish, as the server's encoder writes them: ASCII JSON) on each request; this client
 * reads and decodes it. Timed from the request to the decoded notification.
 */
async function publishFloor(params, rounds = 30) {
  const json = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params }).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const program = [
    "const body = require('node:fs').readFileSync(process.env.PUBLISH_FILE);",
    "const frame = Buffer.concat([Buffer.from('Content-Length: ' + body.length + '\\r\\n\\r\\n', 'ascii'), body]);",
    'process.stdin.on("data", (d) => { for (let i = 0; i < d.length; i++) process.stdout.write(frame); });',
  ].join('\n');
  const child = spawn(process.execPath, ['-e', program], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, PUBLISH_FILE: await writeTemp(json) } });
  const reader = new StreamMessageReader(child.stdout);
  let resolve;
  reader.listen(() => resolve(performance.now()));
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const arrived = new Promise((r) => (resolve = r));
    const t0 = performance.now();
    child.stdin.write('x');
    times.push((await arrived) - t0);
  }
  child.kill();
  return { times, bytes: json.length };
}

async function writeTemp(text) {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'scherp-bench-')), 'publish.json');
  writeFileSync(file, text, 'latin1');
  return file;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

async function benchDocument(doc) {
  const text = doc.make();
  const script = editScript(text);
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(await serverRun(text, script));
  const split = await checkTimes(text, script);
  const checkEach = split.total;
  const check = stats(checkEach);
  const checkByKind = {};
  script.forEach((e, i) => (checkByKind[e.kind] ??= []).push(checkEach[i]));
  const floor = await publishFloor(runs.at(-1).lastPublish);
  // Per run: overall and per kind of edit; the report gives the median over runs of each figure.
  const perRun = runs.map((run) => {
    const byKind = {};
    script.forEach((e, i) => (byKind[e.kind] ??= []).push(run.latencies[i]));
    return {
      all: stats(run.latencies),
      byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, stats(v)])),
      openMs: run.openMs,
      cpuPerEditMs: run.cpuPerEditMs,
      peakRssMiB: run.peakRssMiB,
    };
  });
  const med = (get) => round(median(perRun.map(get)));
  const kinds = Object.keys(perRun[0].byKind);
  return {
    id: doc.id,
    label: doc.label,
    bytes: Buffer.byteLength(text),
    edits: script.length,
    diagnostics: runs.at(-1).diagnostics,
    runs: RUNS,
    p50Ms: med((r) => r.all.p50),
    p95Ms: med((r) => r.all.p95),
    maxMs: med((r) => r.all.max),
    openMs: med((r) => r.openMs),
    peakRssMiB: med((r) => r.peakRssMiB),
    maxPeakRssMiB: round(Math.max(...perRun.map((r) => r.peakRssMiB))),
    byKind: Object.fromEntries(
      kinds.map((k) => [
        k,
        {
          n: perRun[0].byKind[k].n,
          p50Ms: med((r) => r.byKind[k].p50),
          p95Ms: med((r) => r.byKind[k].p95),
          checkP50Ms: stats(checkByKind[k]).p50,
          checkP95Ms: stats(checkByKind[k]).p95,
        },
      ]),
    ),
    perRun: perRun.map((r) => ({ p50Ms: r.all.p50, p95Ms: r.all.p95, openMs: round(r.openMs), peakRssMiB: round(r.peakRssMiB) })),
    check: { p50Ms: check.p50, p95Ms: check.p95, maxMs: check.max },
    split: Object.fromEntries(Object.entries(split).map(([k, v]) => [k, (({ p50, p95 }) => ({ p50Ms: p50, p95Ms: p95 }))(stats(v))])),
    serverCpuPerEditMs: med((r) => r.cpuPerEditMs),
    publishFloor: { bytes: floor.bytes, ...(({ p50, p95 }) => ({ p50Ms: p50, p95Ms: p95 }))(stats(floor.times)) },
  };
}

function verdict(report) {
  const t = TARGETS[report.id];
  if (!t) return [];
  const lines = [];
  const check = (name, actual, target) => lines.push(`${actual <= target ? 'met    ' : 'NOT met'}  ${name}: ${actual} (target ≤ ${target})`);
  if (t.p50 !== undefined) check('p50 ms', report.p50Ms, t.p50);
  if (t.p95 !== undefined) check('p95 ms', report.p95Ms, t.p95);
  if (t.openMs !== undefined) check('open ms', report.openMs, t.openMs);
  if (t.rssMiB !== undefined) check('server peak RSS MiB (highest run)', report.maxPeakRssMiB, t.rssMiB);
  return lines;
}

function round(n) {
  return Math.round(n * 10) / 10;
}

async function main() {
  const { loadavg } = await import('node:os');
  const reports = [];
  for (const doc of DOCUMENTS) {
    process.stderr.write(`${doc.label} …\n`);
    reports.push(await benchDocument(doc));
  }
  if (JSON_OUTPUT) {
    console.log(JSON.stringify({ node: process.version, date: new Date().toISOString(), load: loadavg(), reports }, null, 2));
    return;
  }
  console.log(`bench:lsp — didChange → publishDiagnostics, debounceMs 0, median of ${RUNS} server runs; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  let allMet = true;
  for (const r of reports) {
    console.log(`\n${r.label}: ${(r.bytes / KIB).toFixed(0)} KiB, ${r.diagnostics} diagnostics, ${r.edits} edits`);
    console.log(`  all edits            p50 ${r.p50Ms} ms   p95 ${r.p95Ms} ms   max ${r.maxMs} ms   (runs: ${r.perRun.map((x) => `${x.p50Ms}/${x.p95Ms}`).join(', ')})`);
    for (const [kind, s] of Object.entries(r.byKind)) {
      console.log(`  ${kind.padEnd(20)} p50 ${s.p50Ms} ms   p95 ${s.p95Ms} ms   (${s.n} edits; check p50 ${s.checkP50Ms}, p95 ${s.checkP95Ms} ms)`);
    }
    console.log(`  open                 ${r.openMs} ms;  server peak RSS ${r.peakRssMiB} MiB (highest run ${r.maxPeakRssMiB} MiB)`);
    console.log(`  server CPU per edit  ${r.serverCpuPerEditMs} ms   (mean over the edits, from /proc)`);
    console.log(`  of which check       p50 ${r.check.p50Ms} ms   p95 ${r.check.p95Ms} ms   (in process, CPU time, same edits: lint + view + encode)`);
    console.log(`    lint p50 ${r.split.lint.p50Ms} / p95 ${r.split.lint.p95Ms} ms;  view p50 ${r.split.view.p50Ms} / p95 ${r.split.view.p95Ms} ms;  encode p50 ${r.split.encode.p50Ms} / p95 ${r.split.encode.p95Ms} ms`);
    console.log(`  publish floor        p50 ${r.publishFloor.p50Ms} ms   p95 ${r.publishFloor.p95Ms} ms   (${(r.publishFloor.bytes / MIB).toFixed(2)} MiB message, sent and decoded only)`);
    for (const line of verdict(r)) {
      console.log(`  ${line}`);
      if (line.startsWith('NOT')) allMet = false;
    }
  }
  if (!allMet) console.log('\nTargets NOT all met.');
  process.exitCode = allMet ? 0 : 1;
}

main().catch((error) => {
  console.error(`bench:lsp failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
