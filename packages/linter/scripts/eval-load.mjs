// Loads the analysis layer and a sentence splitter for the eval. Prefers the built packages (what users get);
// falls back to the TypeScript sources through tsx when the linter build does not yet export the analysis.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
export const packageRoot = path.resolve(here, '..');
export const repoRoot = path.resolve(packageRoot, '../..');

/** SCHERP_EVAL_SOURCE=1 evaluates the TypeScript sources even when a build exists (while developing). */
export async function loadAnalysis() {
  const dist = path.join(packageRoot, 'dist/index.js');
  if (existsSync(dist) && !process.env.SCHERP_EVAL_SOURCE) {
    const mod = await import(pathToFileURL(dist).href);
    if (typeof mod.analyzeSentence === 'function') return { analyzeSentence: mod.analyzeSentence, from: 'dist' };
  }
  const { register } = await import('tsx/esm/api');
  register();
  const mod = await import(pathToFileURL(path.join(packageRoot, 'src/analysis/index.ts')).href);
  return { analyzeSentence: mod.analyzeSentence, from: 'src (tsx)' };
}

export async function loadSentenceSplitter() {
  const dist = path.join(repoRoot, 'packages/parser/dist/index.js');
  if (existsSync(dist)) {
    const mod = await import(pathToFileURL(dist).href);
    if (typeof mod.splitSentences === 'function') return (text) => mod.splitSentences(text).map((r) => text.slice(r.start, r.end));
  }
  // Fallback: split after . ! ? followed by a space and a capital.
  return (text) => text.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý“‘"'])/u);
}
