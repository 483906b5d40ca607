/**
 * Problem: the sentence itself states the reason or problem the action addresses. Reason conjunctions
 * ("omdat", "doordat", "want"), purpose clauses against a problem ("om … te voorkomen"), and problem nouns
 * ("het probleem", "tekort aan"). "Om dit te voorkomen" only points back, so it does not count.
 */
import { PhraseMatcher } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { segmentEndOf, spanOf, type SentenceView } from '../view.js';

const PROBLEM_PHRASES = [
  'omdat', 'doordat', 'aangezien', 'vanwege', 'immers', 'gezien de|gezien het', 'hierdoor', 'daardoor', 'waardoor', 'want',
  'probleem', 'problemen', 'problematiek', 'knelpunt*', 'tekort', 'tekorten', 'gebrek aan', 'ontbreekt', 'ontbreken',
  'risico op', 'dreigt|dreigen', 'kwetsbaar*', 'verouderd*', 'afhankelijk', 'afhankelijkheid', 'leidt tot|leiden tot',
  'om te voorkomen', 'te voorkomen dat', 'onhoudbaar', 'achterstand*', 'wachtlijst*', 'wachttijd*', 'versnipper*',
  'fragmentatie', 'gefragmenteerd*', 'fouten', 'kostbaar', 'onbetaalbaar', 'uitval', 'storing*', 'buitengesloten',
  'faalt|falen', 'mislukt*', 'schade', 'crisis', 'ramp', 'affaire',
].map((pattern) => ({ pattern, data: null }));

const matcher = new PhraseMatcher(PROBLEM_PHRASES);
/** Problem-solving verbs of a purpose clause: "om X te voorkomen/verminderen/oplossen". */
const REMEDY_VERBS = new Set(['voorkomen', 'verminderen', 'beperken', 'tegengaan', 'tegen', 'bestrijden', 'oplossen', 'verhelpen', 'doorbreken', 'terugdringen', 'verkleinen', 'wegnemen', 'aanpakken']);
/** Words that only point back to an earlier sentence. */
const POINTERS = new Set(['dit', 'dat', 'deze', 'die', 'het', 'hiervan', 'dergelijke', 'zulke']);
/** "leidt tot de aanbeveling" is a conclusion, not a problem. */
const NOT_AFTER_LEADS_TO = new Set(['de', 'een']);
const NEGATIONS = new Set(['niet', 'niemand', 'geen', 'nooit']);

export function detectProblem(view: SentenceView): TextMatch | null {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // om … te voorkomen/verminderen with a real object.
    if (t.lower === 'om') {
      const end = Math.min(segmentEndOf(view, i), i + 14);
      for (let j = i + 1; j < end - 1; j++) {
        if (tokens[j]!.lower === 'te' && REMEDY_VERBS.has(tokens[j + 1]!.lower)) {
          const object = tokens.slice(i + 1, j);
          const pointer = object.length > 0 && object.every((x) => POINTERS.has(x.lower) || x.lower === 'probleem');
          if (!pointer) return spanOf(view, i, j + 2);
          break;
        }
      }
    }
    // "zodat niemand wordt buitengesloten": a purpose that names what must not happen.
    if (t.lower === 'zodat' && tokens.slice(i + 1, i + 4).some((x) => NEGATIONS.has(x.lower))) return spanOf(view, i, segmentEndOf(view, i));
    for (const m of matcher.matchAt(tokens, i)) {
      if (m.pattern.endsWith(' tot') && (NOT_AFTER_LEADS_TO.has(tokens[m.to]?.lower ?? '') && tokens[m.to + 1]?.lower.startsWith('aanbeveling'))) continue;
      if (m.pattern === 'om te voorkomen') continue;
      // "Om dit te voorkomen" is handled above; a bare "voorkomen dat" clause names the problem.
      return spanOf(view, m.from, m.to);
    }
  }
  return null;
}
