/** Everything the detectors share about one sentence, computed once. */
import { analyzeClauses, type ClauseInfo } from './clauses.js';
import { assignMasks } from './phrases.js';
import { tokenize, type Token } from './tokenize.js';
import { analyzeClauses as analyzeGrammar, tagWords, type Clause, type ClauseAnalysis, type TaggedWord } from '@scherp/dutch';
import type { TextMatch } from '../types.js';

export interface SentenceView {
  text: string;
  tokens: Token[];
  clauses: ClauseInfo;
  /** Part of speech, CGN tag and lemma per token (the @scherp/dutch tagger's, as its clause analysis repaired them). */
  tags: TaggedWord[];
  /** Clause structure over the tags: finite verbs, subjects, passives, imperatives. */
  grammar: ClauseAnalysis;
  /** Ends in a question mark (ignoring closing quotes/brackets). */
  isQuestion: boolean;
  /** Token indices inside parentheses. */
  inParens: boolean[];
}

export function buildView(text: string): SentenceView {
  const tokens = tokenize(text);
  assignMasks(tokens);
  const inParens: boolean[] = new Array(tokens.length);
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t === '(') depth++;
    inParens[i] = depth > 0;
    if (t === ')' && depth > 0) depth--;
  }
  let q = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && /^["'”’)\]»]$/.test(t.text)) continue;
    q = t.text === '?';
    break;
  }
  const grammar = analyzeBudgeted(tokens);
  return { text, tokens, clauses: analyzeClauses(tokens), tags: grammar.tags, grammar, isQuestion: q, inParens };
}

/**
 * At most this many tokens of one sentence go through the tagger and the clause analysis. Sentences in prose are
 * far shorter (a few hundred tokens at the very most); a "sentence" of 100k links or references without a full
 * stop cost tens of seconds of tagging, one word type after another, and the clause analysis re-tags words in
 * every clause of it. The tokens past the budget get a neutral tag (see {@link untagged}) and form one clause
 * without a verb: the windowed detectors still see them as words, only without a part of speech or a verb
 * reading, which is what such text is.
 */
export const TAG_BUDGET = 2000;

function analyzeBudgeted(tokens: readonly Token[]): ClauseAnalysis {
  if (tokens.length <= TAG_BUDGET) return analyzeGrammar(tagWords(tokens.map((t) => t.text)));
  const head = analyzeGrammar(tagWords(tokens.slice(0, TAG_BUDGET).map((t) => t.text)));
  const tags = head.tags;
  for (let i = TAG_BUDGET; i < tokens.length; i++) tags.push(untagged(tokens[i]!));
  const rest: Clause = {
    from: TAG_BUDGET, to: tokens.length, subordinate: false, opener: -1, finite: -1, subject: -1, subjectFrom: -1,
    modal: -1, infinitive: -1, passive: null, imperative: false, particle: -1, verbLemma: '',
  };
  const clauseOf = new Int32Array(tokens.length);
  clauseOf.set(head.clauseOf);
  clauseOf.fill(head.clauses.length, TAG_BUDGET);
  return { tags, clauses: [...head.clauses, rest], clauseOf };
}

/** The tag of a token past the budget: punctuation as punctuation, anything else as an unknown word. */
function untagged(token: Token): TaggedWord {
  const word = token.text;
  return token.kind === 'punct'
    ? { word, upos: 'PUNCT', xpos: 'LET', lemma: word, feats: '_' }
    : { word, upos: 'X', xpos: 'SPEC|vreemd', lemma: token.lower, feats: '_' };
}

/** A match covering tokens `[from, to)`. */
export function spanOf(view: SentenceView, from: number, to: number): TextMatch {
  const start = view.tokens[from]!.start;
  const end = view.tokens[to - 1]!.end;
  return { start, end, text: view.text.slice(start, end) };
}

/** Index of the first token of the segment containing `i`. */
export function segmentStartOf(view: SentenceView, i: number): number {
  return view.clauses.segmentStart[view.clauses.segment[i]!]!;
}

/** Index after the last token of the segment containing `i`. */
export function segmentEndOf(view: SentenceView, i: number): number {
  const next = view.clauses.segmentStart[view.clauses.segment[i]! + 1];
  return next === undefined ? view.tokens.length : next - 1;
}

export function isMainClause(view: SentenceView, i: number): boolean {
  return view.clauses.subordinator[i] === -1;
}

/** Index of the token that starts at or contains text offset `offset`. */
export function tokenIndexAt(view: SentenceView, offset: number): number {
  const { tokens } = view;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * How far a detector looks around a word within its clause. Clauses in real prose are far shorter; the bound
 * keeps every per-word look-around constant, so a sentence is analysed in linear time even when it is one
 * endless clause (adversarial input, a PDF without punctuation).
 */
export const CLAUSE_WINDOW = 24;

/** Start of the clause around `i`, at most CLAUSE_WINDOW tokens back. */
export function windowStart(view: SentenceView, i: number): number {
  return Math.max(segmentStartOf(view, i), i - CLAUSE_WINDOW);
}

/** End of the clause around `i`, at most CLAUSE_WINDOW tokens ahead. */
export function windowEnd(view: SentenceView, i: number): number {
  return Math.min(segmentEndOf(view, i), i + CLAUSE_WINDOW);
}
