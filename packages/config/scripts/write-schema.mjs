#!/usr/bin/env node
// Regenerates the rule definitions in schema/scherp.config.schema.json from the built rule modules (run via
// `npm run schema` in this package, which builds first). test/schema.test.ts checks the committed file.
import { readFileSync, writeFileSync } from 'node:fs';
import { withRuleDefinitions } from '../dist/index.js';

const file = new URL('../schema/scherp.config.schema.json', import.meta.url);
const schema = withRuleDefinitions(JSON.parse(readFileSync(file, 'utf8')));
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`Wrote ${Object.keys(schema.definitions.rules.properties).length} rule definitions to schema/scherp.config.schema.json`);
