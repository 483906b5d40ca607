// The floor of the benchmark: read every Markdown file under a directory and build its mdast with a bare
// remark-parse, nothing else. Any Markdown linter has to do at least this much work.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/bare-parse.mjs <directory>');
  process.exit(2);
}

const processor = unified().use(remarkParse);
const entries = await readdir(dir, { recursive: true, withFileTypes: true });
let files = 0;
let nodes = 0;
for (const entry of entries) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  const source = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
  const tree = processor.parse(source);
  // Touch the result so the parse cannot be optimised away.
  nodes += tree.children.length;
  files++;
}
if (nodes === 0) {
  console.error(`bare-parse: no Markdown content found in ${dir}`);
  process.exit(2);
}
// The benchmark checks this line to know every file was parsed.
console.log(`parsed ${files} files`);
