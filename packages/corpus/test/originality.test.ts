// The catalogue must be written in our own words: short titles and names may recur, sentences may not.
// This guards against pasting corpus text into explanations or citation notes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { criteria } from '../src/criteria/index.js';
import { CORPUS_DOCUMENTS } from '../src/documents.js';
import type { Localized } from '../src/model.js';
import { normalizeText } from '../src/text.js';

/** Longest run of words the catalogue may share with the corpus (names and titles fit within it). */
const MAX_SHARED_WORDS = 6;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

// PDF hyphenation ("ontwikke-\nling") is joined first so split words cannot hide a shared run.
const corpusText = Object.values(CORPUS_DOCUMENTS)
  .map((id) => readFileSync(path.join(corpusDir, id), 'utf8').replace(/-\s*\n\s*/g, ''))
  .map(normalizeText)
  .join(' \n ');

const shingles = new Set<string>();
{
  const words = corpusText.split(/\s+/);
  for (let i = 0; i + MAX_SHARED_WORDS < words.length; i++) shingles.add(words.slice(i, i + MAX_SHARED_WORDS + 1).join(' '));
}

function sharedRuns(text: string): string[] {
  const words = normalizeText(text).split(' ');
  const runs: string[] = [];
  for (let i = 0; i + MAX_SHARED_WORDS < words.length; i++) {
    const run = words.slice(i, i + MAX_SHARED_WORDS + 1).join(' ');
    if (shingles.has(run)) runs.push(run);
  }
  return runs;
}

describe('catalogue originality', () => {
  it('indexes the corpus', () => {
    expect(shingles.size).toBeGreaterThan(10_000);
  });

  it.each(criteria.map((c) => [c.id, c] as const))('%s shares no sentence with the corpus', (_id, c) => {
    const texts: Localized[] = [c.title, c.explanation, c.reason, c.question, ...c.citations.flatMap((x) => (x.note ? [x.note] : []))];
    const runs = texts.flatMap((t) => [...sharedRuns(t.nl), ...sharedRuns(t.en)]);
    expect(runs).toEqual([]);
  });

  it('detects a copied sentence', () => {
    // Self-check on the detector: a run taken from the corpus index must be found.
    const sample = [...shingles][Math.floor(shingles.size / 2)] as string;
    expect(sharedRuns(`Inleiding: ${sample}.`)).toContain(sample);
  });
});
