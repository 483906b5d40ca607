#!/usr/bin/env node
// Scherp benchmark: how fast is `scherp lint` compared with a bare Markdown parse (the floor) and with two
// peer linters, on the same ~1 MB and ~10 MB of Dutch policy text that does not repeat (../shared/bench/real-nl),
// and, as a second labelled block, on the repeated corpus of earlier versions? Every measurement is a fresh
// process, so start-up and module loading count, exactly as a user or CI job experiences it. Then prints
// where the time goes (read, parse, tag, analyse, rules, format) on the distinct 1 MB.
//
// Usage: npm run bench  (builds first)   or   node bench/run.mjs [--quick] [--no-repeated] [--budget <seconds>] [--json <file>]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDistinctInputs, buildRepeatedCorpusInputs } from './lib/inputs.mjs';
import { measure } from './lib/measure.mjs';
import { printReport } from './lib/report.mjs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const workDir = path.join(repoRoot, 'bench', '.work');
const scherpBin = path.join(repoRoot, 'packages', 'cli', 'dist', 'bin.js');

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const optionValue = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const jsonOut = optionValue('--json') ?? path.join(repoRoot, 'artifacts', 'bench.json');
// Wall-clock budget for the whole benchmark. Each size gets at least `minRuns` rounds; further rounds (up to
// `runs`) only start while the budget allows another round of the same length, so a slow machine or a slow
// build gives fewer samples instead of a benchmark nobody waits for.
const budgetSeconds = Number(optionValue('--budget') ?? 900);
const withRepeated = !args.includes('--no-repeated');
if (!Number.isFinite(budgetSeconds) || budgetSeconds <= 0) {
  console.error('bench: --budget must be a positive number of seconds');
  process.exit(2);
}

const MB = 1024 * 1024;
// Distinct text: at least three runs each (the targets are judged on their medians).
const distinctSizes = [
  { label: '1 MB distinct', bytes: 1 * MB, runs: quick ? 1 : 5, minRuns: quick ? 1 : 3 },
  { label: '10 MB real-nl', bytes: 10 * MB, runs: quick ? 1 : 3, minRuns: quick ? 1 : 3 },
];
// The repeated corpus of earlier versions, for comparison: fewer runs.
const repeatedSizes = [
  { label: '1 MB repeated corpus', bytes: 1 * MB, runs: quick ? 1 : 3, minRuns: 1 },
  { label: '10 MB repeated corpus', bytes: 10 * MB, runs: 1, minRuns: 1 },
];

const bin = (...segments) => path.join(repoRoot, 'node_modules', ...segments);

/**
 * Each tool gets the input (directory and file count) and a scratch directory, returns the argv that lints
 * (or parses) all of it, and checks from its output that it really processed every file.
 */
