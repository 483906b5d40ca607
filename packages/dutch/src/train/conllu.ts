/** A minimal CoNLL-U reader: word lines only (multi-word ranges and empty nodes are skipped). */

export interface GoldToken {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head index, 0 for the root. */
  head: number;
  deprel: string;
}

export interface GoldSentence {
  id: string;
  tokens: GoldToken[];
}

export function parseConllu(text: string, file = 'input'): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  let tokens: GoldToken[] = [];
  let id = '';
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (line === '') {
      if (tokens.length > 0) sentences.push({ id, tokens });
      tokens = [];
      id = '';
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^# sent_id = (.*)$/.exec(line);
      if (m) id = m[1]!;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`${file}:${n + 1}: expected 10 columns, found ${cols.length}`);
    if (!/^\d+$/.test(cols[0]!)) continue;
    tokens.push({
      form: cols[1]!, lemma: cols[2]!, upos: cols[3]!, xpos: cols[4]!, feats: cols[5]!,
      head: Number(cols[6]), deprel: cols[7]!,
    });
  }
  if (tokens.length > 0) sentences.push({ id, tokens });
  return sentences;
}
