/**
 * Shallow clause structure, enough to tell a demand ("De minister moet …") from a description inside a
 * subordinate clause ("…, omdat de code moet worden aangepast"). Dutch subordinate clauses start with a
 * subordinator and run to the next punctuation boundary; main clauses are everything else.
 */
import type { Token } from './tokenize.js';

/** Parentheses and quotes are transparent: an aside does not end the clause around it. */
const BOUNDARY = new Set([',', ';', ':', '!', '?', '.', '–', '—', '-', '…']);

/** Words that always open a subordinate clause. */
const SUBORDINATORS = new Set([
  'omdat', 'doordat', 'zodat', 'terwijl', 'nadat', 'voordat', 'totdat', 'tenzij', 'indien', 'mits', 'hoewel',
  'ofschoon', 'zodra', 'opdat', 'alsof', 'aangezien', 'wanneer', 'waardoor', 'waarin', 'waarop', 'waarmee',
  'waarbij', 'waarvan', 'waaruit', 'waarover', 'waarvoor', 'waarna', 'waarom', 'welke', 'wie', 'wat', 'hoe',
  'waar', 'zoals', 'dat', 'die', 'als', 'of',
]);

/** Pronouns/determiners after "als" that make it the conjunction "if/when" rather than the preposition "as". */
const CONDITIONAL_ALS_NEXT = new Set(['ik', 'je', 'jij', 'we', 'wij', 'u', 'hij', 'zij', 'ze', 'men', 'er', 'iedereen', 'niemand', 'dat', 'dit', 'het', 'deze', 'die', 'de', 'een']);

/** Finite verbs right after clause-initial "dat"/"die" make them demonstratives ("Dat moeten we doen"). */
const FINITE_AFTER_DEMONSTRATIVE = new Set([
  'is', 'zijn', 'was', 'waren', 'moet', 'moeten', 'kan', 'kunnen', 'zal', 'zullen', 'wil', 'willen', 'gaat', 'gaan',
  'heeft', 'hebben', 'wordt', 'worden', 'lijkt', 'blijkt', 'betekent', 'vraagt', 'maakt', 'geldt', 'dient', 'hoort',
]);

export interface ClauseInfo {
  /** Segment index per token (segments are separated by punctuation boundaries). */
  segment: number[];
  /** For each token: index of the subordinator that governs it, or -1 in a main clause. */
  subordinator: number[];
  /** First token index of each segment. */
  segmentStart: number[];
}

export function isBoundary(tok: Token): boolean {
  return tok.kind === 'punct' && BOUNDARY.has(tok.text);
}

export function analyzeClauses(tokens: readonly Token[]): ClauseInfo {
  const segment: number[] = new Array(tokens.length);
  const subordinator: number[] = new Array(tokens.length);
  const segmentStart: number[] = [0];
  let seg = 0;
  let sub = -1;
  let segFirstWord = true;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (isBoundary(tok)) {
      segment[i] = seg;
      subordinator[i] = -1;
      seg++;
      segmentStart.push(i + 1);
      sub = -1;
      segFirstWord = true;
      continue;
    }
    if (tok.kind === 'word' && SUBORDINATORS.has(tok.lower) && isSubordinating(tokens, i, segFirstWord)) sub = i;
    // "maar"/"want" start a new main clause inside the segment.
    if (tok.lower === 'maar' || tok.lower === 'want' || tok.lower === 'dus') sub = -1;
    segment[i] = seg;
    subordinator[i] = sub;
    if (tok.kind === 'word' && tok.lower !== 'en' && tok.lower !== 'maar' && tok.lower !== 'of') segFirstWord = false;
  }
  return { segment, subordinator, segmentStart };
}

function isSubordinating(tokens: readonly Token[], i: number, segFirstWord: boolean): boolean {
  const word = tokens[i]!.lower;
  const next = tokens[i + 1];
  if (word === 'als') return !!next && CONDITIONAL_ALS_NEXT.has(next.lower);
  if (word === 'of') {
    // "of" coordinates far more often than it subordinates; only "of er/het/de …" after a verb of asking.
    const prev = tokens[i - 1];
    return !!prev && /^(vraag|vraagt|vragen|weet|weten|bepalen|onderzoeken|nagaan|kijken|twijfel)$/.test(prev.lower);
  }
  if (word === 'dat' || word === 'die' || word === 'wat' || word === 'waar' || word === 'hoe') {
    // Clause-initial demonstrative/interrogative followed by a finite verb: a main clause.
    if (segFirstWord && next && FINITE_AFTER_DEMONSTRATIVE.has(next.lower)) return false;
    // "dat/die" + noun as a determiner ("dat percentage", "die agenda"): not a subordinator.
    if ((word === 'dat' || word === 'die') && next && next.kind === 'word' && isLikelyNounAfterDeterminer(tokens, i)) return false;
  }
  return true;
}

/** Words after which "dat/die" is a determiner ("vanaf dat moment", "met die partij"), not a conjunction. */
const DETERMINER_CONTEXT = new Set([
  'het', 'een', 'de', 'ook', 'nu', 'wel', 'niet', 'voor', 'met', 'in', 'op', 'aan', 'van', 'bij', 'naar', 'door', 'over', 'om', 'uit',
  'vanaf', 'tot', 'na', 'sinds', 'tijdens', 'zonder', 'onder', 'tegen', 'binnen', 'buiten', 'achter', 'rond', 'vanuit', 'per', 'via', 'ondanks',
]);

/** "dat percentage verhogen": a determiner is followed by a noun and then not by a subject-like word. */
function isLikelyNounAfterDeterminer(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // After a verb of saying/wanting/thinking, "dat" is a conjunction: "vindt dat", "wil dat", "belangrijk dat".
  if (!prev || prev.kind !== 'word') return false;
  if (DETERMINER_CONTEXT.has(prev.lower)) return true;
  return false;
}
