import { describe, expect, it } from 'vitest';
import { EditorSession, lintText, messageOf, ruleCatalogue } from '../src/lint-adapter.js';

const TEXT = [
  '# Notitie',
  '',
  'Er moet meer aandacht komen voor de veiligheid van de website.',
  '',
  'De wethouder opent in maart 2027 een extra loket om de wachttijd van drie weken te halveren, betaald uit het budget van de afdeling.',
  '',
].join('\n');

const plain = (r: ReturnType<typeof lintText>) => JSON.parse(JSON.stringify({ messages: r.result.messages, advice: r.result.advice }));

describe('lint adapter', () => {
  it('the editor session gives what the pure lint gives, edit after edit', () => {
    const session = new EditorSession();
    let text = TEXT;
    for (const edit of ['', ' Dit is een test.', ' De gemeente moet dit oppakken.']) {
      text = text.replace('website.', `website.${edit}`);
      expect(plain(session.lint(text, {}))).toEqual(plain(lintText(text, {})));
    }
  });

  it('names the Word paragraph in messages of a Word file, without changing the session result', () => {
    const source = { wordParagraphs: [{ number: 1, line: 1, kind: 'heading' as const }, { number: 3, line: 3, kind: 'paragraph' as const }] };
    const session = new EditorSession();
    const { result } = session.lint(TEXT, {}, source);
    const vague = result.messages.find((m) => m.line === 3);
    expect(vague).toBeDefined();
    expect(messageOf(vague!, {}, source)).toBe(`${vague!.message} (Word-alinea 3)`);
    expect(messageOf(vague!, { locale: 'en' }, source)).toMatch(/\(Word paragraph 3\)$/);
    expect(lintText(TEXT, {}, source).result.messages.find((m) => m.line === 3)?.message).toMatch(/\(Word-alinea 3\)$/);
  });

  it('lists every rule with its setting in both presets', () => {
    const rules = ruleCatalogue();
    expect(rules.length).toBeGreaterThan(5);
    const owner = rules.find((r) => r.id === 'missing-owner');
    expect(owner?.presets.recommended).not.toBe('off');
    expect(owner?.description.nl).toBeTruthy();
  });
});
