// Fixture documents with inline expectations (as markdownlint's test scenarios): each paragraph may be
// followed by `<!-- expect: … -->` naming what the whole-document lint must report for it — `advice` when it
// is advice, plus every tracked rule id — or `none`. A change in the analysis that changes a finding fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '@scherp/parser';
import { createLinter } from './index.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures');
const TRACKED = new Set(['missing-owner', 'missing-deadline', 'missing-measure', 'missing-problem', 'missing-funding', 'deferral', 'hype', 'absolute-claim']);

interface Expectation {
  line: number;
  startLine: number;
  endLine: number;
  text: string;
  expected: string[];
}

/** The expectation comments and the line range of the paragraph before each. */
function expectations(source: string): Expectation[] {
  const lines = source.split('\n');
  const out: Expectation[] = [];
  lines.forEach((line, i) => {
    const m = /^<!-- expect: (.*) -->$/.exec(line.trim());
    if (!m) return;
    let end = i - 1;
    while (end >= 0 && lines[end]!.trim() === '') end--;
    let start = end;
    while (start > 0 && lines[start - 1]!.trim() !== '') start--;
    const expected = m[1]!.trim() === 'none' ? [] : m[1]!.trim().split(/\s+/).sort();
    out.push({ line: i + 1, startLine: start + 1, endLine: end + 1, text: lines.slice(start, end + 1).join(' '), expected });
  });
  return out;
}

describe.each(readdirSync(dir).filter((f) => f.endsWith('.md')))('fixture %s', (file) => {
  const source = readFileSync(path.join(dir, file), 'utf8');
  const { messages, advice } = createLinter({}).lint(parse(source, { filePath: file }));
  it.each(expectations(source).map((e) => [e.text, e] as const))('%s', (_text, e) => {
    const inside = (line: number, endLine: number) => line <= e.endLine && endLine >= e.startLine;
    const found = new Set<string>();
    if (advice.some((r) => inside(r.line, r.endLine))) found.add('advice');
    for (const m of messages) if (TRACKED.has(m.ruleId) && inside(m.line, m.endLine ?? m.line)) found.add(m.ruleId);
    expect([...found].sort(), `${file}:${e.line}`).toEqual(e.expected);
  });
});
