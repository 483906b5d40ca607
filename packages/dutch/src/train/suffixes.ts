/**
 * Candidate classes of unseen words by suffix (issue #13): an unseen word scored against all open classes was
 * most of the tagging time. Per suffix of 2–4 letters seen on at least `minTypes` training word types, the open
 * classes of those types plus the `always` commonest open classes of words seen once; tagging takes the longest
 * such suffix of the word (model.ts) and falls back to the open classes.
 */
import { SUFFIX_LENGTHS } from '../model.js';

export interface SuffixOptions {
  /** Word types a suffix needs to be trusted; 0 turns the narrowing off. */
  minTypes: number;
  /** The commonest open classes (by words seen once) every narrowed set keeps. */
  always: number;
  /** Train unseen-like (jackknifed) words against their suffix classes too, not against all open classes. */
  train: boolean;
}

/** Suffix → sorted candidate classes, for the model meta (sorted keys: deterministic). */
export function suffixClasses(
  wordClasses: ReadonlyMap<string, ReadonlyMap<number, number>>,
  open: readonly number[],
  hapaxClasses: ReadonlyMap<number, number>,
  options: SuffixOptions,
): Record<string, number[]> | undefined {
  if (options.minTypes <= 0) return undefined;
  const openSet = new Set(open);
  const always = [...open].sort((a, b) => hapaxClasses.get(b)! - hapaxClasses.get(a)! || a - b).slice(0, options.always);
  const types = new Map<string, number>();
  const classes = new Map<string, Set<number>>();
  for (const [word, seen] of wordClasses) {
    for (const length of SUFFIX_LENGTHS) {
      if (word.length <= length) continue;
      const suffix = word.slice(-length);
      types.set(suffix, (types.get(suffix) ?? 0) + 1);
      let set = classes.get(suffix);
      if (!set) classes.set(suffix, (set = new Set(always)));
      for (const c of seen.keys()) if (openSet.has(c)) set.add(c);
    }
  }
  const table: Record<string, number[]> = {};
  for (const suffix of [...types.keys()].sort()) {
    if (types.get(suffix)! >= options.minTypes) table[suffix] = [...classes.get(suffix)!].sort((a, b) => a - b);
  }
  return table;
}
