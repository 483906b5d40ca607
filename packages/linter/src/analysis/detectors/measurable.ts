/**
 * Measurable: a number or amount, a named deliverable whose existence can be checked, or a yes/no rule.
 * Numbers that belong to a deadline ("binnen drie maanden", "2027") or are rhetorical ("100% vertrouwen",
 * "180 graden") do not count.
 */
import { DELIVERABLE_PHRASES, MONEY_WORDS, RHETORICAL_NUMBERS, RULE_PHRASES } from '../lexicon/measure.js';
import { NUMBER_WORDS } from '../lexicon/time.js';
import { PhraseMatcher } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';

const deliverables = new PhraseMatcher(DELIVERABLE_PHRASES.map((pattern) => ({ pattern, data: 'deliverable' as const })));
const rules = new PhraseMatcher(RULE_PHRASES.map((pattern) => ({ pattern, data: 'rule' as const })));

/** Written-out counts that are too ambiguous on their own ("een") or not a count ("enkele", "half"). */
const WEAK_NUMBER_WORDS = new Set(['een', 'enkele', 'half', 'halve']);
const FRACTIONS = new Set(['helft', 'derde', 'kwart', 'vijfde', 'tiende']);
const UNIT_AFTER_RHETORICAL = new Set(['graden', '%', 'procent']);

export function detectMeasurable(view: SentenceView, used: ReadonlySet<number>): TextMatch | null {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (t.text === '€' && tokens[i + 1]?.kind === 'number') return spanOf(view, i, extendAmount(view, i + 2));
      continue;
    }
    const isNumber = t.kind === 'number' || (NUMBER_WORDS.has(t.lower) && !WEAK_NUMBER_WORDS.has(t.lower));
    if (isNumber) {
      // Leading list numbering ("1.") and rhetorical figures do not count.
      if (i === 0 && tokens[1]?.text === '.') continue;
      if (RHETORICAL_NUMBERS.has(t.lower) && UNIT_AFTER_RHETORICAL.has(tokens[i + 1]?.lower ?? '')) continue;
      return spanOf(view, i, extendAmount(view, i + 1));
    }
    // de helft, een derde, twee derde
    if (FRACTIONS.has(t.lower) && (tokens[i - 1]?.lower === 'de' || tokens[i - 1]?.lower === 'een')) {
      if (t.lower !== 'derde' || tokens[i + 1]?.lower === 'van' || tokens[i + 1]?.lower === 'deel') return spanOf(view, i - 1, i + 1);
    }
  }
  const found = deliverables.findAll(tokens)[0] ?? rules.findAll(tokens)[0] ?? prohibition(view);
  if (found && 'from' in found) return spanOf(view, found.from, found.to);
  return null;
}

/** "mag/mogen … niet", "geen … zonder …": concrete yes/no rules. */
function prohibition(view: SentenceView): { from: number; to: number } | null {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w === 'mag' || w === 'mogen') {
      for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
        if (tokens[j]!.kind === 'punct') break;
        if (tokens[j]!.lower === 'niet' || tokens[j]!.lower === 'geen') return { from: i, to: j + 1 };
      }
    }
    if (w === 'geen') {
      for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
        if (tokens[j]!.kind === 'punct') break;
        if (tokens[j]!.lower === 'zonder') return { from: i, to: j + 1 };
      }
    }
  }
  return null;
}

function extendAmount(view: SentenceView, to: number): number {
  const { tokens } = view;
  let j = to;
  while (j < tokens.length && j < to + 3) {
    const w = tokens[j]!.lower;
    if (MONEY_WORDS.has(w) || w === '%' || w === 'procent' || w === '€') j++;
    else break;
  }
  return j;
}
