/**
 * Measures full and incremental parse times on a ~1 MB Markdown document built from the corpus.
 * Run: npx tsx packages/parser/scripts/bench-incremental.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IncrementalParser, parse } from '../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../../../shared/corpus');
const parts = ['000_bb3d868b854de5a3.txt', '002_04ce189780e16692.txt', '003_4b39f092b08b9d84.txt', '004_e1c446576967c7de.txt'].map(
  (f) => readFileSync(path.join(corpus, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''),
);
let source = '';
while (source.length < 1_000_000) source += `${parts.join('\n\n')}\n\n`;
const options = { filePath: 'bench.md', format: 'markdown' as const };

const time = (label: string, fn: () => void, runs = 1) => {
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - t) / runs;
  console.log(`${label}: ${ms.toFixed(1)} ms`);
  return ms;
};

console.log(`document: ${(source.length / 1e6).toFixed(2)} M chars`);
time('full parse (cold)', () => parse(source, options));
time('full parse (warm)', () => parse(source, options));
const inc = new IncrementalParser();
time('incremental first parse', () => inc.parse(source, options));
const samples: number[] = [];
let at = Math.floor(source.length / 2);
for (let i = 0; i < 50; i++) {
  source = `${source.slice(0, at)}x${source.slice(at)}`;
  at += 1;
  const t = performance.now();
  inc.parse(source, options);
  samples.push(performance.now() - t);
}
samples.sort((a, b) => a - b);
console.log(`incremental one-character edit: median ${samples[25]?.toFixed(1)} ms, p90 ${samples[45]?.toFixed(1)} ms`);
