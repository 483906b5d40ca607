/**
 * Finds mentions of named actors (offices, bodies, agencies) in a sentence. Whether a mention is the OWNER of
 * the advice is decided in owner.ts; this file only knows names.
 */
import { ACTOR_ACRONYMS, ACTOR_PHRASES, CAPITALISED_ACTORS, NAMED_BODY_HEADS, SELF_NAMED_BODIES } from '../lexicon/actors.js';
import { PhraseMatcher } from '../phrases.js';
import { prefixKey } from '../tokenize.js';
import type { SentenceView } from '../view.js';

export interface ActorMention {
  from: number;
  to: number;
  /** Named through a compound ("kabinetsvisie"): the actor is implied as the maker. */
  compound?: boolean;
}

const matcher = new PhraseMatcher(ACTOR_PHRASES.map((pattern) => ({ pattern, data: null })));
/** Case-sensitive, because lower-case "rijk" means "rich" and "kamer" means "room". */
const CASE_SENSITIVE_SINGLE = new Set(['rijk', 'kamer', 'defensie', 'financiën', 'justitie']);
/** Compounds that name the cabinet or a minister as the maker: "kabinetsvisie", "kabinetsreactie". */
const ACTOR_COMPOUND_PREFIXES = ['kabinets', 'ministers', 'regerings'];
const COMPOUND_KEYS = new Set(ACTOR_COMPOUND_PREFIXES.map((p) => prefixKey(p)));

/** "in de gemeente", "binnen de provincie": the body as a place. */
const PLACE_PREPOSITIONS = new Set(['in', 'binnen', 'buiten', 'van', 'uit', 'naar', 'over', 'bij', 'rond', 'heel', 'onze', 'hele']);

function isCapitalised(text: string): boolean {
  const c = text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function findActors(view: SentenceView): ActorMention[] {
  const { tokens } = view;
  const out: ActorMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (tok.kind !== 'word') {
      i++;
      continue;
    }
    const c = tok.text.charCodeAt(0);
    const capital = c !== tok.lower.charCodeAt(0);
    if (!capital && !NAMED_BODY_HEADS.has(tok.lower) && !COMPOUND_KEYS.has(tok.key) && !matcher.canStartAt(tok)) {
      i++;
      continue;
    }
    // Proper names after a body head: "gemeente Utrecht", "provincie Noord-Holland", "Stichting Code for NL".
    if (NAMED_BODY_HEADS.has(tok.lower) && tokens[i + 1]?.kind === 'word' && isCapitalised(tokens[i + 1]!.text)) {
      let to = i + 2;
      while (to < tokens.length && tokens[to]!.kind === 'word' && (isCapitalised(tokens[to]!.text) || /^(for|van|voor|en)$/.test(tokens[to]!.lower) && tokens[to + 1] && isCapitalised(tokens[to + 1]!.text))) to++;
      out.push({ from: i, to });
      i = to;
      continue;
    }
    if (SELF_NAMED_BODIES.has(tok.lower) && /^(de|het)$/.test(tokens[i - 1]?.lower ?? '') && !PLACE_PREPOSITIONS.has(tokens[i - 2]?.lower ?? '')) {
      out.push({ from: i, to: i + 1 });
      i++;
      continue;
    }
    if (capital && (ACTOR_ACRONYMS.has(tok.text) || CAPITALISED_ACTORS.has(tok.text))) {
      out.push({ from: i, to: i + 1 });
      i++;
      continue;
    }
    if (COMPOUND_KEYS.has(tok.key) && ACTOR_COMPOUND_PREFIXES.some((p) => tok.lower.startsWith(p) && tok.lower.length > p.length + 3)) {
      out.push({ from: i, to: i + 1, compound: true });
      i++;
      continue;
    }
    const matches = matcher.matchAt(tokens, i);
    let best = -1;
    for (const m of matches) {
      const phrase = m.pattern.toLowerCase();
      if (CASE_SENSITIVE_SINGLE.has(phrase) && !isCapitalised(tokens[m.to - 1]!.text)) continue;
      // "op raad van" is advice, not the council.
      if (phrase === 'de raad' && tokens[m.to]?.lower === 'van') continue;
      if (m.to > best) best = m.to;
    }
    if (best > 0) {
      let to = best;
      // Extend titles with their portfolio: "minister van Binnenlandse Zaken", "staatssecretaris voor Digitalisering".
      if ((tokens[to]?.lower === 'van' || tokens[to]?.lower === 'voor') && tokens[to + 1] && isCapitalised(tokens[to + 1]!.text)) {
        to += 2;
        while (to < tokens.length && tokens[to]!.kind === 'word' && (isCapitalised(tokens[to]!.text) || tokens[to]!.lower === 'en')) to++;
        if (tokens[to - 1]!.lower === 'en') to--;
      } else if (tokens[to]?.kind === 'word' && isCapitalised(tokens[to]!.text) && !isSentenceStart(view, to)) {
        // A name after a title: "staatssecretaris Raymond Knops".
        while (to < tokens.length && tokens[to]!.kind === 'word' && isCapitalised(tokens[to]!.text)) to++;
      }
      out.push({ from: i, to });
      i = to;
      continue;
    }
    i++;
  }
  return out;
}

function isSentenceStart(view: SentenceView, i: number): boolean {
  return i === 0 || view.tokens[i - 1]!.text === '.';
}
