/**
 * `npm run bench -w @scherp/dutch`: accuracy on nl_alpino-ud-test.conllu (test only: never trained or tuned
 * on), clause-structure accuracy against its dependency trees, model load time and memory, and throughput in
 * tokens/s next to Frog (`frog`, Debian) on the same pre-tokenised sentences in the same run when Frog is
 * installed. Installs nothing.
 *
 * The npm script builds the package, then runs `node --expose-gc --import tsx scripts/bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTreebank, TEST_FILE } from '../src/train/data.js';
import { evaluate, formatAccuracy } from '../src/train/evaluate.js';
import { evaluateClauses, formatClauseAccuracy } from '../src/train/evaluate-clauses.js';
import type { GoldSentence } from '../src/train/conllu.js';
import { decode } from '../src/decode.js';
import { wordShape } from '../src/features.js';

const gc = (globalThis as { gc?: () => void }).gc;
const memory = () => {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};
const MiB = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;
const FROG_TOKENS = 40_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);

// 1. Load: importing the generated module (a few MB of string literals) plus decoding the model.
const before = memory();
const started = performance.now();
// The built package, as users load it (npm run bench builds it first).
const dutch = (await import('../dist/index.js')) as unknown as typeof import('../src/index.js');
const tagger = dutch.getTagger();
const loadMs = performance.now() - started;
const loaded = memory();
console.log(`model load: ${loadMs.toFixed(1)} ms (import of dist/index.js + decode), memory of the loaded model ${MiB(loaded - before)}${gc ? '' : ' (no --expose-gc: rough)'}`);
const modelFile = fileURLToPath(new URL('../src/model-data.ts', import.meta.url));
console.log(`model file: ${(readFileSync(modelFile).length / 1e6).toFixed(2)} MB`);

// 2. Accuracy on the test file.
const test = readTreebank(TEST_FILE);
console.log(`\n${TEST_FILE}: ${test.length} sentences, ${test.reduce((n, s) => n + s.tokens.length, 0)} tokens`);
console.log(`Scherp  ${formatAccuracy(evaluate(tagger, test))}`);
console.log(`Scherp clauses  ${formatClauseAccuracy(evaluateClauses(test, (words) => dutch.tagWords(words)))}`);

// The per-type score shortcut must not change a tag: decode every test sentence with full per-token scoring too.
{
  const m = tagger.model;
  const head = (lower: string) => { const k = m.lexicon.get(lower); return k ? k.seen[0]! + 1 : 0; };
  let differences = 0;
  for (const s of test) {
    const words = s.tokens.map((t) => t.form);
    const fast = tagger.decodeWords(words).slice(0, words.length);
    const full = new Int32Array(words.length);
    decode(m, words.map((w) => wordShape(w, head, m.wordList, m.particles)), words.map((w) => m.entryFor(w.toLowerCase(), w)), full);
    for (let i = 0; i < words.length; i++) if (full[i] !== fast[i]) differences++;
  }
  console.log(`per-type score shortcut vs full scoring: ${differences} tag differences on the test file`);
}

// 3. Throughput on sentences that do not repeat: the test sentences plus real policy Markdown.
const realDir = fileURLToPath(new URL('../../../../shared/bench/real-nl/', import.meta.url));
const realSentences: string[][] = [];
for (const file of readdirSync(realDir).filter((f) => f.endsWith('.md')).sort()) {
  const text = readFileSync(path.join(realDir, file), 'utf8');
  for (const line of text.split(/(?<=[.!?])\s+|\n+/)) {
    const words = dutch.tokenize(line).map((t) => t.text);
    if (words.length > 0 && words.length <= 200) realSentences.push(words);
  }
}
const seenSentence = new Set<string>();
const sentences = [...test.map((s) => s.tokens.map((t) => t.form)), ...realSentences].filter((words) => {
  const key = words.join(' ');
  if (seenSentence.has(key)) return false;
  seenSentence.add(key);
  return true;
});
const tokenCount = sentences.reduce((n, s) => n + s.length, 0);
console.log(`\nthroughput corpus: ${sentences.length} distinct sentences, ${tokenCount} tokens (test file + ../shared/bench/real-nl)`);

const rounds: number[] = [];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (const words of sentences) dutch.tagWords(words);
  rounds.push(tokenCount / ((performance.now() - t0) / 1000));
}
console.log(`Scherp tagWords: first pass ${Math.round(rounds[0]!)} tokens/s, median of 3 ${Math.round(median(rounds))} tokens/s`);
const textRounds: number[] = [];
const texts = sentences.map((w) => w.join(' '));
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (const text of texts) dutch.tagSentence(text);
  textRounds.push(tokenCount / ((performance.now() - t0) / 1000));
}
console.log(`Scherp tagSentence (tokenise + tag + lemma): median of 3 ${Math.round(median(textRounds))} tokens/s`);

// 4. Frog on the same sentences, pre-tokenised (one per line, --skip=t), its own timer for the CGN tagger.
const frog = spawnSync('frog', ['--version'], { encoding: 'utf8' });
if (frog.error) {
  console.log('\nFrog not installed: no comparison (apt-get install frog frogdata to compare).');
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scherp-frog-'));
  try {
    // Frog is slow: it gets the test sentences plus real sentences up to FROG_TOKENS, and Scherp is timed again
    // on exactly that set for the ratio.
    const frogSet: string[][] = [];
    let frogTokens = 0;
    for (const words of sentences) {
      if (frogTokens >= FROG_TOKENS) break;
      frogSet.push(words);
      frogTokens += words.length;
    }
    const same: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t1 = performance.now();
      for (const words of frogSet) dutch.tagWords(words);
      same.push(frogTokens / ((performance.now() - t1) / 1000));
    }
    const input = path.join(dir, 'input.txt');
    writeFileSync(input, frogSet.map((w) => w.join(' ')).join('\n') + '\n');
    const t0 = performance.now();
    const run = spawnSync('frog', ['--skip=tmcpna', '-n', '-t', input], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const wallSeconds = (performance.now() - t0) / 1000;
    const timer = /CGN tagging took:\s*(\d+) seconds, (\d+) milliseconds and (\d+) microseconds/.exec(run.stderr);
    const tagSeconds = timer ? Number(timer[1]) + Number(timer[2]) / 1e3 + Number(timer[3]) / 1e6 : NaN;
    const frogRate = frogTokens / tagSeconds;
    console.log(`\nsame ${frogSet.length} sentences, ${frogTokens} tokens for both:`);
    console.log(`Frog (--skip=tmcpna -n, pre-tokenised): CGN tagging ${Math.round(frogRate)} tokens/s by its own timer (whole run ${wallSeconds.toFixed(1)} s incl. start-up and lemmatiser)`);
    console.log(`Scherp tagWords: first pass ${Math.round(same[0]!)} tokens/s, median of 3 ${Math.round(median(same))} tokens/s`);
    console.log(`ratio Scherp tagWords / Frog tagging: ${(median(same) / frogRate).toFixed(1)}× (first pass ${(same[0]! / frogRate).toFixed(1)}×)`);
    console.log(`Frog    ${frogAccuracy(run.stdout, test)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Frog's accuracy on the test sentences (the first sentences of its output), in the same measures. */
