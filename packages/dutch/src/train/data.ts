/** The training files, read from the shared treebank directory (never copied into the project). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConllu, type GoldSentence } from './conllu.js';

export const TREEBANK_DIR = fileURLToPath(new URL('../../../../../shared/nlp/ud-dutch/', import.meta.url));
export const TRAINING_FILES = ['nl_alpino-ud-dev.conllu', 'nl_lassysmall-ud-dev.conllu', 'nl_lassysmall-ud-test.conllu'];
/** Test only: evaluated by the bench, never trained or tuned on. */
export const TEST_FILE = 'nl_alpino-ud-test.conllu';

export function readTreebank(file: string): GoldSentence[] {
  const full = path.join(TREEBANK_DIR, file);
  return parseConllu(readFileSync(full, 'utf8'), full);
}

export function readTrainingData(): GoldSentence[] {
  return TRAINING_FILES.flatMap(readTreebank);
}

/** Every fifth sentence is the dev split for tuning; the rest trains the dev model. */
export function splitDev(sentences: readonly GoldSentence[]): { trainPart: GoldSentence[]; devPart: GoldSentence[] } {
  return { trainPart: sentences.filter((_, i) => i % 5 !== 0), devPart: sentences.filter((_, i) => i % 5 === 0) };
}
