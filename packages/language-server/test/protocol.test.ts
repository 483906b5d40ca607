/**
 * End-to-end over the real protocol: the built server (`node dist/bin.js --stdio`) and a JSON-RPC client.
 */
import { lint } from '@scherp/linter';
import { writerView } from './helpers/writer-view.js';
import { parse } from '@scherp/parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, TestClient } from './helpers/lsp-client.js';

const VAGUE = 'Er moet meer aandacht komen voor innovatie in de zorg.';
const text = `# Advies\n\n${VAGUE}\n\nDe gemeente Utrecht opent op 1 maart 2027 twee extra loketten, omdat de wachttijd nu drie weken is.\n`;
const uri = 'file:///tmp/scherp-protocol-test/advies.md';

let client: TestClient;

beforeAll(async () => {
  ensureBuilt();
  client = await TestClient.start({ initializationOptions: { debounceMs: 0, trusted: false } });
  await client.open(uri, text);
}, 60_000);

afterAll(async () => {
  await client?.stop();
});

const expected = () => lint(parse(text, { format: 'markdown', filePath: '/tmp/scherp-protocol-test/advies.md' }));

function applyEdits(source: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, source), edits);
}

function editsOf(action: CodeAction): TextEdit[] {
  return action.edit?.changes?.[uri] ?? [];
}

describe('diagnostics', () => {
  it('publishes one Dutch diagnostic per finding, with rule code, docs link and range', async () => {
    const published = await client.diagnosticsFor(uri, 1);
    // The writer's view: the missing pieces of the vague advice are one diagnostic.
    const messages = writerView(text, { format: 'markdown', filePath: '/tmp/scherp-protocol-test/advies.md' });
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThan(expected().messages.length);
    expect(published.diagnostics).toHaveLength(messages.length);
    for (const [i, d] of published.diagnostics.entries()) {
      const m = messages[i]!;
      expect(d.source).toBe('scherp');
      expect(d.code).toBe(m.ruleId);
      expect(d.codeDescription?.href).toMatch(new RegExp(`${m.ruleId}`));
      expect(d.message).toBe(m.message);
      expect(d.range.start).toEqual({ line: m.span.start.line - 1, character: m.span.start.column - 1 });
      expect(d.severity).toBe({ error: 1, warning: 2, info: 3 }[m.severity]);
    }
    // The vague sentence is flagged where it stands (line 3), in Dutch.
    const onVague = published.diagnostics.filter((d) => d.range.start.line === 2);
    expect(onVague.map((d) => d.code)).toContain('missing-owner');
    const owner = onVague.find((d) => d.code === 'missing-owner')!;
    expect(owner.message).toMatch(/^Dit advies mist: wie, wanneer/);
    expect(owner.range.end.line).toBe(2);
    expect(owner.range.end.character).toBeLessThanOrEqual(VAGUE.length);
  });

  it('tells the client the advice changed and answers scherp/advice with a score', async () => {
    await client.waitFor(() => client.adviceChanged.find((a) => a.uri === uri && a.version === 1));
    const result = (await client.connection.sendRequest('scherp/advice', { uri })) as {
      advice: Array<{ text: string; vague: boolean; line: number; open: string[]; sentences: number }>;
      score: { concrete: number; total: number };
      version: number;
    };
    expect(result.version).toBe(1);
    // One record per advice as a writer counts it (here one sentence each), with what is only a placeholder.
    expect(result.advice.map(({ open, sentences, ...record }) => record)).toEqual(expected().advice);
    expect(result.advice.every((a) => a.sentences === 1 && a.open.length === 0)).toBe(true);
    expect(result.score.total).toBe(result.advice.length);
    expect(result.score.concrete).toBe(result.advice.filter((a) => !a.vague).length);
    expect(result.advice.find((a) => a.line === 3)?.vague).toBe(true);
  });

  it('answers scherp/advice for an unknown document with an empty result', async () => {
    const result = await client.connection.sendRequest('scherp/advice', { uri: 'file:///nergens.md' });
    expect(result).toEqual({ advice: [], score: { concrete: 0, total: 0 }, version: null });
  });
});

describe('hover', () => {
  it('explains the finding: criterion, why, how, and citations into the corpus', async () => {
    await client.diagnosticsFor(uri, 1);
    const hover = await client.hover(uri, 2, 5);
    expect(hover).not.toBeNull();
    const value = (hover!.contents as MarkupContent).value;
    expect((hover!.contents as MarkupContent).kind).toBe('markdown');
    // The editor shows the diagnostic's message above the hover: the hover adds how to fix each piece.
    expect(value).not.toContain('Dit advies mist');
    expect(value).toContain('- **Wie:** Noem de verantwoordelijke');
    expect(value).toMatch(/Bron: Ongefilterde expertadviezen \(2024\), [^,\n]+, advies \d+/);
    expect(value).toMatch(/Meer uitleg: \[wie\]\(https:\/\/[^)]+missing-owner\.md\)/);
  });

  it('returns nothing where there is no finding', async () => {
    expect(await client.hover(uri, 0, 2)).toBeNull();
  });
});

