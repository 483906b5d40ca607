/**
 * Problem: the sentence itself states the reason or problem the action addresses. Reason conjunctions
 * ("omdat", "doordat", "want"), purpose clauses against a problem ("om … te voorkomen"), and problem nouns
 * ("het probleem", "tekort aan"). "Om dit te voorkomen" only points back, so it does not count.
 */
import { PhraseMatcher } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { segmentEndOf, spanOf, type SentenceView } from '../view.js';

const PROBLEM_PHRASES = [
  'omdat', 'doordat', 'aangezien', 'vanwege', 'immers', 'met het oog op', 'gelet op', 'ten behoeve van het', 'gezien de|gezien het', 'hierdoor', 'daardoor', 'waardoor', 'want',
  'probleem', 'problemen', 'problematiek', 'knelpunt*', 'tekort', 'tekorten', 'gebrek aan', 'ontbreekt', 'ontbreken',
  'risico op', 'dreigt|dreigen', 'kwetsbaar*', 'verouderd*', 'afhankelijk', 'afhankelijkheid', 'leidt tot|leiden tot',
  'om te voorkomen', 'te voorkomen dat', 'onhoudbaar', 'achterstand|achterstanden', 'wachtlijst*', 'wachttijd*', 'versnipper*',
  'fragmentatie', 'gefragmenteerd*', 'fouten', 'onbetaalbaar', 'uitval', 'storing*',
  'faalt|falen', 'mislukt*', 'schade', 'crisis', 'ramp', 'rampen', 'schrijnend*', 'misstand*', 'valt tegen|vallen tegen|viel tegen',
  'behoefte aan',
].map((pattern) => ({ pattern, data: null }));

const matcher = new PhraseMatcher(PROBLEM_PHRASES);
const PROBLEM_HEADS = ['affaire', 'afhankelijk', 'afhankelijkheid', 'tekort', 'tekorten', 'probleem', 'problemen', 'achterstand', 'knelpunt', 'knelpunten', 'risico'];
/** Problem-solving verbs of a purpose clause: "om X te voorkomen/verminderen/oplossen". */
const REMEDY_VERBS = new Set(['voorkomen', 'verminderen', 'beperken', 'tegengaan', 'bestrijden', 'oplossen', 'verhelpen', 'doorbreken', 'terugdringen', 'verkleinen', 'wegnemen', 'aanpakken', 'inperken', 'verlagen', 'verkorten', 'terugbrengen', 'wegwerken']);
/** Words that only point back to an earlier sentence. */
const POINTERS = new Set(['dit', 'dat', 'deze', 'die', 'het', 'hiervan', 'dergelijke', 'zulke']);
const NEGATIONS = new Set(['niet', 'niemand', 'geen', 'nooit']);

/** Imperatives of avoiding: their object is the problem ("Voorkom vendor lock-in"). */
const AVOID_IMPERATIVES = new Set(['voorkom', 'vermijd', 'bestrijd', 'verminder', 'beperk', 'bestrijdt']);

/** "om dit te voorkomen": a purpose that points back to a problem stated elsewhere. */
export function hasPurposePointer(view: SentenceView): boolean {
  const { tokens } = view;
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i]!.lower === 'om' && POINTERS.has(tokens[i + 1]!.lower) && tokens[i + 2]!.lower === 'te' && REMEDY_VERBS.has(tokens[i + 3]!.lower)) return true;
  }
  return false;
}

export function detectProblem(view: SentenceView): TextMatch | null {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const atSegmentStart = i === 0 || tokens[i - 1]!.kind === 'punct' || tokens[i - 1]!.lower === 'en';
    if (atSegmentStart && AVOID_IMPERATIVES.has(t.lower) && tokens[i + 1]?.kind === 'word') return spanOf(view, i, Math.min(segmentEndOf(view, i), i + 5));
    // om … te voorkomen/verminderen with a real object.
    if (t.lower === 'om') {
      const end = Math.min(segmentEndOf(view, i), i + 14);
      for (let j = i + 1; j < end - 1; j++) {
        // Separable remedies split around "te": "tegen te gaan", "op te lossen", "terug te dringen".
        const separable = tokens[j]!.lower === 'te' && REMEDY_VERBS.has((tokens[j - 1]?.lower ?? '') + (tokens[j + 1]?.lower ?? ''));
        if (tokens[j]!.lower === 'te' && (REMEDY_VERBS.has(tokens[j + 1]!.lower) || separable)) {
          const object = tokens.slice(i + 1, separable ? j - 1 : j);
          const pointer = object.length > 0 && object.every((x) => POINTERS.has(x.lower) || x.lower === 'probleem');
          if (!pointer) return spanOf(view, i, j + 2);
          break;
        }
      }
    }
    // "De noodzaak is er: daarom …": the reason stands before "daarom" in the same sentence.
    if ((t.lower === 'daarom' || t.lower === 'dus') && i >= 4 && tokens[i - 1]!.kind === 'punct' && /^[:;–—-]$/.test(tokens[i - 1]!.text)) return spanOf(view, 0, i + 1);
    // "zodat niemand wordt buitengesloten": a purpose that names what must not happen.
    if (t.lower === 'zodat' && tokens.slice(i + 1, i + 4).some((x) => NEGATIONS.has(x.lower))) return spanOf(view, i, segmentEndOf(view, i));
    // Compounds keep the problem word last: "systeemafhankelijk", "personeelstekort", "capaciteitsprobleem".
    if (t.kind === 'word' && t.lower.length >= 10 && !t.lower.includes('onafhankelijk') && PROBLEM_HEADS.some((h) => t.lower.endsWith(h) && t.lower.length > h.length + 2)) return spanOf(view, i, i + 1);
    for (const m of matcher.matchAt(tokens, i)) {
      if (m.pattern.endsWith(' tot') && tokens.slice(m.to, m.to + 3).some((x) => x.lower.startsWith('aanbeveling') || x.lower === 'advies')) continue;
      if (m.pattern === 'om te voorkomen') continue;
      // "Falen is geen optie" is a rhetorical absolute, not a problem.
      if (m.pattern === 'faalt|falen' && tokens[m.to]?.lower === 'is' && tokens[m.to + 1]?.lower === 'geen') continue;
      // "Om dit te voorkomen" is handled above; a bare "voorkomen dat" clause names the problem.
      return spanOf(view, m.from, m.to);
    }
  }
  return null;
}
