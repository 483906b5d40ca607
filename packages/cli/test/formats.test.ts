import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { criteria } from '@scherp/corpus';
import { rules, ruleDocsUrl } from '@scherp/linter';
import { escapeData, escapeProperty } from '../src/formatters/github.js';
import { formatGithub, formatJunit, type FileResult } from '../src/index.js';
import { FIXTURES, VAGUE, json, project, run } from './helpers.js';

// ajv-formats is CJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

/** The official SARIF 2.1.0 schema (vendored from @microsoft/sarif-multitool-linux, see fixtures/README.md). */
const sarifSchema = JSON.parse(readFileSync(path.join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8')) as object;

async function lintVague(format: string) {
  const cwd = await project({ 'docs/mijn advies.md': await VAGUE });
  return { cwd, ...(await run(['lint', 'docs', '--format', format], { cwd })) };
}

describe('json', () => {
  it('is an array of { filePath, messages, advice } with located messages', async () => {
    const { cwd, code, stdout } = await lintVague('json');
    expect(code).toBe(1);
    const results = json<Array<Record<string, unknown>>>(stdout);
    expect(results).toHaveLength(1);
    const [result] = results as [{ filePath: string; messages: Array<Record<string, unknown>>; advice: Array<Record<string, unknown>> }];
    expect(Object.keys(result).sort()).toEqual(['advice', 'filePath', 'messages']);
    expect(result.filePath).toBe(path.join(cwd, 'docs/mijn advies.md'));
    expect(result.messages.length).toBeGreaterThan(0);
    for (const m of result.messages) {
      expect(m).toMatchObject({ ruleId: expect.any(String), severity: expect.stringMatching(/^(error|warning|info)$/), message: expect.any(String) });
      expect(m['line']).toBeGreaterThanOrEqual(1);
      expect(m['column']).toBeGreaterThanOrEqual(1);
    }
    expect(result.advice.length).toBeGreaterThan(0);
    expect(result.advice[0]).toMatchObject({ criteria: expect.any(Object), vague: expect.any(Boolean), line: expect.any(Number) });
  });
});

const CORPUS = path.resolve(fileURLToPath(new URL('../../../', import.meta.url)), '../shared/corpus');

describe('the real corpus (odd characters, PDF extraction, front matter)', () => {
  it('gives schema-valid SARIF, well-formed JUnit and parseable JSON', async () => {
    // Three whole-corpus lints, side by side; the timeout only catches a hang (under CI load each takes ~20 s).
    const [sarif, junit, json_] = await Promise.all(['sarif', 'junit', 'json'].map((format) => run(['lint', CORPUS, '-f', format], { cwd: CORPUS })));
    expect(sarif!.stderr).toBe('');
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const log = JSON.parse(sarif!.stdout) as { runs: Array<{ results: unknown[] }> };
    expect(ajv.validate(sarifSchema, log), JSON.stringify(ajv.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0]!.results.length).toBeGreaterThan(100);
    expect(XMLValidator.validate(junit!.stdout)).toBe(true);
    const results = json<unknown[]>(json_!.stdout);
    expect(results).toHaveLength(5);
  }, 180_000);
});

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema with rule metadata and located results', async () => {
    const { code, stdout } = await lintVague('sarif');
    expect(code).toBe(1);
    const log = json<{
      $schema: string;
      version: string;
      runs: Array<{
        tool: { driver: { name: string; version: string; informationUri: string; rules: Array<Record<string, any>> } };
        results: Array<Record<string, any>>;
      }>;
    }>(stdout);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    expect(log.$schema).toMatch(/sarif/);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'scherp', version: expect.stringMatching(/^\d+\.\d+\.\d+/), informationUri: expect.stringMatching(/^https:/) });
    expect(run.tool.driver.rules.map((r) => r['id'])).toEqual(rules.map((r) => r.meta.id));
    for (const rule of run.tool.driver.rules) {
      expect(rule['shortDescription'].text).not.toBe('');
      expect(rule['fullDescription'].text).not.toBe('');
      expect(rule['helpUri']).toBe(ruleDocsUrl(rule['id']));
      expect(['error', 'warning', 'note']).toContain(rule['defaultConfiguration'].level);
      // The criterion behind the rule explains it in code-scanning viewers.
      const criterion = criteria.find((c) => c.id === rule['properties'].criterion);
      expect(criterion, rule['id']).toBeDefined();
      expect(rule['fullDescription'].text).toContain(criterion!.explanation.nl);
      expect(rule['help'].markdown).toContain(criterion!.question.nl);
    }
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result['ruleIndex']]['id']).toBe(result['ruleId']);
      expect(['error', 'warning', 'note']).toContain(result['level']);
      const location = result['locations'][0].physicalLocation;
      // Relative to cwd, with the space URI-encoded.
      expect(location.artifactLocation.uri).toBe('docs/mijn%20advies.md');
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(location.region.endLine).toBeGreaterThanOrEqual(location.region.startLine);
    }
  });

  it('is still valid when there are no results', async () => {
    const cwd = await project({ 'leeg.md': '# Alleen een kop\n' });
    const { code, stdout } = await run(['lint', '--format', 'sarif'], { cwd });
    expect(code).toBe(0);
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    expect(ajv.validate(sarifSchema, JSON.parse(stdout))).toBe(true);
  });
});

