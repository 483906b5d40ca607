/**
 * `npm run train -w @scherp/dutch`: rebuilds src/model-data.ts from the three training files of
 * ../shared/nlp/ud-dutch (never from nl_alpino-ud-test.conllu) and prints the accuracy on a held-out dev split
 * (every fifth sentence) of a model trained on the rest with the same options.
 *   --grid       compare option sets on the dev split only (nothing written)
 *   --no-write   train and print, but do not write the model
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTrainingData, splitDev } from '../src/train/data.js';
import { evaluate, formatAccuracy } from '../src/train/evaluate.js';
import { ALL_TEMPLATES, DEFAULT_OPTIONS, LOCAL_TEMPLATES, train, type TrainOptions } from '../src/train/train.js';
import { renderModelModule } from '../src/train/render.js';
import { loadModel } from '../src/model.js';
import { Tagger } from '../src/tagger.js';

const args = process.argv.slice(2);
const sentences = readTrainingData();
const { trainPart, devPart } = splitDev(sentences);
console.log(`training data: ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.tokens.length, 0)} tokens`);

function devRun(label: string, options: TrainOptions): void {
  const started = performance.now();
  const tagger = new Tagger(loadModel(train(trainPart, options)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`dev  ${label.padEnd(34)} ${formatAccuracy(evaluate(tagger, devPart))}  [${seconds} s]`);
}

if (args.includes('--grid')) {
  const grid: [string, Partial<TrainOptions>][] = [
    ['default', {}],
    ['no jackknife', { jackknife: false }],
    ['local features (alternative)', { templates: LOCAL_TEMPLATES }],
    ['iterations 5', { iterations: 5 }],
    ['iterations 15', { iterations: 15 }],
    ['rareMax 0', { rareMax: 0 }],
    ['rareMax 2', { rareMax: 2 }],
    ['fixedMin 3', { fixedMin: 3 }],
    ['fixedMin 1000000 (score all)', { fixedMin: 1_000_000 }],
    ['bits 19', { bits: 19 }],
    ['bits 21', { bits: 21 }],
  ];
  for (const [label, o] of grid) devRun(label, { ...DEFAULT_OPTIONS, ...o, templates: o.templates ?? ALL_TEMPLATES });
} else {
  devRun('held-out dev split (1/5)', DEFAULT_OPTIONS);
  const data = train(sentences, DEFAULT_OPTIONS);
  const module = renderModelModule(data);
  const tagger = new Tagger(loadModel(data));
  console.log(`all  ${'training data (seen, not a test)'.padEnd(34)} ${formatAccuracy(evaluate(tagger, sentences))}`);
  if (!args.includes('--no-write')) {
    const target = fileURLToPath(new URL('../src/model-data.ts', import.meta.url));
    writeFileSync(target, module);
    console.log(`wrote ${target} (${(module.length / 1e6).toFixed(2)} MB)`);
  }
}
