#!/usr/bin/env node
// `npm run eval`: lints each labelled development set's units.md as one whole Markdown file, exactly as
// `scherp lint` does (document context, default configuration), maps advice records and per-rule messages to
// the labelled units by line overlap, and prints per set and per genre: advice P/R/F1; owner, deadline,
// measurable macro-F1 and problem, funding F1 on detected advice; hype, deferral, absolute F1; vague accuracy;
// and the worst misses. Exits 1 when a figure is more than 0.02 below the committed baseline (eval-baseline.json).
//
//   --sentences          per-sentence diagnostic (the analyser alone, without document context)
//   --update-baseline    write the current figures to eval-baseline.json
//   --misses N           how many misses to print per set (default 25; SCHERP_EVAL_MISSES)
//   --show id,id         print what the linter found for these units
//   --set real|dev       only this set
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from './eval-load.mjs';
import { SETS, readSet } from './eval-sets.mjs';
import { loadPipeline, predictDocument } from './eval-document.mjs';
import { FIGURES, score } from './eval-score.mjs';
import { fmt } from './eval-metrics.mjs';

const { values: args } = parseArgs({
  options: {
    sentences: { type: 'boolean', default: false },
    'update-baseline': { type: 'boolean', default: false },
    misses: { type: 'string' },
    show: { type: 'string', default: '' },
    set: { type: 'string' },
  },
});

if (args.sentences) {
  await import('./eval-sentences.mjs');
  process.exit(0);
}

const TOLERANCE = 0.02;
const baselineFile = path.join(packageRoot, 'eval-baseline.json');
const missLimit = Number(args.misses ?? process.env.SCHERP_EVAL_MISSES ?? 25);
const shown = new Set(args.show.split(',').filter(Boolean));

const LABELS = { advice_p: 'advice P', advice_r: 'advice R', advice_f1: 'advice F1', owner: 'owner', deadline: 'deadline', measurable: 'measurable', problem: 'problem', funding: 'funding', hype: 'hype', deferral: 'deferral', absolute: 'absolute', vague_acc: 'vague acc' };

function table(rows) {
  const head = ['', 'n', ...FIGURES.map((k) => LABELS[k])];
  const cells = rows.map(([name, f]) => [name, String(f.units), ...FIGURES.map((k) => fmt(f[k]))]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `  ${c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ')}`;
  console.log(line(head));
  for (const c of cells) console.log(line(c));
}

function printMisses(misses) {
  const order = ['advice', 'owner', 'measurable', 'deadline', 'vague', 'more_research', 'hype', 'absolute', 'problem', 'funding'];
  misses.sort((x, y) => order.indexOf(x.field) - order.indexOf(y.field));
  console.log(`\n  Worst misses (${misses.length} in total, first ${Math.min(missLimit, misses.length)}):`);
  for (const m of misses.slice(0, missLimit)) {
    const text = m.text.replace(/\s+/g, ' ');
    const short = text.length > 100 ? `${text.slice(0, 97)}...` : text;
    console.log(`    ${m.id.padEnd(16)} ${m.field.padEnd(13)} want=${String(m.expected).padEnd(5)} got=${String(m.got).padEnd(5)} ${short}`);
  }
}

function show(unit, pred) {
  console.log(`\n  ${unit.id} (lines ${unit.startLine}-${unit.endLine}): ${unit.text}`);
  const want = Object.fromEntries(['advice', 'owner', 'deadline', 'measurable', 'problem', 'funding', 'more_research', 'hype', 'absolute', 'vague'].map((k) => [k, unit[k]]));
  console.log(`    want ${JSON.stringify(want)}`);
  for (const r of pred.evidence.records) console.log(`    advice ${r.line}:${r.column} ${JSON.stringify(r.criteria)} vague=${r.vague} «${r.text.slice(0, 80)}»`);
  for (const m of pred.evidence.messages) console.log(`    ${m.ruleId} ${m.line}:${m.column} ${m.message}`);
}

const pipeline = await loadPipeline();
const results = {};
for (const set of SETS) {
  if (args.set && args.set !== set.name) continue;
  const data = readSet(set);
  if (!data) {
    console.log(`\n${set.title}: not found at ${set.dir}; skipped.`);
    continue;
  }
  const predictions = predictDocument(pipeline, data.file, data.source, data.units);
  data.units.forEach((u, i) => shown.has(u.id) && show(u, predictions[i]));
  const all = score(data.units, predictions);
  const groups = [...new Set(data.units.map((u) => u.group))].sort();
  const rows = [['all', all.figures]];
  const perGroup = {};
  for (const g of groups) {
    const idx = data.units.flatMap((u, i) => (u.group === g ? [i] : []));
    const s = score(idx.map((i) => data.units[i]), idx.map((i) => predictions[i]));
    rows.push([g, s.figures]);
    perGroup[g] = s.figures;
  }
  console.log(`\n${data.title}: ${data.units.length} units, linted as one file`);
  table(rows);
  printMisses(all.misses);
  results[set.name] = { all: all.figures, groups: perGroup };
}

const round = (x) => Math.round(x * 1000) / 1000;
if (args['update-baseline']) {
  const baseline = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, Object.fromEntries(FIGURES.map((k) => [k, round(r.all[k])]))]));
  writeFileSync(baselineFile, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(`\nBaseline written to ${path.relative(process.cwd(), baselineFile)}.`);
  process.exit(0);
}

if (!existsSync(baselineFile)) {
  console.log('\nNo eval-baseline.json: nothing to compare against (write one with --update-baseline).');
  process.exit(0);
}
const baseline = JSON.parse(readFileSync(baselineFile, 'utf8'));
const drops = [];
for (const [name, figures] of Object.entries(baseline)) {
  if (!results[name]) continue;
  for (const [k, base] of Object.entries(figures)) {
    const now = results[name].all[k];
    if (now < base - TOLERANCE) drops.push(`${name} ${LABELS[k] ?? k}: ${fmt(now)} < baseline ${fmt(base)} - ${TOLERANCE}`);
  }
}
if (drops.length) {
  console.log(`\nREGRESSION against eval-baseline.json (tolerance ${TOLERANCE}):`);
  for (const d of drops) console.log(`  ${d}`);
  process.exit(1);
}
console.log(`\nNo figure more than ${TOLERANCE} below eval-baseline.json.`);
