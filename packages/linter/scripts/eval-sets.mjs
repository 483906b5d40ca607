// The labelled development sets, read from ../shared/eval (never copied into the project). Each unit is one
// paragraph of the set's units.md; we keep the paragraph's line range so findings can be mapped back to it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './eval-load.mjs';

const evalRoot = path.resolve(repoRoot, '../shared/eval');

/** The sets in report order. `group` names the per-genre breakdown (the dev set has documents, not genres). */
export const SETS = [
  { name: 'real', title: 'Real policy texts (../shared/eval/real)', dir: path.join(evalRoot, 'real'), group: (l) => l.genre ?? 'unknown' },
  { name: 'dev', title: 'Dev set (../shared/eval/dev)', dir: path.join(evalRoot, 'dev'), group: (l) => (l.doc ?? 'unknown').slice(0, 3) },
];

/** Paragraphs of a Markdown file with their 1-based line ranges (blank lines separate paragraphs). */
export function paragraphsWithLines(source) {
  const lines = source.split('\n');
  const paragraphs = [];
  let current = null;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      if (current) paragraphs.push(current);
      current = null;
      return;
    }
    if (!current) current = { startLine: i + 1, endLine: i + 1, text: line };
    else {
      current.endLine = i + 1;
      current.text += `\n${line}`;
    }
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** Reads one set: its source text and its units (labels joined with their paragraph's lines), or null. */
export function readSet(set) {
  const unitsFile = path.join(set.dir, 'units.md');
  const labelsFile = path.join(set.dir, 'labels.jsonl');
  if (!existsSync(unitsFile) || !existsSync(labelsFile)) return null;
  const source = readFileSync(unitsFile, 'utf8');
  const paragraphs = paragraphsWithLines(source).filter((p) => !p.text.startsWith('# '));
  const labels = readFileSync(labelsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  if (paragraphs.length !== labels.length) {
    throw new Error(`${unitsFile} has ${paragraphs.length} units but ${labelsFile} has ${labels.length}`);
  }
  const units = labels.map((label, i) => ({ ...label, text: paragraphs[i].text, startLine: paragraphs[i].startLine, endLine: paragraphs[i].endLine, group: set.group(label), srcDoc: label.src ?? label.doc ?? label.id }));
  return { ...set, file: unitsFile, source, units };
}