function frogAccuracy(output: string, gold: readonly GoldSentence[]): string {
  const blocks = output.split(/\n\s*\n/).filter((b) => b.trim() !== '');
  let tokens = 0, coarse = 0, verbs = 0, verbForm = 0, lemma = 0, skipped = 0;
  gold.forEach((s, k) => {
    const rows = (blocks[k] ?? '').trim().split('\n').map((l) => l.split('\t'));
    if (rows.length !== s.tokens.length) return void skipped++;
    s.tokens.forEach((g, i) => {
      const tag = rows[i]![4] ?? '';
      const [cls, rest = ''] = tag.replace(/\)$/, '').split('(');
      const form = rest.split(',')[0];
      tokens++;
      if (cls === g.xpos.split('|')[0]) coarse++;
      if (g.xpos.startsWith('WW')) {
        verbs++;
        if (cls === 'WW' && form === g.xpos.split('|')[1]) verbForm++;
      }
      if ((rows[i]![2] ?? '').toLowerCase() === g.lemma.replace(/_/g, '').toLowerCase()) lemma++;
    });
  });
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)}%`;
  return `coarse CGN ${pct(coarse, tokens)}, verb form ${pct(verbForm, verbs)} (${verbs} verbs), lemma ${pct(lemma, tokens)} on ${tokens} tokens (${skipped} sentences misaligned)`;
}
