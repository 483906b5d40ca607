/**
 * Provenance of the committed model. The generated module records two digests: of everything training reads
 * (the treebank training files, the word list, the training code and options) and of its own model text. A fast
 * test recomputes both, so it fails when an input changed without retraining or the model was edited by hand;
 * `npm run check-model` retrains from scratch and compares byte for byte (minutes, so not a unit test).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRAINING_FILES, TREEBANK_DIR } from './data.js';
import { dictionaryDir } from './opentaal.js';

const SRC = fileURLToPath(new URL('../', import.meta.url));

/** Source files whose change can change the trained model. */
export const TRAINING_SOURCES = [
  'base64.ts', 'decode.ts', 'features.ts', 'flags.ts', 'hash.ts', 'lemma.ts', 'model.ts', 'sorted-lines.ts', 'wordlist.ts',
  'train/conllu.ts', 'train/data.ts', 'train/opentaal.ts', 'train/render.ts', 'train/suffixes.ts', 'train/train.ts',
];

export const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** Digest of the training inputs: data files, word list, training code (line endings normalised), options. */
export function inputsDigest(options: unknown): string {
  const hash = createHash('sha256');
  const add = (label: string, content: string | Buffer) => hash.update(`${label}\0${sha256(content)}\n`);
  for (const f of TRAINING_FILES) add(f, readFileSync(path.join(TREEBANK_DIR, f)));
  for (const f of ['index.aff', 'index.dic']) add(f, readFileSync(path.join(dictionaryDir(), f)));
  for (const f of TRAINING_SOURCES) add(f, readFileSync(path.join(SRC, f), 'utf8').replace(/\r\n/g, '\n'));
  add('options', JSON.stringify(options));
  return hash.digest('hex');
}

const HEADER = /^\/\/ inputs sha256 ([0-9a-f]{64}), model sha256 ([0-9a-f]{64})\n/;

/** Prefixes a rendered model module with its provenance line. */
export function stamp(module: string, inputs: string): string {
  return `// inputs sha256 ${inputs}, model sha256 ${sha256(module)}\n${module}`;
}

/** The recorded digests of a stamped module, and whether its model text still matches its own digest. */
export function readStamp(text: string): { inputs: string; intact: boolean } | null {
  const m = HEADER.exec(text);
  if (!m) return null;
  return { inputs: m[1]!, intact: sha256(text.slice(m[0].length)) === m[2] };
}
