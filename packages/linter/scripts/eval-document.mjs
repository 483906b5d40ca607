// The path of `scherp lint` on one whole Markdown file: parse with document context, lint with the default
// configuration, and map the advice records and per-rule messages back to the labelled units by line overlap.
// This is what the CLI's JSON output holds (the scoring the sets' READMEs describe).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './eval-load.mjs';

/** Loads the built parser and linter (what users get). `npm run eval` builds them first. */
export async function loadPipeline() {
  const parserDist = path.join(repoRoot, 'packages/parser/dist/index.js');
  const linterDist = path.join(repoRoot, 'packages/linter/dist/index.js');
  for (const f of [parserDist, linterDist]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: build first (npm run eval builds the linter and its dependencies)`);
  }
  const parser = await import(pathToFileURL(parserDist).href);
  const linter = await import(pathToFileURL(linterDist).href);
  return { parse: parser.parse, createLinter: linter.createLinter };
}

const overlaps = (startLine, endLine, unit) => startLine <= unit.endLine && endLine >= unit.startLine;

/** Per-unit predictions from one lint of the whole file, as the CLI produces them. */
export function predictDocument(pipeline, file, source, units) {
  const parsed = pipeline.parse(source, { filePath: file });
  const { messages, advice } = pipeline.createLinter({}).lint(parsed);
  return units.map((unit) => {
    const records = advice.filter((r) => overlaps(r.line, r.endLine, unit));
    const found = messages.filter((m) => overlaps(m.line, m.endLine ?? m.line, unit));
    const has = (criterion) => found.filter((m) => m.criterion === criterion);
    const any = (k) => records.some((r) => r.criteria[k]);
    const isAdvice = records.length > 0;
    return {
      advice: isAdvice,
      owner: isAdvice && any('owner'),
      deadline: isAdvice && any('deadline'),
      measurable: isAdvice && any('measurable'),
      problem: isAdvice && any('problem'),
      funding: isAdvice && any('funding'),
      // The unit's verdict: concrete when any of its advice records is concrete.
      vague: isAdvice ? records.every((r) => r.vague) : null,
      more_research: has('deferral').length > 0,
      hype: has('hype').length > 0,
      absolute: has('absolute').length > 0,
      evidence: { records, messages: found.filter((m) => ['deferral', 'hype', 'absolute'].includes(m.criterion)) },
    };
  });
}
