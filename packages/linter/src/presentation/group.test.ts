import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@scherp/parser';
import { lint } from '../engine/linter.js';
import { adviceScopes, groupAdviceForWriters, groupForWriters } from './group.js';

const demo = readFileSync(new URL('../../../../examples/vaag-advies.md', import.meta.url), 'utf8');
const lintText = (text: string, locale: 'nl' | 'en' = 'nl') => {
  const parsed = parse(text, { format: 'markdown', id: 'g.md' });
  return { parsed, result: lint(parsed, { locale }) };
};

describe('groupForWriters', () => {
  it('gives each vague sentence of the demo note at most 3 findings, the missing pieces as one', () => {
    const { result, parsed } = lintText(demo);
    const findings = groupForWriters(result, { scopes: adviceScopes(parsed.document) });
    for (const record of result.advice) {
      const inSentence = findings.filter((f) => f.line >= record.line && f.line <= record.endLine);
      expect(inSentence.length, record.text).toBeLessThanOrEqual(3);
      expect(inSentence.filter((f) => f.kind === 'advice'), record.text).toHaveLength(1);
    }
    const first = findings.find((f) => f.kind === 'advice')!;
    expect(first.message).toBe('Dit advies mist: wie, wanneer, meetbaar resultaat (ook: welk probleem, wie betaalt).');
    // One quick fix per missing piece, each the rule's own placeholder.
    expect(first.suggestions!.map((s) => s.fix.text.trim())).toEqual(['[wie?]', '[wanneer?]', '[hoe meten?]', '[waarom?]', '[wie betaalt?]']);
    // Every per-rule finding is still behind exactly one writer finding.
    expect(findings.flatMap((f) => f.parts).length).toBe(result.messages.length);
  });

  it('sits at the words that carry the advice; language findings stay at their words', () => {
    const text = 'We moeten de komende jaren inzetten op innovatie met kunstmatige intelligentie.';
    const { result } = lintText(text);
    const findings = groupForWriters(result);
    const advice = findings.find((f) => f.kind === 'advice')!;
    expect(text.slice(advice.span.start.offset, advice.span.end.offset)).toBe('moeten');
    const hype = findings.find((f) => f.ruleId === 'hype')!;
    expect(text.slice(hype.span.start.offset, hype.span.end.offset)).toBe('innovatie met kunstmatige intelligentie');
    expect(hype.message).toMatch(/^‘innovatie’ is geen doel op zich\. .* Ook: ‘kunstmatige intelligentie’\.$/);
    expect(hype.parts).toHaveLength(2);
  });

  it('speaks English with the English locale', () => {
    const { result } = lintText('Er moet een register komen.', 'en');
    const [advice] = groupForWriters(result, { locale: 'en' }).filter((f) => f.kind === 'advice');
    expect(advice!.message).toBe('This advice lacks: who, when (also: which problem, who pays).');
  });

  it('reports a piece filled in only by a placeholder as "nog invullen", never as met', () => {
    const { result } = lintText('[wie?] Er moet een register komen [wanneer?].');
    const [advice] = groupForWriters(result).filter((f) => f.kind === 'advice');
    expect(advice!.message).toBe('Dit advies mist: welk probleem, wie betaalt. Nog invullen: wie, wanneer.');
    expect(advice!.pieces!.filter((p) => p.status === 'open').map((p) => p.topic)).toEqual(['owner', 'deadline']);
    const [record] = groupAdviceForWriters(result.advice);
    expect(record!.open).toEqual(['owner', 'deadline']);
    expect(record!.criteria.owner).toBe(false);
  });

  it('counts one numbered recommendation as one advice, however many sentences', () => {
    const text = [
      '# Aanbevelingen',
      '',
      '1. Er moet een centraal meldpunt komen. Het meldpunt moet ook in het weekend bereikbaar zijn.',
      '2. De minister van BZK opent vóór 1 juli 2027 een register met alle algoritmes van het Rijk.',
      '',
    ].join('\n');
    const { result, parsed } = lintText(text);
    expect(result.advice.length).toBe(3); // per sentence, as CI sees it
    const scopes = adviceScopes(parsed.document);
    const advice = groupAdviceForWriters(result.advice, { scopes });
    expect(advice).toHaveLength(2);
    expect(advice[0]!.records).toHaveLength(2);
    // The two sentences' missing pieces are one finding, at the first sentence.
    const findings = groupForWriters(result, { scopes }).filter((f) => f.kind === 'advice');
    expect(findings.filter((f) => f.line === 3)).toHaveLength(1);
  });

  it('leaves the lint result itself unchanged (CI output keeps one result per rule)', () => {
    const { result } = lintText(demo);
    const before = JSON.stringify(result);
    groupForWriters(result);
    groupAdviceForWriters(result.advice);
    expect(JSON.stringify(result)).toBe(before);
  });
});
