/**
 * Measurable: a number or amount, a named deliverable whose existence can be checked, or a yes/no rule.
 * Numbers that belong to a deadline ("binnen drie maanden", "2027") or are rhetorical ("100% vertrouwen",
 * "180 graden") do not count.
 */
import { ASSIGNMENT_PHRASES, DELIVERABLE_PHRASES, GENERIC_ACRONYMS, MONEY_WORDS, RHETORICAL_NUMBERS, RULE_PHRASES } from '../lexicon/measure.js';
import { ACTOR_ACRONYMS } from '../lexicon/actors.js';
import { NUMBER_WORDS } from '../lexicon/time.js';
import { PhraseMatcher } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';

const deliverables = new PhraseMatcher(DELIVERABLE_PHRASES.map((pattern) => ({ pattern, data: 'deliverable' as const })));
const rules = new PhraseMatcher(RULE_PHRASES.map((pattern) => ({ pattern, data: 'rule' as const })));
const assignments = new PhraseMatcher(ASSIGNMENT_PHRASES.map((pattern) => ({ pattern, data: 'assignment' as const })));

export interface MeasurableOptions {
  /** Token indices used by a deadline: "binnen drie maanden" is a deadline, not a quantity. */
  used: ReadonlySet<number>;
  /** The sentence names an actor, so assigning a task is checkable. */
  hasActor: boolean;
  /** Token index where research/exploration starts: what follows is the object of study, not a result. */
  researchFrom: number;
  /** Token index where the object of study ends (a new clause or a new verb phrase: "… en komt met een wetsvoorstel"). */
  researchTo: number;
  /** Token range of a passive agent that names an actor ("moet worden uitgevoerd door de Belastingdienst"): an explicit assignment. */
  agent: { from: number; to: number } | null;
}

/** Written-out counts that are too ambiguous on their own ("een") or not a count ("enkele", "half"). */
/** Heads of compound deliverables. */
const DELIVERABLE_HEADS = ['rapportage', 'verplichting', 'programma', 'voorstel', 'besluit', 'overzicht', 'uitvoeringsplan', 'actieplan', 'akkoord', 'team', 'register', 'platform', 'loket', 'standaard', 'wetsvoorstel', 'richtlijn', 'convenant', 'dashboard', 'meldpunt', 'regeling', 'verordening', 'fonds', 'wetswijziging', 'keurmerk', 'helpdesk', 'stuurgroep', 'commissie'];
const REFERRING_DETERMINERS = new Set(['die', 'deze', 'dat', 'dit', 'de', 'het', 'beide']);
/** Heads indexed by their last four letters, so a long word costs one lookup. */
const HEADS_BY_ENDING = new Map<string, string[]>();
for (const h of DELIVERABLE_HEADS) {
  const key = h.slice(-4);
  HEADS_BY_ENDING.set(key, [...(HEADS_BY_ENDING.get(key) ?? []), h]);
}
const WEAK_NUMBER_WORDS = new Set(['een', 'enkele', 'half', 'halve']);
const FRACTIONS = new Set(['helft', 'derde', 'kwart', 'vijfde', 'tiende']);
const UNIT_AFTER_RHETORICAL = new Set(['graden', '%', 'procent']);

