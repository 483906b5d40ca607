import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');

export const CORPUS = {
  weeknotes: '000_bb3d868b854de5a3.txt',
  magazine: '001_116fd52860c23711.txt',
  bundle: '002_04ce189780e16692.txt',
  amsterdam: '003_4b39f092b08b9d84.txt',
  openSource: '004_e1c446576967c7de.txt',
} as const;

export function corpusPath(name: string): string {
  return path.join(corpusDir, name);
}

export function readCorpus(name: string): string {
  return readFileSync(corpusPath(name), 'utf8');
}

export const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function readFixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

export { seededRandom } from '../../../scripts/shared/seeded-random.mjs';
