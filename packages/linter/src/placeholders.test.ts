import { describe, expect, it } from 'vitest';
import { parse } from '@scherp/parser';
import { lint } from './engine/linter.js';
import { findPlaceholders, placeholderTopic } from './placeholders.js';

const lintText = (text: string) => lint(parse(text, { format: 'markdown', id: 'p.md' }));

describe('placeholders', () => {
  it('finds bracketed questions and what they ask for, not Markdown links', () => {
    const found = findPlaceholders('[wie?] doet het [wanneer?], [zie hier](https://x.nl) en [wie betaalt?] [hoe meten?]');
    expect(found.map((p) => [p.text, p.topic])).toEqual([
      ['[wie?]', 'owner'],
      ['[wanneer?]', 'deadline'],
      ['[wie betaalt?]', 'funding'],
      ['[hoe meten?]', 'measurable'],
    ]);
    expect(placeholderTopic('waarom')).toBe('problem');
    expect(placeholderTopic('exitstrategie')).toBe('exit');
  });

  it('a criterion met only by a placeholder is not met: reported as "nog invullen" at the placeholder', () => {
    const text = '[wie?] Er moet [wanneer?] een nieuw loket komen voor ondernemers [wie betaalt?].';
    const result = lintText(text);
    expect(result.advice).toHaveLength(1);
    expect(result.advice[0]!.criteria).toMatchObject({ owner: false, deadline: false, funding: false });
    const byRule = new Map(result.messages.map((m) => [m.ruleId, m]));
    for (const [ruleId, placeholder] of [
      ['missing-owner', '[wie?]'],
      ['missing-deadline', '[wanneer?]'],
      ['missing-funding', '[wie betaalt?]'],
    ] as const) {
      const m = byRule.get(ruleId)!;
      expect(m.messageId, ruleId).toBe('open');
      expect(m.message).toContain('Nog invullen');
      expect(text.slice(m.span.start.offset, m.span.end.offset)).toBe(placeholder);
      expect(m.suggestions ?? []).toEqual([]); // no second placeholder
    }
    // Criteria without a placeholder are still plainly missing, with a placeholder to insert.
    expect(byRule.get('missing-problem')!.messageId).toBe('missing');
  });

  it('the exit-strategy fix inserts a sentence to complete, which stays open until filled in', () => {
    const text = 'De gemeente moet vóór 2027 al haar zaaksystemen naar één cloudleverancier verhuizen.';
    const first = lintText(text).messages.find((m) => m.ruleId === 'missing-exit-strategy')!;
    expect(first.messageId).toBe('missing');
    const fix = first.suggestions![0]!.fix;
    const completed = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
    expect(completed).toMatch(/verhuizen\. Bij een overstap .* exitstrategie: \[exitstrategie\?\]\.$/);
    const after = lintText(completed).messages.filter((m) => m.ruleId === 'missing-exit-strategy');
    expect(after.map((m) => m.messageId)).toEqual(['open']);
    const filled = completed.replace('[exitstrategie?]', 'alle gegevens gaan in een open standaard mee');
    expect(lintText(filled).messages.filter((m) => m.ruleId === 'missing-exit-strategy')).toEqual([]);
  });
});
