import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '@scherp/linter';
import { withRuleDefinitions } from '../src/rule-schema.js';

const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const schema = JSON.parse(read('../schema/scherp.config.schema.json')) as object;
const pkg = JSON.parse(read('../package.json')) as { exports: Record<string, unknown>; files: string[] };

describe('the published configuration schema', () => {
  const validate = new Ajv({ strict: true, strictTuples: false }).compile(schema);

  it('is exported and packed', () => {
    expect(pkg.exports['./schema.json']).toBe('./schema/scherp.config.schema.json');
    expect(pkg.files).toContain('schema');
  });

  it('accepts the README examples', () => {
    const readme = read('../../cli/README.md');
    const yamlExample = /```yaml\n(# scherp\.config\.yaml[\s\S]*?)```/.exec(readme)?.[1];
    const jsonExample = /```json\n(\{\n {2}"\$schema"[\s\S]*?)```/.exec(readme)?.[1];
    expect(yamlExample).toBeDefined();
    expect(jsonExample).toBeDefined();
    for (const example of [parseYaml(yamlExample as string), JSON.parse(jsonExample as string)]) {
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('is current: its rule definitions are those generated from the rule modules (npm run schema)', () => {
    expect(schema).toEqual(withRuleDefinitions(schema as Record<string, unknown>));
    const ids = Object.keys((schema as { definitions: { rules: { properties: object } } }).definitions.rules.properties);
    expect(ids).toEqual(rules.map((r) => r.meta.id).sort());
  });

  it('knows every rule and its options', () => {
    expect(validate({ rules: { 'long-sentence': ['warning', { max: 30 }], 'missing-owner': 'error' } })).toBe(true);
    expect(validate({ overrides: [{ files: '*.md', rules: { hype: 'off' } }] })).toBe(true);
    for (const bad of [
      { rules: { 'vage-term': 'warning' } },
      { rules: { 'long-sentence': ['warning', { maximum: 30 }] } },
      { rules: { 'long-sentence': ['warning', { max: 'dertig' }] } },
      { overrides: [{ files: '*.md', rules: { 'missing-ownr': 'off' } }] },
    ]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('rejects what the CLI must reject', () => {
    for (const bad of [
      { extends: 'lax' },
      { rules: { 'vague-term': 'loud' } },
      { rules: { 'vague-term': ['error', {}, 'extra'] } },
      { overrides: [{ rules: {} }] },
      { overrides: [{ files: [] }] },
      { locale: 'de' },
      { unknown: true },
    ]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
