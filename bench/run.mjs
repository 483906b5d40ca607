#!/usr/bin/env node
// Scherp benchmark: how fast is `scherp lint` compared with a bare Markdown parse (the floor) and with two
// peer linters, on the same ~1 MB and ~10 MB of Dutch policy text? Every measurement is a fresh process, so
// start-up and module loading count, exactly as a user or CI job experiences it.
//
// Usage: npm run bench  (builds first)   or   node bench/run.mjs [--quick] [--budget <seconds>] [--json <file>]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInputs } from './lib/inputs.mjs';
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
const budgetSeconds = Number(optionValue('--budget') ?? 300);
if (!Number.isFinite(budgetSeconds) || budgetSeconds <= 0) {
  console.error('bench: --budget must be a positive number of seconds');
  process.exit(2);
}

const MB = 1024 * 1024;
const sizes = [
  { label: '1 MB', bytes: 1 * MB, runs: quick ? 1 : 5, minRuns: quick ? 1 : 3 },
  { label: '10 MB', bytes: 10 * MB, runs: quick ? 1 : 3, minRuns: 1 },
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
console.log(`Building inputs from ${corpusDir} …`);
const inputs = await buildInputs({ corpusDir, workDir, sizes });
for (const input of inputs) {
  console.log(`  ${input.label}: ${input.files} files, ${(input.actualBytes / MB).toFixed(2)} MiB in ${path.relative(repoRoot, input.dir)}`);
}

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
for (const input of inputs) {
  const byTool = new Map(available.map((tool) => [tool.id, { tool: tool.id, name: tool.name, size: input.label, bytes: input.actualBytes, runs: [] }]));
  // The 10 MB rounds must fit too: reserve for them an estimate of 10× the first 1 MB round.
  const reserve = (round) => (input === inputs[0] && inputs.length > 1 ? round * (inputs[1].actualBytes / input.actualBytes) : 0);
  for (let i = 0, round = 0; i < input.runs; i++) {
    const elapsed = (performance.now() - startedAt) / 1000;
    if (i >= input.minRuns && elapsed + round + reserve(round) > budgetSeconds) {
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
    round = (performance.now() - roundStarted) / 1000;
  }
  results.push(...byTool.values());
}
process.stdout.write('\n');

const summary = printReport({ results, inputs });
const totalSeconds = (performance.now() - startedAt) / 1000;
console.log(`\nTotal benchmark time: ${totalSeconds.toFixed(0)} s`);

await mkdir(path.dirname(jsonOut), { recursive: true });
await writeFile(
  jsonOut,
  JSON.stringify({ node: process.version, date: new Date().toISOString(), inputs, results, summary }, null, 2) + '\n',
);
console.log(`Raw figures written to ${path.relative(repoRoot, jsonOut)}`);
