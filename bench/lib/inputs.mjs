// Benchmark inputs: the shared corpus replicated to a target size as a flat set of Markdown files. The .txt
// documents are copied as .md so every tool, whatever its file filter, reads exactly the same bytes.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * @template {{ label: string, bytes: number }} Size
 * @param {{ corpusDir: string, workDir: string, sizes: Size[] }} options
 * @returns {Promise<Array<Size & { dir: string, files: number, actualBytes: number }>>}
 */
export async function buildInputs({ corpusDir, workDir, sizes }) {
  const names = (await readdir(corpusDir)).filter((name) => /\.(md|txt)$/.test(name)).sort();
  if (names.length === 0) throw new Error(`No .md or .txt documents in ${corpusDir}`);
  const documents = await Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(corpusDir, name), 'utf8');
      return { stem: name.replace(/\.(md|txt)$/, ''), text, bytes: Buffer.byteLength(text) };
    }),
  );

  // Regenerate every run: stale inputs from an older corpus would make numbers incomparable.
  await rm(workDir, { recursive: true, force: true });
  const inputs = [];
  for (const size of sizes) {
    const dir = path.join(workDir, size.label.replace(/\s+/g, '').toLowerCase());
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
    inputs.push({ ...size, dir, files, actualBytes });
  }
  return inputs;
}
