#!/usr/bin/env node
// Writes docs/rules/*.md from the built rule modules (run via `npm run docs`, which builds first).
// The generator itself lives in src/engine/docs.ts so the docs test can check the committed files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRuleDocs } from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = path.join(root, 'docs/rules');
mkdirSync(dir, { recursive: true });

const files = generateRuleDocs();
// Pages of rules that no longer exist would otherwise linger.
for (const name of readdirSync(dir)) {
  if (name.endsWith('.md') && !(name in files)) rmSync(path.join(dir, name));
}
for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
console.log(`Wrote ${Object.keys(files).length} files to ${path.relative(process.cwd(), dir) || dir}`);
