import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../model.js';
import { Tagger } from '../tagger.js';
import { parseConllu } from './conllu.js';
import { readTrainingData } from './data.js';
import { renderModelModule } from './render.js';
import { DEFAULT_OPTIONS, train } from './train.js';

// Two sentences of our own in CoNLL-U.
const SAMPLE = `# sent_id = a
1\tDe\tde\tDET\tLID|bep|stan|rest\tDefinite=Def\t2\tdet\t_\t_
2\tgemeente\tgemeente\tNOUN\tN|soort|ev|basis|zijd|stan\tNumber=Sing\t3\tnsubj\t_\t_
3\twerkt\twerken\tVERB\tWW|pv|tgw|met-t\tVerbForm=Fin\t0\troot\t_\t_
4\t.\t.\tPUNCT\tLET\t_\t3\tpunct\t_\t_

# sent_id = b
1\tGemeenten\tgemeente\tNOUN\tN|soort|mv|basis\tNumber=Plur\t2\tnsubj\t_\t_
2\twerken\twerken\tVERB\tWW|pv|tgw|mv\tVerbForm=Fin\t0\troot\t_\t_
2.1\twerken\twerken\tVERB\tWW|pv|tgw|mv\t_\t_\t_\t_\t_
3\t.\t.\tPUNCT\tLET\t_\t2\tpunct\t_\t_
`;

describe('training', () => {
  it('reads CoNLL-U word lines and skips empty nodes', () => {
    const s = parseConllu(SAMPLE);
    expect(s.map((x) => x.id)).toEqual(['a', 'b']);
    expect(s[1]!.tokens.map((t) => t.form)).toEqual(['Gemeenten', 'werken', '.']);
    expect(s[0]!.tokens[2]).toMatchObject({ lemma: 'werken', xpos: 'WW|pv|tgw|met-t', head: 0, deprel: 'root' });
  });

  it('names the line of a malformed row', () => {
    expect(() => parseConllu('1\tDe\tde\n', 'x.conllu')).toThrow(/x\.conllu:1:/);
  });

  it('learns what it saw, deterministically', () => {
    const sentences = parseConllu(SAMPLE);
    const options = { ...DEFAULT_OPTIONS, bits: 12, iterations: 3 };
    const a = train(sentences, options);
    expect(train(sentences, options)).toEqual(a);
    const tagger = new Tagger(loadModel(a));
    expect(tagger.tagWords(['De', 'gemeente', 'werkt', '.']).map((t) => t.xpos)).toEqual(['LID|bep|stan|rest', 'N|soort|ev|basis|zijd|stan', 'WW|pv|tgw|met-t', 'LET']);
    expect(tagger.tagWords(['Gemeenten'])[0]!.lemma).toBe('gemeente');
  });

  it('the committed model is what `npm run train` produces from the treebanks', () => {
    const produced = renderModelModule(train(readTrainingData(), DEFAULT_OPTIONS));
    const committed = readFileSync(new URL('../model-data.ts', import.meta.url), 'utf8');
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(sha(produced)).toBe(sha(committed));
    expect(committed.length).toBeLessThan(5_000_000);
  }, 120_000);
});
