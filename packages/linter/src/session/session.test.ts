import { describe, expect, it } from 'vitest';
import { parse } from '@scherp/parser';
import { buildPresets, resolveConfigWith } from '../engine/config.js';
import { createLinter, getRule, lint, rules } from '../engine/linter.js';
import { LruCache } from '../engine/lru.js';
import type { RuleModule } from '../engine/rule-api.js';
import { runLint } from '../engine/run.js';
import { createDocumentAnalyzer } from '../engine/analyzer.js';
import type { LintConfig } from '../types.js';
import { createLintSession, openSession } from './session.js';
import { DOC, generatedDocument, OPTIONS, randomEdit, seeded } from './random-edits.js';

const md = (text: string) => parse(text, OPTIONS);

describe('createLintSession', () => {
  it('gives the same result as lint, on the first and on a repeated run', () => {
    const session = createLintSession();
    const expected = lint(DOC, { extends: 'strict' }, OPTIONS);
    expect(session.lint(DOC, { extends: 'strict' }, OPTIONS).result).toEqual(expected);
    expect(session.lint(DOC, { extends: 'strict' }, OPTIONS).result).toEqual(expected);
  });

  it('stays equal to lint after an edit shifts every position', () => {
    const session = createLintSession();
    session.lint(DOC, {}, OPTIONS);
    const edited = `Inleiding die alles verschuift.\n\n${DOC.replace('tien regionale', 'twaalf regionale')}`;
    expect(session.lint(edited, {}, OPTIONS).result).toEqual(lint(edited, {}, OPTIONS));
  });

  it.each([1, 2, 3, 4])('equals the pure pipeline over random edits of a generated rich document (seed %i)', (seed) => {
    const random = seeded(seed);
    let text = generatedDocument(random, 30);
    const config: LintConfig = { extends: 'strict' };
    const session = createLintSession();
    for (let step = 0; step < 40; step++) {
      text = randomEdit(random, text);
      const { parsed, result } = session.lint(text, config, OPTIONS);
      expect(parsed, `parse after edit ${step}`).toEqual(md(text));
      expect(result, `lint after edit ${step}`).toEqual(lint(text, config, OPTIONS));
    }
  }, 120_000);

  it('stays equal to lint when a paragraph moves by another amount than the change in paragraph count', () => {
    const session = createLintSession();
    const paragraphs = DOC.split('\n\n');
    const moved = [paragraphs.at(-1)!, ...paragraphs.slice(0, -1)].join('\n\n');
    const movedAndAdded = `Nieuwe zin.\n\n${[paragraphs[1]!, paragraphs[0]!, ...paragraphs.slice(2)].join('\n\n')}`;
    for (const text of [DOC, moved, DOC, movedAndAdded, DOC]) {
      expect(session.lint(text, {}, OPTIONS).result).toEqual(lint(text, {}, OPTIONS));
    }
  });

  it('starts afresh when the configuration changes', () => {
    const session = createLintSession();
    session.lint(DOC, {}, OPTIONS);
    const english: LintConfig = { locale: 'en', rules: { 'vague-term': 'off' } };
    expect(session.lint(DOC, english, OPTIONS).result).toEqual(lint(DOC, english, OPTIONS));
    expect(session.config.locale).toBe('en');
  });

  it('gives an unchanged paragraph new analyses when its context changed (a list lead-in)', () => {
    const session = createLintSession();
    const withoutLeadIn = 'Zo pakken we het aan.\n\n- Er moet meer samenwerking komen.\n';
    const withLeadIn = withoutLeadIn.replace('aan.', 'aan:');
    const first = session.lint(withoutLeadIn, {}, OPTIONS);
    const second = session.lint(withLeadIn, {}, OPTIONS);
    // The list item did not change or move: the parser hands out the same paragraph object.
    expect(second.parsed.document.paragraphs[1]).toBe(first.parsed.document.paragraphs[1]);
    expect(second.result).toEqual(lint(withLeadIn, {}, OPTIONS));
  });

  it('moves the findings after an edit in place: the objects of the first run, also when paragraphs are added', () => {
    const session = createLintSession();
    // The last paragraph occurs twice: each copy keeps its own findings.
    // The last version adds a paragraph at the top: every later paragraph has a new index.
    const versions = [DOC, `Nieuwe zin.\n\n${DOC}`, `xNieuwe zin.\n\n${DOC}`, `x\nNieuwe zin.\n\n${DOC}`, `Eerst.\n\nx\nNieuwe zin.\n\n${DOC}`].map(
      (text) => `${text}\n\n${DOC.split('\n').at(-1)!}\n`,
    );
    const results = versions.map((text, i) => {
      const { result } = session.lint(text, {}, OPTIONS);
      expect(result, `version ${i}`).toEqual(lint(text, {}, OPTIONS));
      return result;
    });
    // Paragraph-scoped findings after the edited first paragraph: the objects of the first run, moved in place.
    const firstLines = [0, 2, 2, 3, 5];
    const after = (i: number) => results[i]!.messages.filter((m) => m.line > firstLines[i]! && getRule(m.ruleId)?.scope === 'paragraph');
    expect(after(0).length).toBeGreaterThan(4);
    for (const i of [1, 2, 3, 4]) {
      expect(after(i).length).toBe(after(0).length);
      for (const m of after(i)) expect(results[0]!.messages).toContain(m);
    }
  });
});