export function detectMeasurable(view: SentenceView, options: MeasurableOptions): TextMatch | null {
  const { tokens } = view;
  const { used } = options;
  // The object of a study, and examples after "zoals", are not results.
  const studied = (i: number) => (options.researchFrom >= 0 && i > options.researchFrom && i < options.researchTo) || isExample(view, i);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (t.text === '€' && tokens[i + 1]?.kind === 'number' && !used.has(i) && !studied(i)) return spanOf(view, i, extendAmount(view, i + 2));
      continue;
    }
    const isNumber = t.kind === 'number' || (NUMBER_WORDS.has(t.lower) && !WEAK_NUMBER_WORDS.has(t.lower));
    if ((isNumber || FRACTIONS.has(t.lower)) && (used.has(i) || studied(i))) continue;
    // A year or a number in parentheses is a reference ("(2015 en 2016)", "Kamerstuk 35 570"), not a target.
    if (isNumber && (view.inParens[i] || (t.kind === 'number' && t.text.length === 4 && /^(19|20)/.test(t.text)))) continue;
    if (isNumber) {
      // Leading list numbering ("1.") and rhetorical figures do not count.
      if (i === 0 && tokens[1]?.text === '.') continue;
      if (RHETORICAL_NUMBERS.has(t.lower) && UNIT_AFTER_RHETORICAL.has(tokens[i + 1]?.lower ?? '')) continue;
      // "die drie componenten" refers back to known items; "als één overheid" means "united".
      const prev = tokens[i - 1]?.lower ?? '';
      // "de 500 miljoen euro" is still an amount.
      if ((REFERRING_DETERMINERS.has(prev) && !MONEY_WORDS.has(tokens[i + 1]?.lower ?? '')) || (prev === 'als' && t.lower === 'één')) continue;
      return spanOf(view, i, extendAmount(view, i + 1));
    }
    // de helft, een derde, twee derde
    if (FRACTIONS.has(t.lower) && (tokens[i - 1]?.lower === 'de' || tokens[i - 1]?.lower === 'een')) {
      if (t.lower !== 'derde' || tokens[i + 1]?.lower === 'van' || tokens[i + 1]?.lower === 'deel') return spanOf(view, i - 1, i + 1);
    }
  }
  // Dutch compounds put the head last: "verwerkingsregister", "meldingenloket" are still a register, a loket.
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w.length < 9 || tokens[i]!.kind !== 'word') continue;
    const heads = HEADS_BY_ENDING.get(w.slice(-4));
    if (heads && heads.some((h) => w.endsWith(h) && w.length > h.length + 2) && !studied(i) && !(/^(dit|deze|dat|die)$/.test(tokens[i - 1]?.lower ?? '') && /^(met|via|in|door)$/.test(tokens[i - 2]?.lower ?? '')) && !inContainer(view, i) && !used.has(i)) return spanOf(view, i, i + 1);
  }
  const candidates = [
    ...deliverables.findAll(tokens),
    ...rules.findAll(tokens).filter((m) => !(m.pattern === 'uitsluitend' && tokens[m.from - 1]?.lower === 'niet')),
    ...(options.hasActor ? assignments.findAll(tokens) : []),
  ];
  const p = prohibition(view);
  if (p) candidates.push({ ...p, data: 'rule', pattern: '' });
  if (options.agent) candidates.push({ ...options.agent, data: 'assignment', pattern: '' });
  const quoted = quotedName(view);
  if (quoted >= 0) candidates.push({ from: quoted, to: quoted + 1, data: 'deliverable', pattern: '' });
  const body = bodyWithRole(view);
  if (body) candidates.push({ ...body, data: 'deliverable', pattern: '' });
  const title = namedDocument(view);
  if (title >= 0) candidates.push({ from: title, to: title + 1, data: 'deliverable', pattern: '' });
  const named = namedSystem(view);
  if (named >= 0) candidates.push({ from: named, to: named + 1, data: 'deliverable', pattern: '' });
  candidates.sort((a, b) => a.from - b.from);
  // "Met deze regeling wil ik …", "Met dit plan sturen we bij": the existing instrument is
  // the vehicle, not the result.
  const vehicle = (c: { from: number }) => /^(dit|deze|dat|die)$/.test(tokens[c.from - 1]?.lower ?? '') && /^(met|via|in|door)$/.test(tokens[c.from - 2]?.lower ?? '');
  const found = candidates.find((c) => !studied(c.from) && !vehicle(c) && !used.has(c.from) && !inReason(view, c.from));
  return found ? spanOf(view, found.from, found.to) : null;
}

/** "Omdat een nationaal programma veel sectoren raakt, …": what a reason clause mentions is not the result. */
const REASONS = new Set(['omdat', 'doordat', 'aangezien', 'hoewel', 'nu']);
function inReason(view: SentenceView, i: number): boolean {
  const sub = view.clauses.subordinator[i] ?? -1;
  return sub >= 0 && REASONS.has(view.tokens[sub]!.lower);
}

