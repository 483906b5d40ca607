/**
 * Deadline: a date, year, quarter, bounded period or recurring moment. Open-ended time words ("snel",
 * "op termijn", "de komende jaren", "nu") are not deadlines; neither is a rate ("per jaar") or a past reference
 * ("uit 2022", "sinds 2019").
 */
import {
  BUDGET_MOMENTS, DEFINITE_PERIOD_DETERMINERS, DEFINITE_PERIODS, MONTHS, NUMBER_WORDS, ORDINALS, PERIOD_UNITS,
  RECURRING_WORDS, SEASONS, TIME_PREPOSITIONS,
} from '../lexicon/time.js';
import type { Token } from '../tokenize.js';
import type { SentenceView } from '../view.js';

export interface DeadlineHit {
  from: number;
  to: number;
  /** Starts with "vanaf/per/met ingang van": a moment from which a rule applies. */
  fromMoment: boolean;
  /** A recurring moment ("jaarlijks", "elk kwartaal"): in the present tense it also describes routine. */
  recurring?: boolean;
}

const PAST_REFERENCE = new Set(['uit', 'sinds', 'sedert', 'geleden']);
const EVERY = new Set(['elk', 'elke', 'ieder', 'iedere']);

/** Moments of the policy cycle that are not in the budget list: "in de beleidsreactie", "bij de septemberbrief". */
const POLICY_MOMENTS = new Set(['beleidsreactie', 'kabinetsreactie', 'septemberbrief', 'voortgangsbrief', 'voortgangsrapportage', 'jaarbrief', 'kabinetsstandpunt']);

/** Words that can start a time expression; other words are skipped cheaply. */
const TRIGGERS = new Set([
  ...MONTHS, ...SEASONS, ...DEFINITE_PERIODS, ...RECURRING_WORDS, ...EVERY, ...BUDGET_MOMENTS, ...ORDINALS,
  'binnen', 'nog', 'over', 'komende', 'per', 'einde', 'eind', 'begin', 'midden', 'na', 'totdat', ...POLICY_MOMENTS,
]);

/** Tokens inside «…», “…” or "…". */
function quotedTokens(view: SentenceView): boolean[] {
  const out: boolean[] = new Array(view.tokens.length).fill(false);
  let depth = 0;
  let straight = false;
  view.tokens.forEach((t, k) => {
    if (t.text === '«' || t.text === '“') depth++;
    else if ((t.text === '»' || t.text === '”') && depth > 0) depth--;
    else if (t.text === '"') straight = !straight;
    else out[k] = depth > 0 || straight;
  });
  return out;
}

export function isYear(tok: Token | undefined): boolean {
  if (!tok || tok.kind !== 'number' || tok.text.length !== 4) return false;
  const n = Number(tok.text);
  return n >= 1900 && n <= 2100;
}

function isCount(tok: Token | undefined): boolean {
  if (!tok) return false;
  if (tok.kind === 'number') return true;
  return NUMBER_WORDS.has(tok.lower);
}

