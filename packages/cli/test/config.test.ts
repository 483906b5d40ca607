import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCRETE, VAGUE, json, project, run } from './helpers.js';

type Result = { filePath: string; messages: Array<{ ruleId: string; severity: string }> };
const lintJson = async (cwd: string, args: string[] = []) => {
  const result = await run(['lint', '--format', 'json', ...args], { cwd });
  return { ...result, results: result.stdout ? json<Result[]>(result.stdout) : [] };
};
const rulesOf = (results: Result[], file: string) =>
  new Set(results.find((r) => r.filePath.endsWith(file))?.messages.map((m) => `${m.ruleId}:${m.severity}`));

describe('config discovery', () => {
  it('uses the config nearest to EACH file', async () => {
    const cwd = await project({
      'scherp.config.json': JSON.stringify({ rules: { 'vague-term': 'off' } }),
      'a.md': await VAGUE,
      'sub/b.md': await VAGUE,
      'sub/scherp.config.yaml': 'rules:\n  vague-term: error\n',
    });
    const { results, code } = await lintJson(cwd);
    expect(code).toBe(1);
    expect([...rulesOf(results, '/a.md')].some((r) => r.startsWith('vague-term'))).toBe(false);
    expect(rulesOf(results, 'sub/b.md').has('vague-term:error')).toBe(true);
  });

  it('reads the "scherp" key of package.json and skips a package.json without it', async () => {
    const cwd = await project({
      'package.json': JSON.stringify({ name: 'x', scherp: { rules: { 'vague-term': 'error' } } }),
      'docs/package.json': JSON.stringify({ name: 'docs' }),
      'docs/a.md': await VAGUE,
    });
    const { results } = await lintJson(cwd);
    expect(rulesOf(results, 'docs/a.md').has('vague-term:error')).toBe(true);
  });

  it('applies overrides by glob relative to the config file, keeping rule options', async () => {
    const cwd = await project({
      'scherp.config.json': JSON.stringify({
        rules: { 'vague-term': 'warning' },
        overrides: [{ files: ['docs/**/*.md'], rules: { 'vague-term': 'off' } }, { files: '*.txt', rules: { 'vague-term': 'error' } }],
      }),
      'docs/deep/a.md': await VAGUE,
      'b.md': await VAGUE,
      'notes/c.txt': await VAGUE,
    });
    const { results } = await lintJson(cwd);
    expect([...rulesOf(results, 'docs/deep/a.md')].some((r) => r.startsWith('vague-term'))).toBe(false);
    expect(rulesOf(results, '/b.md').has('vague-term:warning')).toBe(true);
    expect(rulesOf(results, 'notes/c.txt').has('vague-term:error')).toBe(true);
  });

  it('extends the strict preset', async () => {
    const cwd = await project({ 'scherp.config.yml': 'extends: strict\n', 'a.md': await VAGUE });
    const strict = await lintJson(cwd);
    const plain = await lintJson(await project({ 'a.md': await VAGUE }));
    const errors = (rs: Result[]) => rs.flatMap((r) => r.messages).filter((m) => m.severity === 'error').length;
    expect(errors(strict.results)).toBeGreaterThan(errors(plain.results));
  });

  it('loads JavaScript configs (mjs and cjs)', async () => {
    const mjs = await project({ 'scherp.config.mjs': 'export default { rules: { "vague-term": "error" } };\n', 'a.md': await VAGUE });
    expect(rulesOf((await lintJson(mjs)).results, 'a.md').has('vague-term:error')).toBe(true);
    const cjs = await project({ 'scherp.config.cjs': 'module.exports = { rules: { "vague-term": "info" } };\n', 'a.md': await VAGUE });
    expect(rulesOf((await lintJson(cjs)).results, 'a.md').has('vague-term:info')).toBe(true);
  });

  it('--config forces one file for every input', async () => {
    const cwd = await project({
      'sub/scherp.config.json': JSON.stringify({ rules: { 'vague-term': 'off' } }),
      'ci.yaml': 'rules:\n  vague-term: error\n',
      'sub/a.md': await VAGUE,
    });
    const { results } = await lintJson(cwd, ['--config', 'ci.yaml']);
    expect(rulesOf(results, 'sub/a.md').has('vague-term:error')).toBe(true);
  });

  it('--print-config shows the file used and the resolved rules', async () => {
    const cwd = await project({ 'scherp.config.json': JSON.stringify({ extends: 'strict', locale: 'en' }), 'a.md': await CONCRETE });
    const { code, stdout } = await run(['lint', '--print-config', 'a.md'], { cwd });
    expect(code).toBe(0);
    const printed = json<{ configFile: string; config: { extends: string }; resolved: { locale: string; rules: Record<string, { severity: string }> } }>(stdout);
    expect(printed.configFile).toBe(path.join(cwd, 'scherp.config.json'));
    expect(printed.config.extends).toBe('strict');
    expect(printed.resolved.locale).toBe('en');
    expect(printed.resolved.rules['missing-owner']?.severity).toBe('error');
  });

  it('uses the config locale for messages', async () => {
    const cwd = await project({ 'scherp.config.json': JSON.stringify({ locale: 'en' }), 'a.md': await VAGUE });
    const { stdout } = await run(['lint'], { cwd });
    expect(stdout).toMatch(/problems? \(/);
  });
});

describe('config errors (exit 2, one line naming the file)', () => {
  const expectConfigError = async (files: Record<string, string>, pattern: RegExp) => {
    const cwd = await project({ 'a.md': await CONCRETE, ...files });
    const result = await run(['lint'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  };

  it('reports YAML syntax errors with line and column', () =>
    expectConfigError({ 'scherp.config.yaml': 'rules:\n  vague-term: error\n   hype: off\n' }, /scherp\.config\.yaml:2:15: ongeldige YAML/));

  it('reports schema violations', () =>
    expectConfigError({ 'scherp.config.json': JSON.stringify({ rulez: {} }) }, /scherp\.config\.json: .*onbekende sleutel ‘rulez’/));

  it('reports a bad severity', () =>
    expectConfigError({ 'scherp.config.json': JSON.stringify({ rules: { 'vague-term': 'loud' } }) }, /scherp\.config\.json: rules\.vague-term/));

  it('reports an unknown rule', () =>
    expectConfigError({ 'scherp.config.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }) }, /scherp\.config\.json: rules: onbekende regel ‘no-such-rule’/));

  it('reports a bad rule option in Dutch, pointing at the option', () =>
    expectConfigError(
      { 'scherp.config.json': JSON.stringify({ rules: { 'long-sentence': ['warning', { max: 'veel' }] } }) },
      /scherp\.config\.json: rules\.long-sentence\[1\]\.max: moet een getal zijn$/m,
    ));

  it('reports an unknown rule option and a setting with too many parts', async () => {
    await expectConfigError(
      { 'scherp.config.json': JSON.stringify({ rules: { 'long-sentence': ['warning', { maximum: 30 }] } }) },
      /rules\.long-sentence\[1\]: onbekende sleutel ‘maximum’/,
    );
    await expectConfigError(
      { 'scherp.config.json': JSON.stringify({ rules: { 'long-sentence': ['warning', {}, 'extra'] } }) },
      /rules\.long-sentence: te veel waarden \(hoogstens 2\)/,
    );
  });

  it('reports a missing --config file', async () => {
    const cwd = await project({ 'a.md': await CONCRETE });
    const result = await run(['lint', '--config', 'nope.json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nope\.json/);
  });

  it('validates package.json "scherp" keys too', () =>
    expectConfigError({ 'package.json': JSON.stringify({ scherp: { extends: 'lax' } }) }, /package\.json: extends/));
});
