import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCRETE, VAGUE, project, run } from './helpers.js';

describe('scherp report', () => {
  it('writes the HTML report for the linted files and exits 0 despite findings', async () => {
    const cwd = await project({ 'docs/vaag.md': await VAGUE, 'docs/concreet.md': await CONCRETE });
    const result = await run(['report', 'docs', '--output', 'out/rapport.html', '--title', 'Proefrapport'], { cwd });
    expect(result.code).toBe(0);
    const html = readFileSync(path.join(cwd, 'out/rapport.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Proefrapport');
    expect(html).toContain('vaag.md');
    expect(html).toContain('concreet.md');
    expect(result.stderr).toContain('out/rapport.html');
  });

  it('exits 2 on a broken config without writing a report', async () => {
    const cwd = await project({ 'a.md': await VAGUE, 'scherp.config.json': '{' });
    const result = await run(['report', '--output', 'r.html'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('scherp.config.json');
  });
});
