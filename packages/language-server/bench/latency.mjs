#!/usr/bin/env node
/**
 * Edit-to-diagnostics latency of the built language server on a ~1 MB Markdown document.
 *
 * Builds the document by repeating the corpus Markdown files (read from ../shared/corpus, never copied into
 * the repo), opens it with `debounceMs: 0`, then types ~200 characters one at a time in the middle of the
 * document, each as an incremental `didChange`, and times each change until the publishDiagnostics of that
 * version arrives. Prints p50/p95/max, the server's memory (VmHWM/VmRSS) and an in-process full lint of
 * the same text for comparison.
 *
 * Usage: node packages/language-server/bench/latency.mjs [--edits N] [--size BYTES] [--json] [--node-arg FLAG]
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, '..');
const repoRoot = path.resolve(packageDir, '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const binPath = path.join(packageDir, 'dist', 'bin.js');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const EDITS = option('--edits', 200);
const TARGET_SIZE = option('--size', 1024 * 1024);
const JSON_OUTPUT = args.includes('--json');
/** `--node-arg FLAG` (repeatable): a V8/Node flag for the server process, e.g. `--max-semi-space-size=32`. */
const NODE_ARGS = args.flatMap((a, i) => (args[i - 1] === '--node-arg' ? [a] : []));
const TARGET_P95_MS = 50;
const TARGET_RSS_MIB = 300;

/** The corpus Markdown files (front matter first), repeated without their front matter up to the target size. */
function buildDocument() {
  const files = readdirSync(corpusDir)
    .sort()
    .map((name) => readFileSync(path.join(corpusDir, name), 'utf8'))
    .filter((text) => text.startsWith('---\n'));
  if (files.length === 0) throw new Error(`no Markdown documents with front matter in ${corpusDir}`);
  const stripFrontMatter = (text) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const parts = [files[0]];
  let size = files[0].length;
  for (let i = 0; size < TARGET_SIZE; i++) {
    const body = `\n\n${stripFrontMatter(files[i % files.length])}`;
    parts.push(body);
    size += body.length;
  }
  return parts.join('');
}

/** A sentence end in an ordinary prose line just past the middle: where the benchmark starts typing. */
function typingOffset(text) {
  const lines = text.split('\n');
  let offset = 0;
  for (const line of lines) {
    const start = offset;
    offset += line.length + 1;
    if (start < text.length / 2 || !/^[A-Z][a-z]/.test(line) || line.length < 80) continue;
    const end = line.indexOf('. ');
    if (end !== -1) return start + end + 2;
  }
  throw new Error('no prose line found in the second half of the document');
}

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
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { hwmMiB: kib('VmHWM') / 1024, rssMiB: kib('VmRSS') / 1024 };
}

async function fullLintMs(text) {
  const { parse } = await import('@scherp/parser');
  const { lint } = await import('@scherp/linter');
  const times = [];
  let messages = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    messages = lint(parse(text, { format: 'markdown', filePath: 'bench.md' })).messages.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[1], firstMs: Math.max(...times), messages };
}

async function main() {
  const text = buildDocument();
  const uri = pathToFileURL(path.join(packageDir, 'bench', 'bench-document.md')).href;
  const child = spawn(process.execPath, [...NODE_ARGS, binPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  let diagnosticCount = 0;
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const resolve = waiting.get(params.version);
    diagnosticCount = params.diagnostics.length;
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
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
  const openMs = (await opened) - openStart;
  const afterOpen = memoryOf(child.pid);

  const typed = 'De gemeente stelt voor 1 juli 2027 een plan op met een budget van 2 miljoen euro. ';
  let current = text;
  let offset = typingOffset(text);
  const latencies = [];
  for (let i = 0; i < EDITS; i++) {
    const version = i + 2;
    const char = typed[i % typed.length];
    const position = positionAt(current, offset);
    current = current.slice(0, offset) + char + current.slice(offset);
    offset += 1;
    const done = published(version);
    const t0 = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: char }],
    });
    latencies.push((await done) - t0);
  }
  const memory = memoryOf(child.pid);
  await connection.sendRequest('shutdown');
  // Let the server exit by itself (so e.g. `--node-arg --cpu-prof` can write its profile); kill it if it hangs.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendNotification('exit');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  connection.dispose();
  child.kill();

  const full = await fullLintMs(current);
  const sorted = [...latencies].sort((a, b) => a - b);
  const report = {
    documentBytes: Buffer.byteLength(text),
    edits: EDITS,
    diagnostics: diagnosticCount,
    openMs: round(openMs),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1)),
    serverPeakRssAfterOpenMiB: round(afterOpen.hwmMiB),
    serverPeakRssMiB: round(memory.hwmMiB),
    serverRssMiB: round(memory.rssMiB),
    fullLintMedianMs: round(full.medianMs),
    fullLintColdMs: round(full.firstMs),
  };
  if (JSON_OUTPUT) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(`Document: ${(report.documentBytes / 1024 / 1024).toFixed(2)} MiB Markdown, ${report.diagnostics} diagnostics`);
    console.log(`Open (first full check + publish): ${report.openMs} ms`);
    console.log(`${EDITS} one-character edits, didChange → publishDiagnostics:`);
    console.log(`  p50 ${report.p50Ms} ms   p95 ${report.p95Ms} ms   max ${report.maxMs} ms   (target p95 ≤ ${TARGET_P95_MS} ms)`);
    console.log(
      `Server memory: peak ${report.serverPeakRssMiB} MiB (VmHWM; ${report.serverPeakRssAfterOpenMiB} MiB after open), ` +
        `now ${report.serverRssMiB} MiB (VmRSS)   (target ≤ ${TARGET_RSS_MIB} MiB)`,
    );
    console.log(`In-process full lint(parse(doc)): median ${report.fullLintMedianMs} ms, cold ${report.fullLintColdMs} ms`);
  }
  const ok = report.p95Ms <= TARGET_P95_MS && report.serverPeakRssMiB <= TARGET_RSS_MIB;
  if (!ok) console.log('Targets NOT met.');
  process.exitCode = ok ? 0 : 1;
}

function round(n) {
  return Math.round(n * 10) / 10;
}

main().catch((error) => {
  console.error(`bench:lsp failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
