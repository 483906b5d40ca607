import type { LintMessage, LintResult } from '@scherp/linter';
import { parse } from '@scherp/parser';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { codeActions } from '../src/code-actions.js';
import { spanToRange } from '../src/diagnostics.js';
import { MORE_ACTIONS_COMMAND } from '../src/protocol.js';

const text = '# Kop\n\nDe gemeente informeert inwoners middels een brief.\n';
const uri = 'file:///tmp/kop.md';
const parsed = parse(text, { format: 'markdown' });
const at = text.indexOf('middels');

function finding(ruleId: string, start: number, end: number, fixes: Array<{ text: string; safe: boolean; range?: [number, number] }>): LintMessage {
  const span = parsed.lines.span(start, end);
  return {
    ruleId,
    criterion: 'vague-language',
    severity: 'warning',
    message: `melding van ${ruleId}`,
    messageId: 'm',
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    span,
    suggestions: fixes.map((f) => ({ desc: `Vervang door ‘${f.text}’`, fix: { range: f.range ?? [start, end], text: f.text }, safe: f.safe })),
  };
}

const diagnosticOf = (m: LintMessage): Diagnostic => ({ range: spanToRange(m.span), message: m.message, source: 'scherp', code: m.ruleId });
const apply = (edits: Parameters<typeof TextDocument.applyEdits>[1]) =>
  TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);

describe('code actions', () => {
  const a = finding('rule-a', at, at + 'middels'.length, [{ text: 'met', safe: true }]);
  // Overlaps rule-a's edit: fix-all must apply only one of them.
  const b = finding('rule-b', at, at + 'middels een'.length, [{ text: 'per', safe: true }]);
  const c = finding('rule-c', text.indexOf('brief'), text.indexOf('brief') + 5, [
    { text: 'e-mail', safe: false },
    { text: 'mail', safe: false },
  ]);
  const result: LintResult = { messages: [a, b, c], advice: [] };
  const analysis = { parsed, result };

  it('drops overlapping edits from fix-all and applies no unsafe fix', () => {
    const [fixAll] = codeActions({
      uri,
      analysis,
      range: spanToRange(a.span),
      diagnostics: [],
      only: ['source.fixAll'],
      locale: 'nl',
    });
    expect(fixAll?.kind).toBe('source.fixAll.scherp');
    expect(apply(fixAll!.edit!.changes![uri]!)).toBe(text.replace('middels', 'met'));
  });

  it('offers quick fixes only for our diagnostics, none preferred when no fix is safe', () => {
    const none = codeActions({ uri, analysis, range: spanToRange(c.span), diagnostics: [{ ...diagnosticOf(c), source: 'other' }], locale: 'nl' });
    expect(none).toEqual([]);
    const actions = codeActions({ uri, analysis, range: spanToRange(c.span), diagnostics: [diagnosticOf(c)], locale: 'en' });
    const fixes = actions.filter((x) => x.edit && x.title.startsWith('Vervang'));
    expect(fixes.map((x) => x.isPreferred)).toEqual([false, false]);
    expect(actions.map((x) => x.title)).toContain('Turn ‘rule-c’ off here (with a reason)');
    expect(actions.map((x) => x.title)).toContain('Explanation of ‘rule-c’');
    expect(actions.some((x) => x.kind === 'source.fixAll.scherp')).toBe(false);
  });

  it('puts "turn off" and "docs" behind one row for a client with the menu command', () => {
    const actions = codeActions({ uri, analysis, range: spanToRange(c.span), diagnostics: [diagnosticOf(c)], locale: 'nl', moreActionsMenu: true });
    expect(actions.map((x) => x.title)).toEqual(['Vervang door ‘e-mail’', 'Vervang door ‘mail’', 'Uitzetten of uitleg…']);
    const menu = actions.find((x) => x.command?.command === MORE_ACTIONS_COMMAND)!;
    const [{ items }] = menu.command!.arguments as [{ items: Array<{ label: string; edit?: unknown; url?: string }> }];
    expect(items.map((i) => i.label)).toEqual(['Zet ‘rule-c’ hier uit (met reden)', 'Uitleg over ‘rule-c’']);
    expect(items[0]!.edit).toBeDefined();
    expect(items[1]!.url).toMatch(/rule-c\.md$/);
  });

  it('falls back to overlapping findings of the same rule when the client diagnostics are stale', () => {
    const stale = { ...diagnosticOf(a), range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } } };
    const actions = codeActions({ uri, analysis, range: spanToRange(a.span), diagnostics: [stale], locale: 'nl' });
    const preferred = actions.filter((x) => x.isPreferred);
    expect(preferred).toHaveLength(1);
    expect(apply(preferred[0]!.edit!.changes![uri]!)).toBe(text.replace('middels', 'met'));
  });
});
