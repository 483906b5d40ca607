// Regenerates the criteria table in packages/corpus/README.md. Run: npm run readme -w @scherp/corpus
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { criteria } from '../src/criteria/index.js';
import { updateReadme } from './criteria-table.js';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const before = readFileSync(readmePath, 'utf8');
const after = updateReadme(before, criteria);
if (after !== before) writeFileSync(readmePath, after);
console.log(after === before ? 'README criteria table is up to date' : 'README criteria table updated');
