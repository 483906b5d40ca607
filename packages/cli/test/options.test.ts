import { describe, expect, it } from 'vitest';
import { rules } from '@scherp/linter';
import { CONCRETE, VAGUE, json, project, run } from './helpers.js';

type Result = { filePath: string; messages: Array<{ ruleId: string; severity: string }> };

describe('--stdin', () => {
  it('lints standard input under --stdin-filename with that file’s config', async () => {
    const cwd = await project({ 'docs/scherp.config.json': JSON.stringify({ rules: { 'vague-term': 'error' } }) });
    const result = await run(['lint', '--stdin', '--stdin-filename', 'docs/invoer.md', '--format', 'json'], { cwd, stdin: await VAGUE });
    expect(result.code).toBe(1);
    const [file] = json<Result[]>(result.stdout);
    expect(file?.filePath.endsWith('docs/invoer.md')).toBe(true);
    expect(file?.messages.some((m) => m.ruleId === 'vague-term' && m.severity === 'error')).toBe(true);
  });

  it('passes concrete input', async () => {
    const cwd = await project({});
    expect((await run(['lint', '--stdin'], { cwd, stdin: await CONCRETE })).code).toBe(0);
  });

  it('refuses paths together with --stdin', async () => {
    const cwd = await project({ 'a.md': 'x' });
    expect((await run(['lint', '--stdin', 'a.md'], { cwd, stdin: 'x' })).code).toBe(2);
  });
});

describe('--max-warnings and --quiet', () => {
  const vagueProject = async () => project({ 'a.md': await VAGUE });

  it('fails only when warnings exceed --max-warnings', async () => {
    const cwd = await vagueProject();
    const all = json<Result[]>((await run(['lint', '-f', 'json'], { cwd })).stdout);
    const warnings = all.flatMap((r) => r.messages).filter((m) => m.severity === 'warning').length;
    const errors = all.flatMap((r) => r.messages).filter((m) => m.severity === 'error').length;
    expect(warnings).toBeGreaterThan(0);
    expect(errors).toBe(0);
    expect((await run(['lint', '--max-warnings', String(warnings)], { cwd })).code).toBe(0);
    const over = await run(['lint', '--max-warnings', String(warnings - 1)], { cwd });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('Te veel waarschuwingen');
    expect((await run(['lint', '--max-warnings', 'veel'], { cwd })).code).toBe(2);
  });

  it('--quiet shows errors only and warnings do not fail', async () => {
    const cwd = await vagueProject();
    const quiet = await run(['lint', '-q', '-f', 'json'], { cwd });
    expect(quiet.code).toBe(0);
    expect(json<Result[]>(quiet.stdout).flatMap((r) => r.messages)).toEqual([]);
    const withError = await run(['lint', '-q', '-f', 'json', '--rule', 'vague-term:error'], { cwd });
    expect(withError.code).toBe(1);
    expect(new Set(json<Result[]>(withError.stdout).flatMap((r) => r.messages.map((m) => m.severity)))).toEqual(new Set(['error']));
  });
});

describe('--rule', () => {
  it('overrides severities from the command line', async () => {
    const cwd = await project({ 'a.md': await VAGUE });
    const result = await run(['lint', '-f', 'json', '--rule', 'vague-term:error', '--rule', 'hype:off'], { cwd });
    const messages = json<Result[]>(result.stdout).flatMap((r) => r.messages);
    expect(messages.some((m) => m.ruleId === 'vague-term' && m.severity === 'error')).toBe(true);
    expect(messages.some((m) => m.ruleId === 'hype')).toBe(false);
  });

  it('exits 2 on an unknown rule or severity', async () => {
    const cwd = await project({ 'a.md': await VAGUE });
    const unknown = await run(['lint', '--rule', 'geen-regel:error'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('geen-regel');
    expect((await run(['lint', '--rule', 'vague-term:hard'], { cwd })).code).toBe(2);
    expect((await run(['lint', '--rule', 'vague-term'], { cwd })).code).toBe(2);
  });
});

describe('--list-rules', () => {
  it('lists every rule with criterion, severity and description in the locale', async () => {
    const cwd = await project({});
    const nl = await run(['lint', '--list-rules'], { cwd });
    expect(nl.code).toBe(0);
    for (const { meta } of rules) {
      const line = nl.stdout.split('\n').find((l) => l.startsWith(`${meta.id} `));
      expect(line, meta.id).toBeDefined();
      expect(line).toContain(meta.criterion);
      expect(line).toContain(meta.description.nl);
    }
    const en = json<Array<{ id: string; description: string }>>((await run(['lint', '--list-rules', '-f', 'json', '--locale', 'en'], { cwd })).stdout);
    expect(en.map((r) => r.description)).toEqual(rules.map((r) => r.meta.description.en));
  });
});

describe('progress and locale of errors', () => {
  it('shows progress on a terminal for long runs and nothing when redirected', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 25; i++) files[`d/${i}.md`] = await CONCRETE;
    const cwd = await project(files);
    const tty = await run(['lint', '-f', 'json'], { cwd, tty: true });
    expect(tty.stderr).toContain('scherp: 25/25 bestanden');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    const redirected = await run(['lint', '-f', 'json'], { cwd });
    expect(redirected.stderr).toBe('');
  });

  it('reports errors in English with --locale en', async () => {
    const cwd = await project({ 'a.md': 'x' });
    const result = await run(['lint', 'weg.md', '--locale', 'en'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('scherp: Cannot read file: weg.md: no such file or directory\n');
  });
});
