import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { json, project, run } from './helpers.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
const BUNDLE = path.join(CORPUS, '002_04ce189780e16692.txt');

interface Summary {
  title: string;
  metadata: { tags: string[] };
  themes: Array<{ title: string }>;
  experts: Array<{ name: string }>;
  recommendations: Array<{ number: number; title: string; authors: string[]; theme?: string; span: { start: { line: number } } }>;
  sections: unknown[];
}

describe('scherp parse', () => {
  it('finds the 4 themes, 20 experts and 65 recommendations of the advice bundle', async () => {
    const { code, stdout, stderr } = await run(['parse', BUNDLE, '--format', 'json'], { cwd: REPO_ROOT });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = json<Summary>(stdout);
    expect(doc.title).not.toBe('');
    expect(doc.themes).toHaveLength(4);
    expect(doc.experts).toHaveLength(20);
    expect(doc.recommendations).toHaveLength(65);
    for (const r of doc.recommendations) {
      expect(Number.isInteger(r.number)).toBe(true);
      expect(r.title).not.toBe('');
      expect(r.authors.length).toBeGreaterThan(0);
      expect(doc.themes.map((t) => t.title)).toContain(r.theme);
      expect(r.span.start.line).toBeGreaterThan(0);
    }
  });

  it('prints metadata, sections and, with --full, every paragraph', async () => {
    const cwd = await project({
      'nota.md': '---\ntitle: Nota over fietspaden\ndate: 2026-03-01\ntags: [verkeer]\n---\n\n# Inleiding\n\nDe provincie legt in 2027 twaalf kilometer fietspad aan.\n\n## Kosten\n\nHet Rijk betaalt de helft.\n',
    });
    const summary = json<Summary & { paragraphs?: unknown }>((await run(['parse', 'nota.md'], { cwd })).stdout);
    expect(summary.title).toBe('Nota over fietspaden');
    expect(summary.metadata.tags).toEqual(['verkeer']);
    expect(summary.sections).toHaveLength(1);
    expect(summary.paragraphs).toBeUndefined();
    const full = json<{ paragraphs: Array<{ sentences: unknown[] }> }>((await run(['parse', 'nota.md', '--full'], { cwd })).stdout);
    expect(full.paragraphs.some((p) => p.sentences.length > 0)).toBe(true);
  });

  it('prints an array for several files and a readable text summary', async () => {
    const cwd = await project({ 'a.md': '# Een\n\nTekst.\n', 'b.txt': 'Twee\n\nMeer tekst.\n' });
    expect(json<unknown[]>((await run(['parse', 'a.md', 'b.txt'], { cwd })).stdout)).toHaveLength(2);
    const text = await run(['parse', 'a.md', '--format', 'text'], { cwd });
    expect(text.stdout).toContain('Titel: Een');
  });

  it('exits 2 naming a file it cannot read', async () => {
    const cwd = await project({ 'leeg.bin': Buffer.from([0, 1, 2, 3, 0, 0, 7]) });
    const missing = await run(['parse', 'weg.md'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/weg\.md/);
    const binary = await run(['parse', 'leeg.bin'], { cwd });
    expect(binary.code).toBe(2);
    expect(binary.stderr).toMatch(/^scherp: Kan bestand niet lezen: leeg\.bin(:\d+:\d+)?: geen tekstbestand/);
  });
});
