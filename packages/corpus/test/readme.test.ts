import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { criteria } from '../src/criteria/index.js';
import { TABLE_END, TABLE_START, renderCriteriaTable, updateReadme } from '../scripts/criteria-table.js';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

describe('README criteria table', () => {
  it('is current (run `npm run readme` after changing the catalogue)', () => {
    expect(updateReadme(readme, criteria)).toBe(readme);
  });

  it('has one row per criterion with its Dutch title and every citation', () => {
    const table = renderCriteriaTable(criteria);
    const rows = table.split('\n').slice(2);
    expect(rows).toHaveLength(criteria.length);
    criteria.forEach((c, i) => {
      expect(rows[i]).toContain(`\`${c.id}\``);
      expect(rows[i]).toContain(c.title.nl);
      expect(rows[i]?.split('<br>').length).toBe(c.citations.length + 1);
    });
  });

  it('refuses a README without markers', () => {
    expect(() => updateReadme('# Geen tabel', criteria)).toThrow(/markers/);
    expect(readme).toContain(TABLE_START);
    expect(readme).toContain(TABLE_END);
  });
});