describe('code actions', () => {
  async function actionsFor(code: string) {
    const published = await client.diagnosticsFor(uri, 1);
    const diagnostic = published.diagnostics.find((d) => d.code === code) as Diagnostic;
    expect(diagnostic, `a ${code} diagnostic`).toBeDefined();
    const actions = await client.codeActions({
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    return { diagnostic, actions };
  }

  it('offers the rule\'s suggestion as a quick fix whose edit gives the expected text', async () => {
    const { actions } = await actionsFor('missing-owner');
    const placeholder = actions.find((a) => a.title.includes('[wie?]'))!;
    expect(placeholder.kind).toBe('quickfix');
    expect(placeholder.isPreferred).toBe(false); // a placeholder changes the text: never applied blindly
    expect(placeholder.diagnostics?.[0]?.code).toBe('missing-owner');
    expect(applyEdits(text, editsOf(placeholder))).toBe(text.replace(VAGUE, `[wie?] ${VAGUE}`));
  });

  it('offers a disable comment with a reason placeholder that silences the finding', async () => {
    const { actions } = await actionsFor('missing-owner');
    const disable = actions.find((a) => editsOf(a).some((e) => e.newText.includes('scherp-disable-next-line missing-owner')))!;
    expect(disable.kind).toBe('quickfix');
    const edited = applyEdits(text, editsOf(disable));
    expect(edited).toContain(`<!-- scherp-disable-next-line missing-owner -- reden: … -->\n${VAGUE}`);
    const after = lint(parse(edited, { format: 'markdown' })).messages;
    expect(after.filter((m) => m.ruleId === 'missing-owner' && m.span.start.line === 4)).toEqual([]);
  });

  it('offers to open the rule documentation through a server command', async () => {
    const { diagnostic, actions } = await actionsFor('missing-owner');
    const docs = actions.find((a) => a.command?.command === 'scherp.openRuleDocs' && a.command.arguments?.[0] === diagnostic.codeDescription!.href)!;
    expect(docs.command!.arguments).toEqual([diagnostic.codeDescription!.href]);
    await client.connection.sendRequest('workspace/executeCommand', {
      command: 'scherp.openRuleDocs',
      arguments: docs.command!.arguments,
    });
    expect(client.shownDocuments).toContain(diagnostic.codeDescription!.href);
  });
});

describe('safe fixes', () => {
  const fixesUri = 'file:///tmp/scherp-protocol-test/fixes.md';
  const fixesText =
    '# Plan\n\nDe provincie Gelderland informeert de bibliotheken vóór 1 juni 2027 middels een brief, omdat er nu drie vestigingen sluiten.\n\n' +
    'Het waterschap Rijn en IJssel informeert in 2026 middels een website twintig dorpen over extra middelen voor de dijk.\n';

  beforeAll(async () => {
    await client.open(fixesUri, fixesText);
    await client.diagnosticsFor(fixesUri, 1);
  });

  const officialese = () => client.lastPublished(fixesUri)!.diagnostics.filter((d) => d.code === 'plain-language');

  it('marks a safe suggestion preferred and fixes all of one rule at once', async () => {
    const [first] = officialese();
    expect(officialese()).toHaveLength(2);
    const actions = await client.codeActions({
      textDocument: { uri: fixesUri },
      range: first!.range,
      context: { diagnostics: [first!] },
    });
    const replace = actions.find((a) => a.isPreferred)!;
    expect(replace.title).toBe('Vervang door ‘met’');
    const once = TextDocument.applyEdits(TextDocument.create(fixesUri, 'markdown', 1, fixesText), replace.edit!.changes![fixesUri]!);
    expect(once).toBe(fixesText.replace('middels', 'met'));

    const all = actions.find((a) => a.title.startsWith('Herstel alle veilige ‘Leesbaarheid’'))!;
    expect(all.title).toContain('(2)');
    const fixed = TextDocument.applyEdits(TextDocument.create(fixesUri, 'markdown', 1, fixesText), all.edit!.changes![fixesUri]!);
    expect(fixed).toBe(fixesText.replaceAll('middels', 'met'));
  });

  it('answers source.fixAll.scherp with every safe fix and nothing unsafe', async () => {
    const actions = await client.codeActions({
      textDocument: { uri: fixesUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.scherp']);
    const fixed = TextDocument.applyEdits(TextDocument.create(fixesUri, 'markdown', 1, fixesText), actions[0]!.edit!.changes![fixesUri]!);
    // Only the safe swaps: the vague ‘extra middelen’ and the missing-criterion placeholders stay for the writer.
    expect(fixed).toBe(fixesText.replaceAll('middels', 'met'));
  });
});
