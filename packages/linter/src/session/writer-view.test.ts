import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '@scherp/parser';
import { describe, expect, it } from 'vitest';
import { lint } from '../engine/linter.js';
import { adviceScopes, groupForWriters } from '../presentation/group.js';
import type { LintConfig } from '../types.js';
import { DOC, generatedDocument, OPTIONS, randomEdit, seeded } from './random-edits.js';
import { createLintSession } from './session.js';
import { createWriterView } from './writer-view.js';

/** The pure writer's view of a fresh lint. */
function pureView(text: string, config: LintConfig) {
  const parsed = parse(text, OPTIONS);
  return groupForWriters(lint(parsed, config), { locale: config.locale ?? 'nl', scopes: adviceScopes(parsed.document) });
}

/** Lints every version through one session and its writer view, checking each against the pure view. */
function expectSameViews(versions: Iterable<string>, config: LintConfig = {}): void {
  const session = createLintSession();
  const view = createWriterView();
  let step = 0;
  for (const text of versions) {
    const { parsed, result } = session.lint(text, config, OPTIONS);
    expect(view.findings(result, parsed.document, config.locale ?? 'nl'), `view after edit ${step++}`).toEqual(pureView(text, config));
  }
}

function* randomVersions(seed: number, text: string, steps: number): Generator<string> {
  const random = seeded(seed);
  for (let step = 0; step < steps; step++) yield (text = randomEdit(random, text));
}

describe('createWriterView', () => {
  it.each([21, 22, 23, 24])('equals groupForWriters of a fresh lint over random edits of a generated rich document (seed %i)', (seed) => {
    expectSameViews(randomVersions(seed, generatedDocument(seeded(seed), 30), 40), { extends: 'strict' });
  }, 120_000);

  it('equals groupForWriters over random edits of a numbered advice bundle (recommendation scopes)', () => {
    // The start of the corpus's advice bundle (read from ../shared, never copied): numbered recommendations.
    const corpus = fileURLToPath(new URL('../../../../../shared/corpus/002_04ce189780e16692.txt', import.meta.url));
    const whole = readFileSync(corpus, 'utf8');
    const bundle = whole.slice(0, whole.indexOf('\n\n', 30_000));
    expect(adviceScopes(parse(bundle, OPTIONS).document).length).toBeGreaterThan(0);
    expectSameViews(randomVersions(31, bundle, 25));
  }, 120_000);

  it('hands out the findings of untouched paragraphs again, at their new place; a new locale builds them afresh', () => {
    const session = createLintSession();
    const view = createWriterView();
    const first = session.lint(DOC, {}, OPTIONS);
    const before = view.findings(first.result, first.parsed.document, 'nl');
    const edited = `Een nieuwe eerste alinea.\n\n${DOC}`;
    const second = session.lint(edited, {}, OPTIONS);
    const after = view.findings(second.result, second.parsed.document, 'nl');
    expect(after).toEqual(pureView(edited, {}));
    const reused = after.filter((f) => before.includes(f));
    expect(reused.length).toBeGreaterThan(0);
    for (const f of reused) expect(f.line).toBe(f.span.start.line);
    const english = session.lint(edited, { locale: 'en' }, OPTIONS);
    expect(view.findings(english.result, english.parsed.document, 'en')).toEqual(pureView(edited, { locale: 'en' }));
  });
});