const sample: FileResult = {
  filePath: '/repo/docs/a,b:c.md',
  title: 'x',
  messages: [
    {
      ruleId: 'vague-term',
      criterion: 'vague-language',
      severity: 'warning',
      message: 'Wat is 100% "inzetten" <precies> & hoe?\nTweede regel',
      messageId: 'm',
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 14,
      span: { start: { line: 3, column: 5, offset: 20 }, end: { line: 3, column: 14, offset: 29 } },
    },
    {
      ruleId: 'long-sentence',
      criterion: 'readability',
      severity: 'info',
      message: 'Lange zin',
      messageId: 'm',
      line: 7,
      column: 1,
      endLine: 8,
      endColumn: 2,
      span: { start: { line: 7, column: 1, offset: 40 }, end: { line: 8, column: 2, offset: 90 } },
    },
  ],
  advice: [],
  errorCount: 0,
  warningCount: 1,
  infoCount: 1,
};

describe('github', () => {
  it('escapes data and properties as workflow commands require', () => {
    expect(escapeData('50%\r\nklaar')).toBe('50%25%0D%0Aklaar');
    expect(escapeProperty('a,b:c')).toBe('a%2Cb%3Ac');
  });

  it('prints one annotation per message with position, end and rule title', () => {
    const lines = formatGithub([sample], { cwd: '/repo', locale: 'nl', color: false }).trimEnd().split('\n');
    expect(lines).toEqual([
      '::warning file=docs/a%2Cb%3Ac.md,line=3,col=5,endLine=3,endColumn=14,title=scherp/vague-term::Wat is 100%25 "inzetten" <precies> & hoe?%0ATweede regel',
      '::notice file=docs/a%2Cb%3Ac.md,line=7,col=1,endLine=8,endColumn=2,title=scherp/long-sentence::Lange zin',
    ]);
  });

  it('annotates a real run', async () => {
    const { code, stdout } = await lintVague('github');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::(warning|error) file=docs\/mijn advies\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=scherp\/[a-z-]+::/m);
  });
});

describe('junit', () => {
  it('is well-formed XML with a failure per warning and escaped text', () => {
    const xml = formatJunit([sample, { ...sample, filePath: '/repo/schoon.md', messages: [], warningCount: 0, infoCount: 0 }], {
      cwd: '/repo',
      locale: 'nl',
      color: false,
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suites = doc.testsuites.testsuite as Array<Record<string, any>>;
    expect(doc.testsuites).toMatchObject({ name: 'scherp', tests: '3', failures: '1' });
    expect(suites[0]).toMatchObject({ name: 'docs/a,b:c.md', tests: '2', failures: '1' });
    const [warning, note] = suites[0]!['testcase'] as Array<Record<string, any>>;
    expect(warning!['failure'].type).toBe('warning');
    expect(warning!['failure'].message).toContain('<precies> & hoe?');
    expect(note!['failure']).toBeUndefined();
    expect(suites[1]).toMatchObject({ name: 'schoon.md', tests: '1', failures: '0' });
  });

  it('parses for a real run', async () => {
    const { code, stdout } = await lintVague('junit');
    expect(code).toBe(1);
    expect(XMLValidator.validate(stdout)).toBe(true);
    expect(stdout).toContain('<failure');
  });
});

describe('stylish', () => {
  it('groups per file with an English summary on request and no colours off a terminal', async () => {
    const cwd = await project({ 'a.md': await VAGUE });
    const { stdout } = await run(['lint', '--locale', 'en'], { cwd });
    expect(stdout).toContain('a.md');
    expect(stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('uses colours when forced', async () => {
    const cwd = await project({ 'a.md': await VAGUE });
    const { stdout } = await run(['lint'], { cwd, env: { FORCE_COLOR: '1' } });
    expect(stdout).toContain('\u001b[');
  });

  it('writes to --output-file instead of stdout', async () => {
    const cwd = await project({ 'a.md': await VAGUE });
    const { stdout, code } = await run(['lint', '-f', 'json', '-o', 'out/result.json'], { cwd });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(cwd, 'out/result.json'), 'utf8'))).toHaveLength(1);
  });
});