export function detectDeadlines(view: SentenceView): DeadlineHit[] {
  const { tokens } = view;
  const hits: DeadlineHit[] = [];
  const push = (from: number, to: number) => {
    // Pull in a leading preposition for a readable span ("uiterlijk 1 juli 2027").
    let start = from;
    const prev = tokens[from - 1];
    if (prev && TIME_PREPOSITIONS.has(prev.lower)) start = from - 1;
    if (prev && PAST_REFERENCE.has(prev.lower)) return;
    let fromMoment = false;
    const p = tokens[start]?.lower;
    if (p === 'vanaf' || p === 'per' || (p === 'van' && tokens[start - 1]?.lower === 'ingang')) fromMoment = true;
    if (tokens[start - 1]?.lower === 'ingang' && tokens[start - 2]?.lower === 'met') fromMoment = true;
    hits.push({ from: start, to, fromMoment });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' || (t.kind === 'word' && !TRIGGERS.has(t.lower) && !(t.lower.length === 2 && t.lower[0] === 'q'))) continue;
    const next = tokens[i + 1];
    // 1 januari 2027, 1 januari
    if (t.kind === 'number' && Number(t.text) >= 1 && Number(t.text) <= 31 && next && MONTHS.has(next.lower)) {
      const to = isYear(tokens[i + 2]) ? i + 3 : i + 2;
      push(i, to);
      i = to - 1;
      continue;
    }
    // januari 2027 / in januari
    if (t.kind === 'word' && MONTHS.has(t.lower) && (t.lower !== 'mei' || isYear(next) || TIME_PREPOSITIONS.has(tokens[i - 1]?.lower ?? ''))) {
      const prev = tokens[i - 1];
      if (isYear(next)) {
        push(i, i + 2);
        i++;
        continue;
      }
      if (prev && TIME_PREPOSITIONS.has(prev.lower)) {
        push(i, i + 1);
        continue;
      }
    }
    // "in de periode 2015-2019": a range of years is a bounded period (a title's "plan 2023-2026" is a name).
    if (/^(19|20)\d\d[-–](19|20)\d\d$/.test(t.text) && !(tokens[i - 1]?.kind === 'word' && tokens[i - 1]!.text[0] !== tokens[i - 1]!.lower[0])) {
      push(i, i + 1);
      continue;
    }
    // "de Nota Parkeernormen 2027": a year after a capitalised title word is part of the name.
    if (isYear(t) && tokens[i - 1]?.kind === 'word' && tokens[i - 1]!.text[0] !== tokens[i - 1]!.lower[0] && i > 1 && tokens[i - 2]?.kind === 'word' && tokens[i - 2]!.text[0] !== tokens[i - 2]!.lower[0]) continue;
    if (isYear(t)) {
      // Not a year inside a range of amounts or an identifier such as "ISO 27001" (4 digits only here anyway).
      push(i, i + 1);
      continue;
    }
    // Q1 2027, Q3
    if (t.kind === 'word' && /^q[1-4]$/.test(t.lower)) {
      push(i, isYear(next) ? i + 2 : i + 1);
      continue;
    }
    // het eerste kwartaal, de tweede helft van 2026
    if (ORDINALS.has(t.lower) && next && (next.lower === 'kwartaal' || next.lower === 'helft' || next.lower === 'half' || next.lower === 'halfjaar')) {
      const to = tokens[i + 2]?.lower === 'van' && isYear(tokens[i + 3]) ? i + 4 : i + 2;
      push(i, to);
      i = to - 1;
      continue;
    }
    // voor de zomer, dit najaar, na het zomerreces, op Prinsjesdag
    if (SEASONS.has(t.lower)) {
      const p1 = tokens[i - 1]?.lower ?? '';
      const p2 = tokens[i - 2]?.lower ?? '';
      if (DEFINITE_PERIOD_DETERMINERS.has(p1) && p1 !== 'de' && p1 !== 'het') {
        push(i - 1, i + 1);
        continue;
      }
      if (TIME_PREPOSITIONS.has(p1) || ((p1 === 'de' || p1 === 'het') && TIME_PREPOSITIONS.has(p2))) {
        const from = TIME_PREPOSITIONS.has(p1) ? i - 1 : i - 2;
        // "het voorjaar van 2027"
        const to = tokens[i + 1]?.lower === 'van' && isYear(tokens[i + 2]) ? i + 3 : i + 1;
        hits.push({ from, to, fromMoment: false });
        i = to - 1;
        continue;
      }
    }
    // (voor) het einde van het jaar, begin van dit kwartaal
    if ((t.lower === 'einde' || t.lower === 'eind' || t.lower === 'begin' || t.lower === 'midden') && tokens[i + 1]?.lower === 'van') {
      const det = tokens[i + 2]?.lower ?? '';
      if ((det === 'het' || det === 'dit' || det === 'deze' || det === 'volgend' || det === 'komend') && DEFINITE_PERIODS.has(tokens[i + 3]?.lower ?? '')) {
        const prev = tokens[i - 1]?.lower === 'het' || tokens[i - 1]?.lower === 'de' ? i - 1 : i;
        push(prev, i + 4);
        i += 3;
        continue;
      }
    }
    // dit jaar, volgend jaar, deze kabinetsperiode (singular: "de komende jaren" stays open-ended)
    if (DEFINITE_PERIODS.has(t.lower)) {
      const p1 = tokens[i - 1]?.lower ?? '';
      if (p1 === 'dit' || p1 === 'deze' || p1 === 'volgend' || p1 === 'volgende' || p1 === 'komend' || (p1 === 'komende' && tokens[i - 2]?.lower === 'het')) {
        const after = tokens[i + 1]?.lower;
        // "deze maand" is fine; "dit jaar" too — but "per jaar"/"dit soort" are excluded by the determiner list.
        if (after !== 'geleden') hits.push({ from: i - 1, to: i + 1, fromMoment: false });
        continue;
      }
    }
    // binnen drie maanden, binnen een jaar, nog twee jaar, in de komende 10 jaar, over zes weken
    if ((t.lower === 'binnen' || t.lower === 'nog' || t.lower === 'over' || t.lower === 'komende' || t.lower === 'na') && next) {
      let j = i + 1;
      if (tokens[j]?.lower === 'een' && (tokens[j + 1]?.lower === 'half' || tokens[j + 1]?.lower === 'halve')) j++;
      if (isCount(tokens[j]) && tokens[j]!.lower !== 'enkele' && PERIOD_UNITS.has(tokens[j + 1]?.lower ?? '')) {
        if (t.lower === 'komende' || t.lower === 'binnen' || t.lower === 'nog' || t.lower === 'over' || t.lower === 'na') {
          hits.push({ from: t.lower === 'komende' && tokens[i - 1]?.lower === 'de' ? i - 1 : i, to: j + 2, fromMoment: false });
          i = j + 1;
          continue;
        }
      }
      // "binnen anderhalf jaar", "binnen het jaar"
      if (t.lower === 'binnen' && (tokens[j]?.lower === 'het' || tokens[j]?.lower === 'dit') && DEFINITE_PERIODS.has(tokens[j + 1]?.lower ?? '')) {
        hits.push({ from: i, to: j + 2, fromMoment: false });
        i = j + 1;
        continue;
      }
    }
    // jaarlijks, elk kwartaal, ieder jaar, elke vier jaar
    if (RECURRING_WORDS.has(t.lower)) {
      hits.push({ from: i, to: i + 1, fromMoment: false, recurring: true });
      continue;
    }
    if (EVERY.has(t.lower) && next) {
      if (DEFINITE_PERIODS.has(next.lower) || PERIOD_UNITS.has(next.lower)) {
        hits.push({ from: i, to: i + 2, fromMoment: false, recurring: true });
        i++;
        continue;
      }
      if (isCount(next) && PERIOD_UNITS.has(tokens[i + 2]?.lower ?? '')) {
        hits.push({ from: i, to: i + 3, fromMoment: false, recurring: true });
        i += 2;
        continue;
      }
    }
    // bij de Voorjaarsnota, bij de begroting 2027
    if (BUDGET_MOMENTS.has(t.lower) && (tokens[i - 1]?.lower === 'de' || tokens[i - 1]?.lower === 'het') && /^(bij|voor|in|na|vóór|met)$/.test(tokens[i - 2]?.lower ?? '')) {
      if (t.lower !== 'begroting' || isYear(next) || tokens[i - 2]?.lower === 'bij') {
        hits.push({ from: i - 2, to: isYear(next) ? i + 2 : i + 1, fromMoment: false });
        continue;
      }
    }
    // "per maand", "per kwartaal" are rates ("één dag per maand", "stelt per jaar vast"), not moments.
    // "voorafgaand aan de Voorjaarsnota", "in de beleidsreactie op …": a moment in the policy cycle.
    if (BUDGET_MOMENTS.has(t.lower) && tokens[i - 2]?.lower === 'aan' && tokens[i - 3]?.lower === 'voorafgaand') {
      hits.push({ from: i - 3, to: i + 1, fromMoment: false });
      continue;
    }
    if (POLICY_MOMENTS.has(t.lower) && (tokens[i - 1]?.lower === 'de' || tokens[i - 1]?.lower === 'het') && /^(bij|in|voor|vóór|met)$/.test(tokens[i - 2]?.lower ?? '')) {
      hits.push({ from: i - 2, to: i + 1, fromMoment: false });
      continue;
    }
    // "totdat de wet in werking treedt": bounded by an event.
    if (t.lower === 'totdat') {
      const end = tokens.findIndex((x, k) => k > i && (x.lower === 'werking' || x.lower === 'vastgesteld' || x.lower === 'afgerond') && k < i + 14);
      if (end > 0) {
        // The whole clause is the moment, so its nouns ("de wetswijziging") are not the result.
        const to = tokens[end + 1]?.kind === 'word' ? end + 2 : end + 1;
        hits.push({ from: i, to, fromMoment: false });
        i = to - 1;
      }
    }
  }
  // A year in parentheses or inside a quoted title names something ("Deltavisie (2012)", «… tot 2050»); a
  // capitalised month inside a title ("Wijzigingsbesluit September 2024") too.
  if (hits.length === 0) return hits;
  const quoted = quotedTokens(view);
  return hits.filter((h) => !view.inParens[h.from] && !quoted[h.from] && !(MONTHS.has(tokens[h.from]!.lower) && tokens[h.from]!.text[0] !== tokens[h.from]!.lower[0] && h.from > 0 && tokens[h.from - 1]!.kind === 'word'));
}
