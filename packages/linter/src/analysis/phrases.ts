/**
 * Token-sequence matcher for lexicon phrases. A pattern is a `|`-separated list of alternative phrases; a
 * phrase is a space-separated list of tokens. A token ending in `*` matches by prefix ("innovati*"), a bare `*`
 * matches any word (not in first position). Matching is linear in the number of tokens times the (small, bounded) pattern length:
 * no regular expressions, so no backtracking on adversarial input.
 */
import type { Token } from './tokenize.js';

interface Step {
  value: string;
  prefix: boolean;
  /** A bare `*`: any word token (not allowed as the first step). */
  any: boolean;
}

interface CompiledPattern<T> {
  steps: Step[];
  data: T;
  pattern: string;
}

export interface PhraseMatch<T> {
  /** First token index. */
  from: number;
  /** Token index after the last token. */
  to: number;
  data: T;
  /** The alternative that matched. */
  pattern: string;
}

/** Prefix steps are indexed by their first three characters, so a token only meets a few candidates. */
const PREFIX_KEY = 3;

function compileStep(raw: string): Step {
  if (raw === '*') return { value: '', prefix: true, any: true };
  if (raw.endsWith('*')) return { value: raw.slice(0, -1), prefix: true, any: false };
  return { value: raw, prefix: false, any: false };
}

export class PhraseMatcher<T> {
  private readonly exact = new Map<string, CompiledPattern<T>[]>();
  private readonly byPrefix = new Map<string, CompiledPattern<T>[]>();

  constructor(entries: ReadonlyArray<{ pattern: string; data: T }>) {
    for (const entry of entries) for (const alternative of entry.pattern.split('|')) this.add(alternative.trim(), entry.data);
  }

  private add(pattern: string, data: T): void {
    const steps = pattern.toLowerCase().split(/ +/).map(compileStep);
    const first = steps[0]!;
    const compiled: CompiledPattern<T> = { steps, data, pattern };
    if (first.any) throw new Error(`Lexicon pattern "${pattern}" cannot start with a wildcard`);
    if (first.prefix) {
      if (first.value.length < PREFIX_KEY) throw new Error(`Prefix too short in lexicon pattern "${pattern}"`);
      push(this.byPrefix, first.value.slice(0, PREFIX_KEY), compiled);
    } else push(this.exact, first.value, compiled);
  }

  /** All matches starting at token `i`. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T>[] {
    const first = tokens[i]!.lower;
    const exact = this.exact.get(first);
    const prefixed = this.byPrefix.get(first.slice(0, PREFIX_KEY));
    if (!exact && !prefixed) return [];
    const out: PhraseMatch<T>[] = [];
    for (const list of [exact, prefixed]) {
      if (!list) continue;
      for (const c of list) {
        const to = matchSteps(c.steps, tokens, i);
        if (to > 0) out.push({ from: i, to, data: c.data, pattern: c.pattern });
      }
    }
    return out;
  }

  /** Longest-first, non-overlapping matches, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = from;
    while (i < to) {
      const here = this.matchAt(tokens, i).filter((m) => m.to <= to);
      if (here.length === 0) {
        i++;
        continue;
      }
      let best = here[0]!;
      for (const m of here) if (m.to > best.to) best = m;
      out.push(best);
      i = best.to;
    }
    return out;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function matchSteps(steps: Step[], tokens: readonly Token[], start: number): number {
  let i = start;
  for (const step of steps) {
    const tok = tokens[i];
    if (!tok) return -1;
    const ok = step.any ? tok.kind === 'word' : step.prefix ? tok.lower.startsWith(step.value) : tok.lower === step.value;
    if (!ok) return -1;
    i++;
  }
  return i;
}
