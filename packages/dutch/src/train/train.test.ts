import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../model.js';
import { Tagger } from '../tagger.js';
import { parseConllu } from './conllu.js';
import { readTrainingData } from './data.js';
import { inputsDigest, readStamp, stamp } from './provenance.js';
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

// A word list of our own in the baked format: "werk" takes the third-person "-t" (rule V3).
const WORDS = { flagSets: 'V3\nP_Vi', stems: 'werk\t0\nwerken\t1', suffixes: 'V3\t\tt\t[^ao]\tVB3', prefixes: 'aan\nmee' };

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
    const a = train(sentences, options, WORDS);
    expect(train(sentences, options, WORDS)).toEqual(a);
    const tagger = new Tagger(loadModel(a));
    expect(tagger.tagWords(['De', 'gemeente', 'werkt', '.']).map((t) => t.xpos)).toEqual(['LID|bep|stan|rest', 'N|soort|ev|basis|zijd|stan', 'WW|pv|tgw|met-t', 'LET']);
    expect(tagger.tagWords(['Gemeenten'])[0]!.lemma).toBe('gemeente');
  });

  it('trains the same model twice from a subset of the treebanks (determinism, sparse weights round trip)', () => {
    const subset = readTrainingData().slice(0, 150);
    const options = { ...DEFAULT_OPTIONS, bits: 16, iterations: 2 };
    const a = renderModelModule(train(subset, options, WORDS));
    expect(renderModelModule(train(subset, options, WORDS))).toBe(a);
    const tagger = new Tagger(loadModel(train(subset, options, WORDS)));
    expect(tagger.tagWords(['De', 'man', 'werkt', '.']).map((t) => t.upos)).toHaveLength(4);
  });

  it('a stamp detects an edited model', () => {
    const module = renderModelModule(train(parseConllu(SAMPLE), { ...DEFAULT_OPTIONS, bits: 10, iterations: 1 }));
    const stamped = stamp(module, 'a'.repeat(64));
    expect(readStamp(stamped)).toEqual({ inputs: 'a'.repeat(64), intact: true });
    expect(readStamp(stamped.replace('weights: "', 'weights: "A'))!.intact).toBe(false);
    expect(readStamp(module)).toBeNull();
  });

  it('the committed model was trained from the current data, word list, training code and options', () => {
    // Fast: compares digests. `npm run check-model` retrains and compares byte for byte.
    const committed = readFileSync(new URL('../model-data.ts', import.meta.url), 'utf8');
    const recorded = readStamp(committed);
    expect(recorded, 'model-data.ts has no provenance line: run npm run train').not.toBeNull();
    expect(recorded!.intact, 'model-data.ts was edited after training').toBe(true);
    expect(recorded!.inputs, 'training inputs changed since the model was trained: run npm run train').toBe(inputsDigest(DEFAULT_OPTIONS));
    expect(committed.length).toBeLessThan(5_000_000);
  });
});
