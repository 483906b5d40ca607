/**
 * Measures full and incremental parse times on a ~1 MB Markdown document built from the corpus.
 * Run: npx tsx packages/parser/scripts/bench-incremental.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../src/index.js';
import { IncrementalParser } from '../src/incremental.js';

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
// Wall time suffers when the machine is busy; CPU time of this process is reported alongside.
for (const [label, position] of [
  ['middle', 0.5],
  ['start', 0.02],
  ['end', 0.98],
] as const) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let at = Math.floor(source.length * position);
  for (let i = 0; i < 40; i++) {
    source = `${source.slice(0, at)}x${source.slice(at)}`;
    at += 1;
    const t = performance.now();
    const c = process.cpuUsage();
    inc.parse(source, options);
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `one-character edit near the ${label}: median ${wall[20]?.toFixed(1)} ms wall / ${cpu[20]?.toFixed(1)} ms CPU, p90 ${wall[36]?.toFixed(1)} ms wall`,
  );
}