/**
 * "de normen in het nieuwe convenant bijstellen": the compound names where the change happens, not
 * what is delivered — unless the action puts something into it ("op te nemen in de verordening").
 */
function inContainer(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = tokens[k]!.lower;
    if (w === 'in' || w === 'binnen') return !tokens.slice(Math.max(0, k - 3), k).some((t) => /^(nemen|opnemen|leggen|vastleggen|verankeren|regelen)$/.test(t.lower));
    if (tokens[k]!.kind !== 'word') return false;
  }
  return false;
}

/** Kinds of policy documents; capitalised mid-sentence they name one ("de Nota Parkeernormen", "het Beleidsplan Groen"). */
const DOCUMENT_KINDS = /^(nota|verordening|regeling|plan|programma|beleidsplan|uitvoeringsplan|actieplan|visie|agenda|wet|besluit|beleidsregel|beleidsregels|omgevingsvisie|omgevingsplan|bestemmingsplan|structuurvisie)$/;

/** A capitalised document title mid-sentence: adopting, publishing or changing it is checkable. -1 when none. */
function namedDocument(view: SentenceView): number {
  const { tokens } = view;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text[0] === t.lower[0] || tokens[i - 1]!.text === '.') continue;
    if (DOCUMENT_KINDS.test(t.lower) && tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.text[0] !== tokens[i + 1]!.lower[0]) return i;
  }
  return -1;
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
    // "er moet geen … zijn", "moet … niet meer": a negated demand is a yes/no rule.
    if (w === 'moet' || w === 'moeten') {
      for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
        if (tokens[j]!.kind === 'punct') break;
        if (tokens[j]!.lower === 'geen' || (tokens[j]!.lower === 'niet' && tokens[j + 1]?.lower === 'meer')) return { from: i, to: j + 1 };
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

/** "zoals de centrale commissie": an example of what exists, not something promised. */
function isExample(view: SentenceView, i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (view.tokens[j]!.lower === 'zoals') return true;
  return false;
}

/** An acronym that names one system, law or standard ("eIDAS", "DigiD", "AVG"); -1 when there is none. */
function namedSystem(view: SentenceView): number {
  const { tokens } = view;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 3 || t.text.length > 8 || t.text === t.lower) continue;
    let upper = 0;
    for (let k = 0; k < t.text.length; k++) {
      const c = t.text.charCodeAt(k);
      if (c >= 65 && c <= 90) upper++;
    }
    if (upper < 2 || GENERIC_ACRONYMS.has(t.text) || ACTOR_ACRONYMS.has(t.text) || /[-']/.test(t.text)) continue;
    return i;
  }
  return -1;
}

const OPENING_QUOTES = new Set(['‘', '“', '"', "'", '„']);

/** A capitalised name in quotes mid-sentence ("een ‘Datapact’"): a named deliverable. */
function quotedName(view: SentenceView): number {
  const { tokens } = view;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && OPENING_QUOTES.has(tokens[i - 1]!.text) && t.text[0] !== t.text[0]!.toLowerCase()) return i;
  }
  return -1;
}

const BODY_NOUNS = new Set(['organisatie', 'instantie', 'orgaan', 'team', 'eenheid', 'autoriteit', 'regisseur', 'coördinator', 'functionaris', 'kwartiermaker', 'raad', 'commissie']);
const ROLE_WORDS = new Set(['rol', 'taak', 'taken', 'mandaat', 'bevoegdheid', 'bevoegdheden', 'verantwoordelijk', 'verantwoordelijkheid']);

/** A body with a defined role ("een organisatie die de rol heeft van …", "een team met mandaat"). */
function bodyWithRole(view: SentenceView): { from: number; to: number } | null {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (!BODY_NOUNS.has(tokens[i]!.lower)) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) if (ROLE_WORDS.has(tokens[j]!.lower)) return { from: i, to: j + 1 };
  }
  return null;
}
