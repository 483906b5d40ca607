#!/usr/bin/env node
// Where `scherp lint` spends its time on a set of files, stage by stage, in one process and one thread (the
// CLI spreads files over worker threads, so its wall time is lower than the sum here): read, parse, tag,
// analyse, rules, format. Time per stage (`performance.now()`: one thread, so it is that thread's time plus
// whatever the machine takes from it; `process.cpuUsage` per stage would cost more than some stages), summed
// over the files, median of the repeats.
//
// - read: the files' bytes and UTF-8 decoding (`readDocument` minus its parse is not separable, so this is
//   `readFile` + decode);   parse: `parse()` (Markdown with front matter into the model);
// - tag: the Dutch tagger (`@scherp/dutch`, when this build has it) over every prose sentence; the analyser
//   calls it itself, so `analyse` includes it too: the tag line shows its share;
// - analyse: `analyzeDocument` (sentence analyses with document context);   rules: the rules, directives,
//   ordering and advice records on the ready analyses (`lintWithAnalyzer`);   format: the JSON formatter.
//
// Usage: node bench/breakdown.mjs <dir> [--repeat N] [--json]
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
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

async function once(files) {
  const t = { read: 0, parse: 0, tag: 0, analyse: 0, rules: 0, format: 0 };
  const results = [];
  let sentences = 0;
  for (const file of files) {
    let c = cpu();
    const text = decodeUtf8(await readFile(file), file);
    t.read += cpu() - c;
    c = cpu();
    const parsed = parse(text, { filePath: file });
    t.parse += cpu() - c;
    if (tagSentence) {
      c = cpu();
      for (const p of parsed.document.paragraphs) if (p.prose) for (const s of p.sentences) tagSentence(s.text);
      t.tag += cpu() - c;
    }
    c = cpu();
    const analysis = analyzeDocument(parsed);
    t.analyse += cpu() - c;
    sentences += analysis.sentences.length;
    c = cpu();
    const result = lintWithAnalyzer(parsed, undefined, () => analysis.sentences);
    results.push(fileResult(file, parsed.document.title, result.messages, result.advice));
    t.rules += cpu() - c;
  }
  const c = cpu();
  formatJson(results, { cwd: process.cwd(), locale: 'nl', color: false });
  t.format += cpu() - c;
  return { t, sentences };
}

const names = (await readdir(dir)).filter((n) => /\.(md|mdx|txt)$/.test(n)).sort();
const files = names.map((n) => path.join(dir, n));
const runs = [];
let sentences = 0;
for (let i = 0; i < repeat; i++) {
  const r = await once(files);
  runs.push(r.t);
  sentences = r.sentences;
}
const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor((runs.length - 1) / 2)];
const stages = ['read', 'parse', 'tag', 'analyse', 'rules', 'format'];
const figures = Object.fromEntries(stages.map((k) => [k, median(k)]));
const total = figures.read + figures.parse + figures.analyse + figures.rules + figures.format;
if (args.includes('--json')) {
  console.log(JSON.stringify({ files: files.length, sentences, tagger: Boolean(tagSentence), figures, total }));
} else {
  console.log(`${files.length} files, ${sentences} prose sentences; ms in one thread, median of ${repeat}:`);
  for (const k of stages) {
    if (k === 'tag' && !tagSentence) {
      console.log(`  ${'tag'.padEnd(8)}      –   (no Dutch tagger in this build)`);
      continue;
    }
    const note = k === 'tag' ? '  (inside analyse)' : '';
    console.log(`  ${k.padEnd(8)} ${Math.round(figures[k]).toString().padStart(6)}   ${((figures[k] / total) * 100).toFixed(0).padStart(3)} %${note}`);
  }
  console.log(`  ${'total'.padEnd(8)} ${Math.round(total).toString().padStart(6)}`);
}
