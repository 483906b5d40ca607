// Benchmark inputs, as flat sets of Markdown files in bench/.work (git-ignored, made anew every run):
// - distinct: whole files of ../shared/bench/real-nl (see real-nl.mjs), none twice, up to the target size;
//   beyond the 2.9 MB the set holds, the files are used again under new names, and the input says how much
//   of it repeats (`distinctBytes`);
// - repeated corpus: the shared corpus replicated to the target size, as this benchmark did before. The .txt
//   documents are copied as .md so every tool, whatever its file filter, reads exactly the same bytes.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { realNlFiles } from './real-nl.mjs';

/**
 * @template {{ label: string, bytes: number }} Size
 * @param {{ workDir: string, sizes: Size[] }} options
 * @returns {Promise<Array<Size & { dir: string, files: number, actualBytes: number, distinctBytes: number }>>}
 */
export async function buildDistinctInputs({ workDir, sizes }) {
  const documents = realNlFiles();
  const inputs = [];
  for (const size of sizes) {
    const dir = path.join(workDir, size.label.replace(/\s+/g, '-').toLowerCase());
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    let actualBytes = 0;
    let distinctBytes = 0;
    let files = 0;
    for (let copy = 1; actualBytes < size.bytes; copy++) {
      for (const doc of documents) {
        if (actualBytes >= size.bytes) break;
        const name = copy === 1 ? doc.name : `copy${copy}__${doc.name}`;
        await writeFile(path.join(dir, name.endsWith('.md') ? name : `${name}.md`), doc.text);
        actualBytes += doc.bytes;
        if (copy === 1) distinctBytes += doc.bytes;
        files++;
      }
    }
    inputs.push({ ...size, dir, files, actualBytes, distinctBytes });
  }
  return inputs;
}

/**
 * @template {{ label: string, bytes: number }} Size
 * @param {{ corpusDir: string, workDir: string, sizes: Size[] }} options
 * @returns {Promise<Array<Size & { dir: string, files: number, actualBytes: number }>>}
 */
export async function buildRepeatedCorpusInputs({ corpusDir, workDir, sizes }) {
  const names = (await readdir(corpusDir)).filter((name) => /\.(md|txt)$/.test(name)).sort();
  if (names.length === 0) throw new Error(`No .md or .txt documents in ${corpusDir}`);
  const documents = await Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(corpusDir, name), 'utf8');
      return { stem: name.replace(/\.(md|txt)$/, ''), text, bytes: Buffer.byteLength(text) };
    }),
  );

  // Regenerate every run: stale inputs from an older corpus would make numbers incomparable.
  const inputs = [];
  for (const size of sizes) {
    const dir = path.join(workDir, size.label.replace(/\s+/g, '-').toLowerCase());
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    let actualBytes = 0;
    let files = 0;
    for (let copy = 1; actualBytes < size.bytes; copy++) {
      for (const doc of documents) {
        if (actualBytes >= size.bytes) break;
        await writeFile(path.join(dir, `${doc.stem}-${String(copy).padStart(3, '0')}.md`), doc.text);
        actualBytes += doc.bytes;
        files++;
      }
    }
    inputs.push({ ...size, dir, files, actualBytes, distinctBytes: documents.reduce((n, d) => n + d.bytes, 0) });
  }
  return inputs;
}
