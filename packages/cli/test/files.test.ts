import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../src/index.js';
import { CONCRETE, VAGUE, json, project, run } from './helpers.js';

const relative = (cwd: string, files: string[]) => files.map((f) => path.relative(cwd, f).split(path.sep).join('/'));

describe('collecting files', () => {
  it('walks directories for .md, .markdown and .txt, skipping node_modules', async () => {
    const cwd = await project({
      'a.md': 'x',
      'b.markdown': 'x',
      'docs/c.txt': 'x',
      'docs/d.html': 'x',
      'node_modules/pkg/readme.md': 'x',
    });
    const { files } = await collectFiles(['.'], { cwd });
    expect(relative(cwd, files)).toEqual(['a.md', 'b.markdown', 'docs/c.txt']);
  });

  it('respects .gitignore, .scherpignore and --ignore-pattern', async () => {
    const cwd = await project({
      '.gitignore': 'build/\n',
      '.scherpignore': 'concepten/\n*.txt\n',
      'build/x.md': 'x',
      'concepten/y.md': 'x',
      'notes.txt': 'x',
      'archief/oud.md': 'x',
      'docs/nieuw.md': 'x',
    });
    const { files } = await collectFiles(['.'], { cwd, ignorePatterns: ['archief/**'] });
    expect(relative(cwd, files)).toEqual(['docs/nieuw.md']);
    const all = await collectFiles(['.'], { cwd, useIgnoreFiles: false });
    expect(all.files).toHaveLength(5);
  });

  it('applies a parent .gitignore when walking a subdirectory', async () => {
    const cwd = await project({ '.gitignore': 'docs/drafts/\n', 'docs/drafts/a.md': 'x', 'docs/b.md': 'x' });
    const { files } = await collectFiles(['docs'], { cwd });
    expect(relative(cwd, files)).toEqual(['docs/b.md']);
  });

  it('expands globs that reach outside cwd, relative or absolute', async () => {
    const root = await project({ 'docs/a.md': 'x', 'docs/b.txt': 'x', 'werk/c.md': 'x' });
    const cwd = path.join(root, 'werk');
    expect(relative(root, (await collectFiles(['../docs/*.md'], { cwd })).files)).toEqual(['docs/a.md']);
    expect(relative(root, (await collectFiles([`${root}/docs/*.txt`], { cwd })).files)).toEqual(['docs/b.txt']);
  });

  it('expands globs and skips ignored files named explicitly', async () => {
    const cwd = await project({ '.scherpignore': 'geheim.md\n', 'docs/a.md': 'x', 'docs/b.txt': 'x', 'geheim.md': 'x' });
    expect(relative(cwd, (await collectFiles(['docs/*.md'], { cwd })).files)).toEqual(['docs/a.md']);
    const explicit = await collectFiles(['geheim.md', 'docs/b.txt'], { cwd });
    expect(relative(cwd, explicit.files)).toEqual(['docs/b.txt']);
    expect(relative(cwd, explicit.ignored)).toEqual(['geheim.md']);
  });
});

describe('ignore options on the command line', () => {
  it('--ignore-pattern (repeatable) and --no-ignore', async () => {
    const cwd = await project({ '.scherpignore': 'oud/\n', 'oud/a.md': await VAGUE, 'concept/b.md': await VAGUE, 'c.md': await CONCRETE });
    const names = async (args: string[]) =>
      json<Array<{ filePath: string }>>((await run(['lint', '-f', 'json', ...args], { cwd })).stdout).map((r) => path.relative(cwd, r.filePath));
    expect(await names([])).toEqual(['c.md', 'concept/b.md']);
    // Everything ignored is "no files found", as in ESLint: a CI job with a wrong path must not pass silently.
    const none = await run(['lint', '--ignore-pattern', 'concept/', '--ignore-pattern', 'c.*'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('geen bestanden gevonden');
    expect(await names(['--ignore-pattern', 'concept/'])).toEqual(['c.md']);
    expect(await names(['--no-ignore'])).toEqual(['c.md', 'concept/b.md', 'oud/a.md']);
  });
});

describe('input errors', () => {
  it('exits 2 for a file that does not exist', async () => {
    const cwd = await project({ 'a.md': await CONCRETE });
    const result = await run(['lint', 'bestaat-niet.md'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^scherp: .*bestaat-niet\.md/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 for a glob without matches', async () => {
    const cwd = await project({ 'a.md': await CONCRETE });
    const result = await run(['lint', 'docs/**/*.md'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('docs/**/*.md');
  });

  it('exits 2 naming a binary file, and still reports the readable files', async () => {
    const cwd = await project({ 'plaatje.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]), 'b.md': await VAGUE });
    const result = await run(['lint', '--format', 'json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^scherp: Kan bestand niet lezen: plaatje\.md(:\d+:\d+)?: geen tekstbestand/);
    expect(json<Array<{ filePath: string }>>(result.stdout).map((r) => path.basename(r.filePath))).toEqual(['b.md']);
  });

  it('warns about explicitly named files that are ignored', async () => {
    const cwd = await project({ '.scherpignore': 'a.md\n', 'a.md': await VAGUE, 'b.md': await CONCRETE });
    const result = await run(['lint', 'a.md', 'b.md'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('a.md: overgeslagen');
  });
});
