#!/usr/bin/env node
// Where `scherp lint` spends its time on a set of files, stage by stage, in one process and one thread (the
// CLI spreads files over worker threads, so its wall time is lower than the sum here): read, parse, tag,
// analyse, rules, format. Time per stage (`performance.now()`: one thread, so it is that thread's time plus
// whatever the machine takes from it; `process.cpuUsage` per stage would cost more than some stages), summed
// over the files, median of the repeats. Every repeat is a fresh process, cold as the CLI is: a warm second
// round in the same process would find the tagger's word-type cache and V8's compiled code ready and
// understate the work by a factor of three or more on distinct text.
//
// - read: the files' bytes and UTF-8 decoding (`readDocument` minus its parse is not separable, so this is
//   `readFile` + decode);   parse: `parse()` (Markdown with front matter into the model);
// - tag: the Dutch tagger (`@scherp/dutch`, when this build has it) over every prose sentence, run again
//   after the analysis (which calls it itself, so `analyse` includes it): the line shows its warm share;
// - analyse: `analyzeDocument` (sentence analyses with document context);   rules: the rules, directives,
//   ordering and advice records on the ready analyses (`lintWithAnalyzer`);   format: the JSON formatter.
//
// The garbage collector runs inside whatever stage happens to allocate or to yield: most of `read` on a busy
// machine is not reading (98 files of 1 MB read and decode in ≈ 20 ms alone) but collections of the last
// file's garbage, which V8 finishes when the event loop turns during `await readFile`, and waiting for a core
// after each I/O round trip. So each stage also shows the main-thread GC pauses inside it (`gc` entries of
// perf_hooks, attributed by start time).
//
// Usage: node bench/breakdown.mjs <dir> [--repeat N] [--json]   (`--once`: one round in this process)
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { analyzeDocument, lintWithAnalyzer } from '@scherp/linter';
import { decodeUtf8, parse } from '@scherp/parser';
import { fileResult, formatJson } from '@scherp/cli';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--repeat');
const repeat = Number(args.includes('--repeat') ? args[args.indexOf('--repeat') + 1] : 3);
if (!dir) {
  console.error('usage: node bench/breakdown.mjs <dir> [--repeat N] [--json]');
  process.exit(2);
}

let tagSentence;
try {
  ({ tagSentence } = await import('@scherp/dutch'));
} catch {
  tagSentence = undefined;
}

const cpu = () => performance.now();

/** Main-thread GC pauses: [start, duration] in performance.now() time. */
const pauses = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push([e.startTime, e.duration]);
}).observe({ entryTypes: ['gc'] });

async function once(files) {
  const t = { read: 0, parse: 0, tag: 0, analyse: 0, rules: 0, format: 0 };
  /** [stage, from, to] of every timed interval, to attribute GC pauses. */
  const spans = [];
  const time = (stage, from) => {
    const to = cpu();
    t[stage] += to - from;
    spans.push([stage, from, to]);
  };
  const results = [];
  let sentences = 0;
  for (const file of files) {
    let c = cpu();
    const text = decodeUtf8(await readFile(file), file);
    time('read', c);
    c = cpu();
    const parsed = parse(text, { filePath: file });
    time('parse', c);
    c = cpu();
    const analysis = analyzeDocument(parsed);
    time('analyse', c);
    if (tagSentence) {
      c = cpu();
      for (const p of parsed.document.paragraphs) if (p.prose) for (const s of p.sentences) tagSentence(s.text);
      time('tag', c);
    }
    sentences += analysis.sentences.length;
    c = cpu();
    const result = lintWithAnalyzer(parsed, undefined, () => analysis.sentences);
    results.push(fileResult(file, parsed.document.title, result.messages, result.advice));
    time('rules', c);
  }
  const c = cpu();
  formatJson(results, { cwd: process.cwd(), locale: 'nl', color: false });
  time('format', c);
  // Observer entries arrive asynchronously: let them in before attributing this round's pauses.
  await new Promise((resolve) => setImmediate(resolve));
  const gc = { read: 0, parse: 0, tag: 0, analyse: 0, rules: 0, format: 0 };
  for (const [start, duration] of pauses.splice(0)) {
    const span = spans.find(([, from, to]) => start >= from && start <= to);
    if (span) gc[span[0]] += duration;
  }
  return { t, gc, sentences };
}

const names = (await readdir(dir)).filter((n) => /\.(md|mdx|txt)$/.test(n)).sort();
const files = names.map((n) => path.join(dir, n));
const runs = [];
const gcRuns = [];
let sentences = 0;
if (args.includes('--once')) {
  console.log(JSON.stringify(await once(files)));
  process.exit(0);
}
const self = fileURLToPath(import.meta.url);
for (let i = 0; i < repeat; i++) {
  const r = JSON.parse(execFileSync(process.execPath, [self, dir, '--once'], { encoding: 'utf8', maxBuffer: 1 << 24 }));
  runs.push(r.t);
  gcRuns.push(r.gc);
  sentences = r.sentences;
}
const medianOf = (list, k) => list.map((r) => r[k]).sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
const median = (k) => medianOf(runs, k);
const stages = ['read', 'parse', 'tag', 'analyse', 'rules', 'format'];
const figures = Object.fromEntries(stages.map((k) => [k, median(k)]));
const gcFigures = Object.fromEntries(stages.map((k) => [k, medianOf(gcRuns, k)]));
const total = figures.read + figures.parse + figures.analyse + figures.rules + figures.format;
if (args.includes('--json')) {
  console.log(JSON.stringify({ files: files.length, sentences, tagger: Boolean(tagSentence), figures, gc: gcFigures, total }));
} else {
  console.log(`${files.length} files, ${sentences} prose sentences; ms in one thread, median of ${repeat} fresh processes:`);
  for (const k of stages) {
    if (k === 'tag' && !tagSentence) {
      console.log(`  ${'tag'.padEnd(8)}      –   (no Dutch tagger in this build)`);
      continue;
    }
    const note = k === 'tag' ? '  (again after analyse, warm; inside analyse)' : '';
    const gc = `gc ${Math.round(gcFigures[k]).toString().padStart(4)}`;
    console.log(`  ${k.padEnd(8)} ${Math.round(figures[k]).toString().padStart(6)}   ${((figures[k] / total) * 100).toFixed(0).padStart(3)} %   ${gc}${note}`);
  }
  console.log(`  ${'total'.padEnd(8)} ${Math.round(total).toString().padStart(6)}`);
}