/** Test rules, one per way a rule can be scoped and report. Each flags every sentence containing "moet". */
function testRule(id: string, scope: RuleModule['scope'], how: 'sentence' | 'match' | 'span' | 'after'): RuleModule {
  return {
    meta: {
      id,
      criterion: 'owner',
      type: 'language',
      defaultSeverity: 'warning',
      recommended: true,
      description: { nl: 'Test.', en: 'Test.' },
      messages: { found: { nl: 'Gevonden: {n}', en: 'Found: {n}' } },
      options: {},
      examples: { flagged: [], accepted: [] },
    },
    ...(how === 'after' ? { phase: 'after-directives' as const } : {}),
    ...(scope ? { scope } : {}),
    check(ctx) {
      // A document-scoped rule may depend on the whole document: here, on how many sentences it has.
      const data = { n: scope === 'paragraph' ? 0 : ctx.sentences.length };
      for (const s of ctx.sentences) {
        const at = s.sentence.text.indexOf('moet');
        if (at < 0) continue;
        if (how === 'sentence' || how === 'after') ctx.report({ sentence: s, messageId: 'found', data });
        else if (how === 'match') ctx.report({ sentence: s, match: { start: at, end: at + 4 }, messageId: 'found', data });
        else ctx.report({ span: s.sentence.span, messageId: 'found', data });
      }
    },
  };
}

const SCOPED_RULES: RuleModule[] = [
  testRule('paragraph-sentence', 'paragraph', 'sentence'),
  testRule('paragraph-match', 'paragraph', 'match'),
  testRule('paragraph-span', 'paragraph', 'span'),
  testRule('document-sentence', 'document', 'sentence'),
  testRule('document-span', undefined, 'span'),
  testRule('after-directives', 'document', 'after'),
];
const scopedPresets = buildPresets(SCOPED_RULES);
const resolveScoped = (config: LintConfig | undefined) => resolveConfigWith(SCOPED_RULES, scopedPresets, config);
const pureScoped = (text: string) => runLint(md(text), resolveScoped(undefined), SCOPED_RULES, createDocumentAnalyzer());