const tools = [
  {
    name: 'bare remark-parse',
    id: 'bare',
    argv: (input) => () => [path.join(repoRoot, 'bench', 'bare-parse.mjs'), input.dir],
    okExitCodes: [0],
    validate: (input) => ({ stdout }) => (stdout.includes(`parsed ${input.files} files`) ? null : 'not every file parsed'),
  },
  {
    name: 'scherp lint',
    id: 'scherp',
    available: () => existsSync(scherpBin) || `${path.relative(repoRoot, scherpBin)} not built`,
    // --no-ignore: bench/.work is git-ignored, and scherp honours .gitignore by default. The JSON goes to a
    // scratch file (not /dev/null) so that every run can be checked for a result per file.
    argv: (input) => (tmp) => [scherpBin, 'lint', input.dir, '--no-ignore', '--format', 'json', '--output-file', path.join(tmp, 'scherp.json')],
    // 1 = findings reported (the corpus is full of vague advice).
    okExitCodes: [0, 1],
    validate: (input) => async ({ tmpDir }) => {
      const results = JSON.parse(await readFile(path.join(tmpDir, 'scherp.json'), 'utf8'));
      return Array.isArray(results) && results.length === input.files ? null : `expected ${input.files} file results`;
    },
  },
  {
    name: 'markdownlint-cli2',
    id: 'markdownlint',
    argv: (input) => () => [bin('markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), `${toPosix(input.dir)}/**/*.md`],
    okExitCodes: [0, 1],
    validate: (input) => ({ stdout }) => (stdout.includes(`Linting: ${input.files} files`) ? null : 'not every file linted'),
  },
  {
    name: 'remark-cli + retext (dutch, intensify, passive)',
    id: 'remark-retext',
    argv: (input) => () => [
      bin('remark-cli', 'cli.js'),
      '--rc-path',
      path.join(repoRoot, 'bench', '.remarkrc.mjs'),
      '--no-stdout',
      '--quiet',
      input.dir,
    ],
    okExitCodes: [0, 1],
    // The default reporter ends with a warning count; a crash ends with a stack trace instead.
    validate: () => ({ stderr }) => (/\d+ (warnings?|messages?)\s*$/.test(stderr) ? null : 'no remark summary'),
  },
];

function toPosix(p) {
  return p.split(path.sep).join('/');
}

const startedAt = performance.now();
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const loadAtStart = load();
console.log(`Load average at start: ${loadAtStart} (${(await import('node:os')).availableParallelism()} cores)`);
console.log(`Building distinct inputs from ${path.relative(repoRoot, path.resolve(repoRoot, '../shared/bench/real-nl'))} …`);
const distinct = await buildDistinctInputs({ workDir, sizes: distinctSizes });
const repeated = withRepeated ? await buildRepeatedCorpusInputs({ corpusDir, workDir, sizes: repeatedSizes }) : [];
const describe = (input) =>
  input.distinctBytes >= input.actualBytes
    ? 'no file twice'
    : `${(input.distinctBytes / MB).toFixed(2)} MiB distinct (all of real-nl), the rest the same files again under new names`;
for (const input of distinct) {
  console.log(`  ${input.label}: ${input.files} files, ${(input.actualBytes / MB).toFixed(2)} MiB (${describe(input)}) in ${path.relative(repoRoot, input.dir)}`);
}
for (const input of repeated) {
  console.log(`  ${input.label}: ${input.files} files, ${(input.actualBytes / MB).toFixed(2)} MiB (the corpus repeated) in ${path.relative(repoRoot, input.dir)}`);
}
const inputs = [...distinct, ...repeated];

// Runs are interleaved (run 1 of every tool, then run 2, …) so that a burst of background load hits all
// tools alike instead of skewing one tool's median.
const available = [];
const results = [];
for (const tool of tools) {
  const availability = tool.available ? tool.available() : true;
  if (availability === true) available.push(tool);
  else {
    console.log(`Skipping ${tool.name}: ${availability}`);
    results.push({ tool: tool.id, name: tool.name, skipped: availability });
  }
}
/** Seconds one round of every tool took per MiB of input, once known (to keep the later inputs' rounds in budget). */
let secondsPerMiB;
for (let k = 0; k < inputs.length; k++) {
  const input = inputs[k];
  const byTool = new Map(available.map((tool) => [tool.id, { tool: tool.id, name: tool.name, size: input.label, bytes: input.actualBytes, runs: [] }]));
  // The minimum rounds of the inputs still to come must fit too.
  const reserve = () => inputs.slice(k + 1).reduce((sum, later) => sum + (secondsPerMiB ?? 0) * (later.actualBytes / MB) * later.minRuns, 0);
  for (let i = 0; i < input.runs; i++) {
    const elapsed = (performance.now() - startedAt) / 1000;
    const round = (secondsPerMiB ?? 0) * (input.actualBytes / MB);
    if (i >= input.minRuns && elapsed + round + reserve() > budgetSeconds) {
      process.stdout.write(`\n${input.label}: stopping after ${i} rounds (budget ${budgetSeconds} s)`);
      break;
    }
    const roundStarted = performance.now();
    process.stdout.write(`\n${input.label}, run ${i + 1}/${input.runs}:`);
    for (const tool of available) {
      const run = await measure({ argv: tool.argv(input), cwd: repoRoot, okExitCodes: tool.okExitCodes, validate: tool.validate(input) });
      byTool.get(tool.id).runs.push(run);
      process.stdout.write(` ${tool.id} ${Math.round(run.ms)} ms;`);
    }
    secondsPerMiB = (performance.now() - roundStarted) / 1000 / (input.actualBytes / MB);
  }
  results.push(...byTool.values());
}
process.stdout.write('\n');

console.log('\n=== Distinct text (real-nl; the targets are judged here) ===');
for (const input of distinct) console.log(`  ${input.label}: ${describe(input)}`);
const distinctSummary = printReport({ results: results.filter((r) => r.skipped || distinct.some((d) => d.label === r.size)), inputs: distinct });
let repeatedSummary;
if (repeated.length > 0) {
  console.log('\n=== Repeated corpus (earlier versions\' input: the same five documents again and again; for comparison only) ===');
  repeatedSummary = printReport({ results: results.filter((r) => !r.skipped && repeated.some((d) => d.label === r.size)), inputs: repeated });
}

// Where the time goes, on the distinct 1 MB: one process, one thread, stage by stage.
console.log(`\n=== Where scherp's time goes: ${distinct[0].label}, in process, one thread, each run a fresh process ===`);
let breakdown;
try {
  const out = execFileSync(process.execPath, [path.join(repoRoot, 'bench', 'breakdown.mjs'), distinct[0].dir, '--repeat', quick ? '1' : '3', '--json'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  breakdown = JSON.parse(out);
  const { figures, gc, total } = breakdown;
  for (const [stage, ms] of Object.entries(figures)) {
    const pauses = gc ? `   gc ${String(Math.round(gc[stage])).padStart(4)} ms` : '';
    if (stage === 'tag' && !breakdown.tagger) console.log(`  ${'tag'.padEnd(8)}      –         (no Dutch tagger in this build)`);
    else console.log(`  ${stage.padEnd(8)} ${String(Math.round(ms)).padStart(6)} ms ${((ms / total) * 100).toFixed(0).padStart(3)} %${pauses}${stage === 'tag' ? '  (re-run after analyse, warm: part of analyse)' : ''}`);
  }
  console.log('  (gc: main-thread garbage-collector pauses inside the stage; `read` also holds the waits of `await readFile`)');
  console.log(`  ${'total'.padEnd(8)} ${String(Math.round(total)).padStart(6)} ms   (one thread, in process; ${breakdown.files} files, ${breakdown.sentences} prose sentences)`);
  const bareCpu = distinctSummary.rows.find((r) => r.tool === 'bare' && r.size === distinct[0].label)?.medianCpuMs;
  if (bareCpu) console.log(`  for scale: the bare remark-parse process took ${Math.round(bareCpu)} ms CPU on the same files`);
} catch (error) {
  console.log(`  breakdown failed: ${error instanceof Error ? error.message : String(error)}`);
}
const summary = { distinct: distinctSummary, repeated: repeatedSummary, breakdown };
const totalSeconds = (performance.now() - startedAt) / 1000;
console.log(`\nTotal benchmark time: ${totalSeconds.toFixed(0)} s; load average at start ${loadAtStart}, at the end ${load()}`);

await mkdir(path.dirname(jsonOut), { recursive: true });
await writeFile(
  jsonOut,
  JSON.stringify({ node: process.version, date: new Date().toISOString(), load: { start: loadAtStart, end: load() }, inputs, results, summary }, null, 2) + '\n',
);
console.log(`Raw figures written to ${path.relative(repoRoot, jsonOut)}`);
