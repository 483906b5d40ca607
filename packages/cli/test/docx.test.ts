import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../parser/test/make-docx.js';
import { collectFiles } from '../src/index.js';
import { json, project, run } from './helpers.js';

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; column: number; message: string }>;
}

const nota = Buffer.from(
  makeDocx([
    { text: 'Nota over de dienstverlening', heading: 1 },
    { empty: true },
    'Het college opent op 1 maart 2027 een tweede balie, omdat de wachttijd nu drie weken is.',
    { text: 'Er moet meer aandacht komen voor de digitale veiligheid van het loket.', list: 'bullet' },
  ]),
);

describe('scherp lint on Word files', () => {
  it('lints a .docx: positions in the converted text, the Word paragraph in the message', async () => {
    const cwd = await project({ 'nota.docx': nota });
    const { code, stdout } = await run(['lint', 'nota.docx', '--format', 'json'], { cwd });
    expect(code).toBe(1);
    const [file] = json<JsonFile[]>(stdout);
    const vague = file?.messages.filter((m) => m.line === 5) ?? [];
    expect(vague.length).toBeGreaterThan(0);
    for (const m of vague) expect(m.message).toMatch(/\(Word-alinea 4\)$/);
    // Columns count in the converted line "- Er moet …": inside the item's text, after the list marker.
    for (const m of vague) expect(m.column).toBeGreaterThanOrEqual(3);
    const english = json<JsonFile[]>((await run(['lint', 'nota.docx', '--format', 'json', '--locale', 'en'], { cwd })).stdout);
    expect(english[0]?.messages[0]?.message).toMatch(/\(Word paragraph \d+\)$/);
  });

  it('writes the HTML report of a .docx with the Word paragraphs named', async () => {
    const cwd = await project({ 'nota.docx': nota });
    const { code } = await run(['report', 'nota.docx', '--output', 'rapport.html'], { cwd });
    expect(code).toBe(0);
    const html = await readFile(path.join(cwd, 'rapport.html'), 'utf8');
    expect(html).toContain('nota.docx');
    expect(html).toContain('Word-alinea 4');
  });

  it('collects .docx when walking a directory, but not Word lock files', async () => {
    const cwd = await project({ 'docs/nota.docx': nota, 'docs/~$nota.docx': 'lock', 'docs/a.md': 'x' });
    const { files } = await collectFiles(['docs'], { cwd });
    expect(files.map((f) => f.slice(cwd.length + 1))).toEqual(['docs/a.md', 'docs/nota.docx']);
  });

  it('reports a broken .docx as an input error naming the file', async () => {
    const cwd = await project({ 'kapot.docx': 'geen zip' });
    const { code, stderr } = await run(['lint', 'kapot.docx'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('kapot.docx');
    expect(stderr).toContain('Word');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