describe('session = pipeline for every rule scope', () => {
  it('keeps the findings a paragraph-scoped rule reports with a span when a paragraph is added elsewhere', () => {
    const session = openSession(SCOPED_RULES, resolveScoped);
    const two = 'De minister moet dit doen.\n\nDe gemeente moet dat doen.\n';
    const three = `${two}\nHet waterschap moet ook iets doen.\n`;
    const count = (text: string) => session.lint(text, undefined, OPTIONS).result.messages.filter((m) => m.ruleId === 'paragraph-span').length;
    expect(count(two)).toBe(2);
    expect(count(three)).toBe(3);
    expect(session.lint(three, undefined, OPTIONS).result).toEqual(pureScoped(three));
  });

  it('rejects a paragraph-scoped finding outside the paragraphs the rule was given, in the pipeline and the session', () => {
    const stray: RuleModule = {
      ...testRule('stray', 'paragraph', 'span'),
      check(ctx) {
        ctx.report({ span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }, messageId: 'found', data: { n: 0 } });
      },
    };
    const strayRules = [stray];
    const presets = buildPresets(strayRules);
    const resolve = (config: LintConfig | undefined) => resolveConfigWith(strayRules, presets, config);
    // The first paragraph is code: no paragraph of the rule holds offset 0.
    const text = '```\ncode\n```\n\nEr moet iets gebeuren.\n';
    expect(() => runLint(md(text), resolve(undefined), strayRules, createDocumentAnalyzer())).toThrow(/scope 'paragraph'/);
    expect(() => openSession(strayRules, resolve).lint(text, undefined, OPTIONS)).toThrow(/scope 'paragraph'/);
  });

  it.each([11, 12, 13])('equals the pure pipeline over random edits, for each scope and way of reporting (seed %i)', (seed) => {
    const random = seeded(seed);
    let text = generatedDocument(random, 25);
    const session = openSession(SCOPED_RULES, resolveScoped);
    const reported = new Set<string>();
    for (let step = 0; step < 50; step++) {
      text = randomEdit(random, text);
      const { result } = session.lint(text, undefined, OPTIONS);
      for (const m of result.messages) reported.add(m.ruleId);
      expect(result, `after edit ${step}`).toEqual(pureScoped(text));
    }
    expect([...reported].sort()).toEqual(SCOPED_RULES.map((r) => r.meta.id).sort());
  }, 120_000);
});

describe('the pure pipeline', () => {
  it('returns fresh objects: mutating a result does not leak into the next lint', () => {
    const linter = createLinter();
    const first = linter.lint(DOC, OPTIONS);
    for (const m of first.messages) {
      m.message = 'changed';
      m.span.start.line = -1;
      for (const s of m.suggestions ?? []) s.fix.range[0] = -1;
    }
    expect(linter.lint(DOC, OPTIONS)).toEqual(lint(md(DOC)));
  });

  it('lints text and parsed documents alike, and validates the configuration when the linter is created', () => {
    expect(lint(DOC, {}, OPTIONS)).toEqual(lint(md(DOC)));
    expect(() => createLinter({ rules: { nope: 'error' } })).toThrow(/Unknown rule 'nope'/);
    expect(rules.length).toBeGreaterThan(10);
  });
});

describe('LruCache', () => {
  it('keeps recently used entries and drops the least recently used, within twice its size', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1).set('b', 2); // current: a b
    cache.set('c', 3); // full: previous a b, current c
    expect(cache.get('a')).toBe(1); // a moves to current: c a
    cache.set('d', 4); // full: previous c a, current d; b dropped
    expect(cache.has('b')).toBe(false);
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([1, 3, 4]);
    expect(cache.delete('d')).toBe(true);
    expect(cache.get('d')).toBeUndefined();
    cache.clear();
    expect(cache.has('a')).toBe(false);
    expect(() => new LruCache(0)).toThrow(RangeError);
  });

  it('never holds more than twice its size', () => {
    const cache = new LruCache<number, number>(100);
    for (let i = 0; i < 10_000; i++) cache.set(i, i);
    let held = 0;
    for (let i = 0; i < 10_000; i++) if (cache.has(i)) held++;
    expect(held).toBeLessThanOrEqual(200);
    expect(cache.has(9_999)).toBe(true);
  });
});
