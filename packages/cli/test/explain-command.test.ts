import { describe, expect, it } from 'vitest';
import { json, project, run } from './helpers.js';

describe('scherp explain', () => {
  it('explains in Dutch by default: cue, evidence and which rules fire', async () => {
    const cwd = await project({});
    const result = await run(['explain', 'De gemeente zal in 2027 een meldpunt voor klachten openen.'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Advies-cue');
    expect(result.stdout).toContain('gemeente/NOUN');
    expect(result.stdout).toMatch(/hoofdzin, persoonsvorm «zal»/);
    expect(result.stdout).toMatch(/wie\s+«gemeente»/);
    expect(result.stdout).toMatch(/wanneer\s+«in 2027»/);
    expect(result.stdout).toMatch(/meldt\s+missing-funding/);
    expect(result.stdout).toMatch(/zwijgt\s+missing-owner: «gemeente»/);
  });

  it('says in English, with --locale en, why a motion preamble is not advice', async () => {
    const cwd = await project({});
    const result = await run(['explain', '--locale', 'en', 'overwegende dat de regering de huren moet bevriezen;'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('motion preamble');
    expect(result.stdout).toMatch(/silent\s+missing-owner: not advice/);
  });

  it('prints JSON with the table row and the messages', async () => {
    const cwd = await project({});
    const result = await run(['explain', '--format', 'json', 'verzoekt de regering de regeling te verlengen,'], { cwd });
    const out = json<{ table: { cue: string }; advice: { cue: string }; tags: Array<{ upos: string }>; messages: Array<{ ruleId: string }> }>(result.stdout);
    expect(out.table.cue).toBe('performative');
    expect(out.tags.length).toBeGreaterThan(4);
    expect(out.advice.cue).toBe('performative');
    expect(out.messages.some((m) => m.ruleId === 'missing-deadline')).toBe(true);
  });

  it('rejects an empty sentence with a usage error', async () => {
    const cwd = await project({});
    const result = await run(['explain', '  '], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('scherp explain');
  });
});
