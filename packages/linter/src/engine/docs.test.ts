import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { criterionIds } from '@scherp/corpus';
import { describe, expect, it } from 'vitest';
import { generateRuleDocs } from './docs.js';
import { rules } from './linter.js';

const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../docs/rules');

describe('rule metadata', () => {
  it('has unique kebab-case ids', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  for (const { meta, check } of rules) {
    it(`${meta.id}: meta is complete`, () => {
      expect(criterionIds).toContain(meta.criterion);
      expect(['advice', 'language', 'document']).toContain(meta.type);
      expect(['error', 'warning', 'info']).toContain(meta.defaultSeverity);
      expect(typeof meta.recommended).toBe('boolean');
      expect(typeof check).toBe('function');
      for (const text of [meta.description, ...Object.values(meta.messages)]) {
        expect(text.nl.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        // Both languages use the same placeholders.
        const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(holes(text.en)).toEqual(holes(text.nl));
      }
      for (const [name, option] of Object.entries(meta.options)) {
        expect(name).toMatch(/^[a-z][A-Za-z]*$/);
        expect(option.description.nl && option.description.en).toBeTruthy();
        const ok = {
          number: typeof option.default === 'number',
          boolean: typeof option.default === 'boolean',
          string: typeof option.default === 'string',
          'string[]': Array.isArray(option.default),
        }[option.type];
        expect(ok).toBe(true);
      }
      expect(meta.examples.flagged.length).toBeGreaterThan(0);
      expect(meta.examples.accepted.length).toBeGreaterThan(0);
    });
  }
});

describe('generated docs', () => {
  const files = generateRuleDocs();

  it('has a page per rule and an index', () => {
    expect(Object.keys(files).sort()).toEqual(['README.md', ...rules.map((r) => `${r.meta.id}.md`)].sort());
    for (const { meta } of rules) expect(files['README.md']).toContain(`(./${meta.id}.md)`);
  });

  it('shows the criterion, its citations and the real messages', () => {
    const page = files['missing-owner.md']!;
    expect(page).toContain('## Criterion: Eigenaar');
    expect(page).toContain('### Where the corpus argues this');
    expect(page).toContain('warning: Wie voert dit uit?');
  });

  it('committed docs/rules is current (run `npm run docs` to regenerate)', () => {
    const committed = readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort();
    expect(committed).toEqual(Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) {
      expect(readFileSync(path.join(docsDir, name), 'utf8'), `docs/rules/${name} is stale`).toBe(content);
    }
  });
});
