// Distinct benchmark text: the files of ../shared/bench/real-nl (real Dutch public-sector Markdown, 419 distinct
// files, 2.9 MB; read from that path, never copied into the repository). Shared by `npm run bench` (CLI) and
// `npm run bench:lsp` (editor).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const realNlDir = path.resolve(repoRoot, '../shared/bench/real-nl');

/**
 * Every file, in an order that mixes the sources (round robin over the repositories, each in name order), so
 * that any prefix of the list has documentation pages with links, tables, HTML comments and MDX next to
 * plain circulars, as a real mix would. Deterministic, so every run and every tool sees the same text.
 * @returns {Array<{ name: string, text: string, bytes: number }>}
 */
export function realNlFiles() {
  let names;
  try {
    names = readdirSync(realNlDir).filter((n) => n.endsWith('.md') || n.endsWith('.mdx')).sort();
  } catch {
    throw new Error(`the distinct benchmark text is missing: ${realNlDir} (see the bench README)`);
  }
  if (names.length === 0) throw new Error(`no Markdown files in ${realNlDir}`);
  const bySource = new Map();
  for (const name of names) {
    const source = name.split('__')[0];
    if (!bySource.has(source)) bySource.set(source, []);
    bySource.get(source).push(name);
  }
  const queues = [...bySource.values()];
  const ordered = [];
  while (queues.some((q) => q.length > 0)) for (const q of queues) if (q.length > 0) ordered.push(q.shift());
  return ordered.map((name) => {
    const text = readFileSync(path.join(realNlDir, name), 'utf8');
    return { name, text, bytes: Buffer.byteLength(text) };
  });
}

/**
 * One document of at least `bytes` bytes made of whole distinct files (none twice, so no paragraph repeats
 * but for the set's own ~3 % of shared template lines), starting at file `from` of `realNlFiles()`.
 * Throws when the set is too small: distinct text cannot be made larger by repeating it.
 */
export function distinctDocument(bytes, from = 0) {
  const files = realNlFiles();
  const parts = [];
  let size = 0;
  for (let i = from; i < files.length && size < bytes; i++) {
    parts.push(files[i].text.trimEnd());
    size += files[i].bytes + 2;
  }
  if (size < bytes) throw new Error(`only ${size} bytes of distinct text from file ${from} on; ${bytes} asked`);
  return `${parts.join('\n\n')}\n`;
}
