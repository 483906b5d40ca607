import { describe, expect, it } from 'vitest';
import { MODEL_DATA } from './model-data.js';
import { loadModel } from './model.js';
import { findLine, lineAt } from './sorted-lines.js';

describe('findLine', () => {
  it('finds a line by its second field, and nothing that is not a whole field', () => {
    const text = ['F\taan\t3\t', '-\taanpas\t1\taanpassen', 'R\twerk\t2\t\t4\twerken', '-\tzeg\t1\tzeggen'].join('\n');
    expect(lineAt(text, findLine(text, 'aanpas', 1))).toBe('-\taanpas\t1\taanpassen');
    expect(lineAt(text, findLine(text, 'zeg', 1))).toBe('-\tzeg\t1\tzeggen');
    expect(findLine(text, 'aan', 1)).toBe(0);
    for (const absent of ['F', 'aa', 'werke', 'zz', '3']) expect(findLine(text, absent, 1)).toBe(-1);
    expect(lineAt('b\t1\nc\t2\n', findLine('b\t1\nc\t2\n', 'c', 0))).toBe('c\t2'); // trailing newline
    expect(findLine('', 'a', 0)).toBe(-1);
  });

  it('finds every word of the shipped lexicon (its lines are sorted as the search needs)', () => {
    const model = loadModel(MODEL_DATA);
    const lines = MODEL_DATA.lexicon.split('\n');
    let found = 0;
    for (const line of lines) if (model.lexicon.get(line.split('\t')[1]!)?.seen[0] === Number(line.split('\t')[2])) found++;
    expect(found).toBe(lines.length);
    expect(lines.length).toBeGreaterThan(10_000);
    expect(model.lexicon.has('informatiebeveiligingsbeleidx')).toBe(false);
  });
});
