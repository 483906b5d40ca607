#!/usr/bin/env node
// Measures analysis throughput: the five corpus documents, repeated to ~1 MB of text, split into sentences and
// analysed without a cache. Usage: node packages/linter/scripts/eval-speed.mjs [megabytes]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAnalysis, loadSentenceSplitter, repoRoot } from './eval-load.mjs';

const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const targetBytes = Number(process.argv[2] ?? 1) * 1024 * 1024;
const { analyzeSentence, from } = await loadAnalysis();
const split = await loadSentenceSplitter();

const base = readdirSync(corpusDir).map((f) => readFileSync(path.join(corpusDir, f), 'utf8')).join('\n\n');
const paragraphs = base.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
const sentences = paragraphs.flatMap((p) => split(p));
const batch = [];
let size = 0;
// Vary each copy slightly so a cache (if any) could not help.
for (let copy = 0; size < targetBytes; copy++) {
  for (const s of sentences) {
    const text = copy === 0 ? s : `${s} (${copy})`;
    batch.push(text);
    size += text.length;
    if (size >= targetBytes) break;
  }
}
for (const s of batch.slice(0, 2000)) analyzeSentence(s); // warm-up (JIT)
// CPU time, best of five: on a shared machine wall-clock time mostly measures the neighbours.
const runs = [];
let advice = 0;
for (let r = 0; r < 5; r++) {
  advice = 0;
  const c0 = process.cpuUsage();
  for (const s of batch) if (analyzeSentence(s).advice) advice++;
  const c = process.cpuUsage(c0);
  runs.push((c.user + c.system) / 1000);
}
runs.sort((a, b) => a - b);
console.log(
  `analysis from ${from}: ${batch.length} sentences, ${(size / 1024 / 1024).toFixed(2)} MB: best ${runs[0].toFixed(0)} ms, median ${runs[2].toFixed(0)} ms CPU (${advice} advice)`,
);
