import { describe, expect, it } from 'vitest';
import { IncrementalParser, parse } from '@scherp/parser';
import { analyzeDocument, type EntryCache } from '../analysis/analyze-document.js';
import { createLinter, getRule, lint } from './linter.js';
import { LruCache } from './lru.js';

const DOC = [
  '# Dienstverlening',
  '',
  'Er moet een centraal loket voor ondernemers komen.',
  '',
  'De minister van BZK opent vóór 1 juli 2027 tien regionale servicepunten.',
  '',
  '> Gemeenten moeten volop inzetten op blockchain.',
  '',
  'De gemeente brengt haar zaaksystemen onder bij een cloudleverancier.',
].join('\n');

const md = (text: string) => parse(text, { format: 'markdown', id: 'cache.md' });

describe('createLinter cache', () => {
  it('gives the same result as lint, on the first and on a repeated run', () => {
    const linter = createLinter({ extends: 'strict' });
    const expected = lint(md(DOC), { extends: 'strict' });
    expect(linter.lint(md(DOC))).toEqual(expected);
    expect(linter.lint(md(DOC))).toEqual(expected);
  });

  it('stays equal to lint after an edit shifts every position', () => {
    const linter = createLinter();
    linter.lint(md(DOC));
    const edited = `Inleiding die alles verschuift.\n\n${DOC.replace('tien regionale', 'twaalf regionale')}`;
    expect(linter.lint(md(edited))).toEqual(lint(md(edited)));
  });

  it.each([false, true])('stays equal to lint over a sequence of random edits (paragraph reuse, shifted positions; shareMessages %s)', (shareMessages) => {
    const pieces = [
      'Er moet een centraal loket komen. ',
      'De minister van BZK moet vóór 2027 teneinde de rust tien loketten openen.\n',
      '\n',
      '- Gemeenten moeten inzetten op blockchain.\n',
      '  ',
      '> ',
      '# ',
      '1. ',
      '`code` ',
      '**vet** ',
      '<!-- scherp-disable-next-line vague-term -- citaat -->\n',
      'x',
    ];
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let text = DOC;
    const linter = createLinter({ extends: 'strict' }, { shareMessages });
    // With shareMessages, as in the language server: a parser that hands out unchanged paragraphs again.
    const parser = new IncrementalParser({ shareParagraphs: shareMessages });
    for (let step = 0; step < 60; step++) {
      const at = random(text.length + 1);
      if (random(3) === 0 && text.length > 0) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + random(20)));
      else text = text.slice(0, at) + pieces[random(pieces.length)]! + text.slice(at);
      const expected = lint(md(text), { extends: 'strict' });
      const parsed = shareMessages ? parser.parse(text, { format: 'markdown', id: 'cache.md' }) : md(text);
      expect(linter.lint(parsed), `after edit ${step}`).toEqual(expected);
    }
  }, 60_000);

  it('gives an unchanged paragraph new analyses when its context changed (a list lead-in)', () => {
    const parser = new IncrementalParser({ shareParagraphs: true });
    const entryCache: EntryCache = {};
    const options = { format: 'markdown' as const, id: 'lead-in.md' };
    const withoutLeadIn = 'Zo pakken we het aan.\n\n- Er moet meer samenwerking komen.\n';
    const withLeadIn = withoutLeadIn.replace('aan.', 'aan:');
    const first = parser.parse(withoutLeadIn, options);
    analyzeDocument(first, { locate: true, entryCache });
    const second = parser.parse(withLeadIn, options);
    // The list item did not change or move: the parser hands out the same paragraph object.
    expect(second.document.paragraphs[1]).toBe(first.document.paragraphs[1]);
    const cached = analyzeDocument(second, { locate: true, entryCache }).sentences;
    expect(cached).toEqual(analyzeDocument(parse(withLeadIn, options), { locate: true }).sentences);
    expect(cached[1]?.context.previousText).toBe('Zo pakken we het aan:');
  });

  it('returns fresh objects: mutating a result does not leak into the next run', () => {
    const linter = createLinter();
    const first = linter.lint(md(DOC));
    for (const m of first.messages) {
      m.message = 'changed';
      m.span.start.line = -1;
      for (const s of m.suggestions ?? []) s.fix.range[0] = -1;
    }
    expect(linter.lint(md(DOC))).toEqual(lint(md(DOC)));
  });

  it('with shareMessages, reuses the findings of paragraphs that did not move', () => {
    const linter = createLinter({}, { shareMessages: true });
    // A parser that gives new paragraph objects every time: the cache entries' findings are handed out (the
    // first run's own findings become its paragraphs' records, which a sharing parser would hand back).
    linter.lint(md(DOC));
    const first = linter.lint(md(DOC.replace('tien regionale', 'elf regionale')));
    const edited = linter.lint(md(DOC.replace('tien regionale', 'twaalf regionale')));
    expect(edited).toEqual(lint(md(DOC.replace('tien regionale', 'twaalf regionale'))));
    // The first paragraphs did not move: their findings are the very same objects.
    const before = first.messages.filter((m) => m.line < 5);
    expect(before.length).toBeGreaterThan(0);
    for (const m of before) expect(edited.messages).toContain(m);
  });

  it('with shareMessages and a parser that shares paragraphs, moves the findings after an edit in place', () => {
    const linter = createLinter({}, { shareMessages: true });
    const parser = new IncrementalParser({ shareParagraphs: true });
    const options = { format: 'markdown' as const, id: 'cache.md' };
    // The last paragraph occurs twice: each copy keeps its own findings.
    // The last version adds a paragraph at the top: every later paragraph has a new index.
    const versions = [DOC, `Nieuwe zin.\n\n${DOC}`, `xNieuwe zin.\n\n${DOC}`, `x\nNieuwe zin.\n\n${DOC}`, `Eerst.\n\nx\nNieuwe zin.\n\n${DOC}`].map(
      (text) => `${text}\n\n${DOC.split('\n').at(-1)!}\n`,
    );
    const results = versions.map((text, i) => {
      const result = linter.lint(parser.parse(text, options));
      expect(result, `version ${i}`).toEqual(lint(parse(text, options)));
      return result;
    });
    // Paragraph-scoped findings after the edited first paragraph: the objects of the first run, moved in place.
    // (Document-scoped rules such as missing-exit-strategy report afresh every run.)
    const firstLines = [0, 2, 2, 3, 5];
    const after = (i: number) => results[i]!.messages.filter((m) => m.line > firstLines[i]! && getRule(m.ruleId)?.scope === 'paragraph');
    expect(after(0).length).toBeGreaterThan(4);
    for (const i of [1, 2, 3, 4]) {
      expect(after(i).length).toBe(after(0).length);
      for (const m of after(i)) expect(results[0]!.messages).toContain(m);
    }
  });

  it('validates the configuration when the linter is created', () => {
    expect(() => createLinter({ rules: { nope: 'error' } })).toThrow(/Unknown rule 'nope'/);
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
