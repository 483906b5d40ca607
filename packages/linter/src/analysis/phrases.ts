/**
 * Token-sequence matcher for lexicon phrases. A pattern is a `|`-separated list of alternative phrases; a
 * phrase is a space-separated list of tokens. A token ending in `*` matches by prefix ("innovati*"), a bare `*`
 * matches any word (not in first position). Matching is linear in the number of tokens times the (small, bounded) pattern length:
 * no regular expressions, so no backtracking on adversarial input.
 */
import { prefixKey, type Token } from './tokenize.js';

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

// Shared empty result: most tokens match nothing, so avoid allocating. Callers never mutate results.
const NONE: never[] = [];

/** Prefix steps are indexed by their first three characters, so a token only meets a few candidates. */
const PREFIX_KEY = 3;

function compileStep(raw: string): Step {
  if (raw === '*') return { value: '', prefix: true, any: true };
  if (raw.endsWith('*')) return { value: raw.slice(0, -1), prefix: true, any: false };
  return { value: raw, prefix: false, any: false };
}

/**
 * Registry of first-token keys of every matcher, so that one lookup per token tells which matchers can start
 * there (`Token.mask`). Matchers are module-level singletons, so at most 31 of them get a bit; any further
 * matcher simply checks every token itself.
 */
const exactMasks = new Map<string, number>();
const prefixMasks = new Map<number, number>();
/** Prefix keys of every pattern's first token, exact or prefix. */
const firstKeys = new Set<number>();
let nextBit = 0;

/** Union of the token masks per sentence: a matcher whose bit is absent skips the sentence outright. */
const sentenceMasks = new WeakMap<readonly Token[], number>();

/** Sets `mask` on each token: the bits of the matchers whose patterns may start at that token. */
export function assignMasks(tokens: Token[]): void {
  let all = 0;
  for (const t of tokens) {
    // Numeric prefilter: most words share no three-letter start with any pattern, and a number hashes cheaply.
    if (!firstKeys.has(t.key)) {
      t.mask = 0;
      continue;
    }
    t.mask = (exactMasks.get(t.lower) ?? 0) | (prefixMasks.get(t.key) ?? 0);
    all |= t.mask;
  }
  sentenceMasks.set(tokens, all);
}

export class PhraseMatcher<T> {
  private readonly exact = new Map<string, CompiledPattern<T>[]>();
  private readonly byPrefix = new Map<number, CompiledPattern<T>[]>();
  /** This matcher's bit in `Token.mask`, or 0 when the registry is full. */
  private readonly bit: number;

  constructor(entries: ReadonlyArray<{ pattern: string; data: T }>) {
    this.bit = nextBit < 31 ? 1 << nextBit++ : 0;
    for (const entry of entries) for (const alternative of entry.pattern.split('|')) this.add(alternative.trim(), entry.data);
  }

  private add(pattern: string, data: T): void {
    const steps = pattern.toLowerCase().split(/ +/).map(compileStep);
    const first = steps[0]!;
    const compiled: CompiledPattern<T> = { steps, data, pattern };
    if (first.any) throw new Error(`Lexicon pattern "${pattern}" cannot start with a wildcard`);
    if (first.prefix) {
      if (first.value.length < PREFIX_KEY) throw new Error(`Prefix too short in lexicon pattern "${pattern}"`);
      const key = prefixKey(first.value.slice(0, PREFIX_KEY));
      firstKeys.add(key);
      push(this.byPrefix, key, compiled);
      prefixMasks.set(key, (prefixMasks.get(key) ?? 0) | this.bit);
    } else {
      push(this.exact, first.value, compiled);
      firstKeys.add(prefixKey(first.value));
      exactMasks.set(first.value, (exactMasks.get(first.value) ?? 0) | this.bit);
    }
  }

  /** Whether any pattern of this matcher may start at `tok` (cheap: one bit test once masks are assigned). */
  canStartAt(tok: Token): boolean {
    if (this.bit !== 0 && tok.mask !== -1) return (tok.mask & this.bit) !== 0;
    return this.exact.has(tok.lower) || this.byPrefix.has(tok.key);
  }

  /** All matches starting at token `i`. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T>[] {
    const tok = tokens[i]!;
    if (this.bit !== 0 && tok.mask !== -1 && (tok.mask & this.bit) === 0) return NONE;
    const exact = this.exact.get(tok.lower);
    const prefixed = this.byPrefix.get(tok.key);
    if (!exact && !prefixed) return NONE;
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
    const all = this.bit === 0 ? undefined : sentenceMasks.get(tokens);
    if (all !== undefined && (all & this.bit) === 0) return NONE as PhraseMatch<T>[];
    let out: PhraseMatch<T>[] | null = null;
    let i = from;
    while (i < to) {
      const mask = tokens[i]!.mask;
      if (this.bit !== 0 && mask !== -1 && (mask & this.bit) === 0) {
        i++;
        continue;
      }
      let best: PhraseMatch<T> | null = null;
      for (const m of this.matchAt(tokens, i)) if (m.to <= to && (!best || m.to > best.to)) best = m;
      if (!best) {
        i++;
        continue;
      }
      (out ??= []).push(best);
      i = best.to;
    }
    return out ?? (NONE as PhraseMatch<T>[]);
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
