// Totals the JSON results each package's vitest run wrote (see vitest.shared.ts) into one closing line.
// Reads only results written by this run: turbo's test task is not cached and each run overwrites its file.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dirs = ['packages', 'apps'].flatMap((d) =>
  existsSync(join(root, d)) ? readdirSync(join(root, d)).map((name) => join(root, d, name)) : [],
);

let passed = 0;
let failed = 0;
let skipped = 0;
let suites = 0;
for (const dir of dirs) {
  const file = join(dir, '.vitest-result.json');
  if (!existsSync(file)) continue;
  const result = JSON.parse(readFileSync(file, 'utf8'));
  suites++;
  passed += result.numPassedTests ?? 0;
  failed += (result.numFailedTests ?? 0) + (result.numFailedTestSuites ?? 0);
  skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
}
if (suites === 0) {
  console.error('test-summary: no vitest results found');
  process.exit(1);
}
console.log(`\nTests in ${suites} packages:`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
