/**
 * What a writer sees (editor, web page, stylish output) is not what CI sees. CI keeps one finding per rule, so
 * rule ids and per-rule configuration work as documented; a writer gets one card per problem:
 *  - the missing pieces of one advice (owner, deadline, measurable result, problem, funding, exit strategy)
 *    become ONE finding at the words that carry the advice, "Dit advies mist: wie, wanneer, …", with one
 *    quick fix per missing piece;
 *  - language findings (hollow words, hype, absolutes, …) stay at their words, but several findings of one
 *    rule in one advice sentence become one finding that names each word once.
 * A pure function of the lint result (and, optionally, the document's advice scopes): no rule runs again.
 */
import type { Document, Locale, Position, SourceSpan } from '@scherp/corpus';
import { getRule } from '../engine/linter.js';
import { findPlaceholders } from '../placeholders.js';
import type { AdviceRecord, LintMessage, LintResult, Severity, Suggestion } from '../types.js';

/** The pieces an advice can lack, in the order a writer reads them. */
export type AdvicePieceTopic = 'owner' | 'deadline' | 'measurable' | 'problem' | 'funding' | 'exit';

export interface AdvicePiece {
  topic: AdvicePieceTopic;
  /** "wie", "wanneer", … in the result's locale. */
  label: string;
  /** `missing`: not in the text; `open`: only a placeholder ("[wie?]") stands there: nog invullen. */
  status: 'missing' | 'open';
  /** The rule's own finding for this piece (its message, rule id, docs, fix). */
  finding: LintMessage;
}

/** A finding as a writer sees it. It is a `LintMessage` (the first part's rule id), so any consumer of those can show it. */
export interface WriterFinding extends LintMessage {
  kind: 'advice' | 'language' | 'other';
  /** The per-rule findings it stands for, in document order (just itself for a single finding). */
  parts: LintMessage[];
  /** For `advice`: what the advice lacks. */
  pieces?: AdvicePiece[];
  /** For `language` findings merged from several words: the spans of the words after the first. */
  related?: SourceSpan[];
}

/** One advice as a writer counts it: a numbered recommendation or list item is one advice, however many sentences. */
export interface WriterAdvice extends AdviceRecord {
  /** The advice records (sentences) it stands for. */
  records: AdviceRecord[];
  /** Criteria only a placeholder stands for ("nog invullen"); they are also false in `criteria`. */
  open: AdvicePieceTopic[];
}

export interface GroupOptions {
  locale?: Locale;
  /** Spans within which advice sentences form one advice (see {@link adviceScopes}); without, each advice sentence is one. */
  scopes?: readonly SourceSpan[];
}

const LABELS: Record<AdvicePieceTopic, Record<Locale, string>> = {
  owner: { nl: 'wie', en: 'who' },
  deadline: { nl: 'wanneer', en: 'when' },
  measurable: { nl: 'meetbaar resultaat', en: 'measurable result' },
  problem: { nl: 'welk probleem', en: 'which problem' },
  funding: { nl: 'wie betaalt', en: 'who pays' },
  exit: { nl: 'exitstrategie', en: 'exit strategy' },
};

const TOPIC_OF_RULE: Record<string, AdvicePieceTopic> = {
  'missing-owner': 'owner',
  'missing-deadline': 'deadline',
  'missing-measure': 'measurable',
  'missing-problem': 'problem',
  'missing-funding': 'funding',
  'missing-exit-strategy': 'exit',
};
const TOPIC_ORDER: readonly AdvicePieceTopic[] = ['owner', 'deadline', 'measurable', 'problem', 'funding', 'exit'];

const TEXTS = {
  lacks: { nl: 'Dit advies mist: {list}.', en: 'This advice lacks: {list}.' },
  also: { nl: ' (ook: {list})', en: ' (also: {list})' },
  open: { nl: 'Nog invullen: {list}.', en: 'Still to fill in: {list}.' },
  alsoWords: { nl: 'Ook: {list}.', en: 'Also: {list}.' },
} satisfies Record<string, Record<Locale, string>>;

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Spans in which advice sentences are one advice: numbered recommendations, and numbered list items outside
 * them. Sorted and disjoint.
 */
export function adviceScopes(document: Document): SourceSpan[] {
  const spans: SourceSpan[] = document.recommendations.map((r) => r.span);
  const inRecommendation = (span: SourceSpan) =>
    spans.some((r) => compare(span.start, r.start) >= 0 && compare(span.end, r.end) <= 0);
  const recommendations = spans.length;
  for (const p of document.paragraphs) {
    if (p.kind === 'list-item' && p.ordinal !== undefined && (recommendations === 0 || !inRecommendation(p.span))) {
      spans.push(p.span);
    }
  }
  return spans.sort((a, b) => compare(a.start, b.start));
}

/** The findings of `result` as a writer sees them, in document order. */
export function groupForWriters(result: LintResult, options: GroupOptions = {}): WriterFinding[] {
  return groupMessages(result.messages, result.advice, options, BUILD_FRESH);
}

/**
 * How `groupMessages` turns a group into a finding. Each is a function of its arguments' values (not their
 * identity): the editor session's writer view hands out its earlier finding when the parts are the same objects.
 */
export interface FindingBuilder {
  single(m: LintMessage, kind: WriterFinding['kind']): WriterFinding;
  advice(parts: LintMessage[], locale: Locale): WriterFinding;
  language(parts: LintMessage[], locale: Locale): WriterFinding;
}

/** Every finding built afresh (the pure view). Not exported from the package. */
export const BUILD_FRESH: FindingBuilder = { single, advice: adviceFinding, language: languageFinding };

/** `groupForWriters` over `messages` and advice `records`, with findings made by `build`. Not exported from the package. */
export function groupMessages(
  messages: readonly LintMessage[],
  records: readonly AdviceRecord[],
  options: GroupOptions,
  build: FindingBuilder,
): WriterFinding[] {
  const locale = options.locale ?? 'nl';
  const adviceKeyOf = (position: Position): number | undefined => {
    const r = recordAt(records, position);
    if (r === undefined) return undefined;
    const scope = options.scopes ? scopeAt(options.scopes, records[r]!.line, records[r]!.column) : -1;
    return scope >= 0 ? -1 - scope : r; // scopes get negative keys, lone sentences their record index
  };

  // Groups by number (no key strings: this runs on every edit over every finding of the document).
  const adviceGroups = new Map<number, PendingGroup>();
  const languageGroups = new Map<number, PendingGroup>();
  const out: Array<WriterFinding | PendingGroup> = [];
  const group = (groups: Map<number, PendingGroup>, key: number, advice: boolean, m: LintMessage): void => {
    let pending = groups.get(key);
    if (!pending) {
      groups.set(key, (pending = new PendingGroup(advice)));
      out.push(pending); // keeps the group's place in document order
    }
    pending.parts.push(m);
  };
  for (const m of messages) {
    const topic = TOPIC_OF_RULE[m.ruleId];
    const key = topic ? adviceKeyOf(m.span.start) : undefined;
    if (topic && key !== undefined) {
      group(adviceGroups, key, true, m);
      continue;
    }
    const rule = getRule(m.ruleId);
    const type = rule?.meta.type;
    const sentence = type === 'language' ? recordAt(records, m.span.start) : undefined;
    if (sentence !== undefined) {
      group(languageGroups, ruleSlot(m.ruleId) * records.length + sentence, false, m);
      continue;
    }
    out.push(build.single(m, type === 'language' ? 'language' : 'other'));
  }

  const findings = out.map((f) => (f instanceof PendingGroup ? (f.advice ? build.advice(f.parts, locale) : build.language(f.parts, locale)) : f));
  return findings.sort((a, b) => a.span.start.offset - b.span.start.offset);
}

/** The advice of `result` as a writer counts it (the tree and the score): one per numbered recommendation or item. */
export function groupAdviceForWriters(advice: readonly AdviceRecord[], options: GroupOptions = {}): WriterAdvice[] {
  const out: WriterAdvice[] = [];
  let lastScope = -1;
  for (const record of advice) {
    const scope = options.scopes ? scopeAt(options.scopes, record.line, record.column) : -1;
    const open = openTopics(record.text);
    const current = out[out.length - 1];
    if (scope >= 0 && scope === lastScope && current) {
      current.records.push(record);
      current.endLine = record.endLine;
      current.endColumn = record.endColumn;
      current.text = `${current.text} ${record.text}`;
      for (const k of Object.keys(current.criteria) as Array<keyof AdviceRecord['criteria']>) {
        current.criteria[k] ||= record.criteria[k];
      }
      for (const t of open) if (!current.open.includes(t)) current.open.push(t);
      // Concrete as soon as one of its sentences says who, when and what (the others elaborate it).
      current.vague = current.records.every((r) => r.vague);
    } else {
      out.push({ ...record, criteria: { ...record.criteria }, records: [record], open });
    }
    lastScope = scope;
  }
  for (const a of out) a.open = a.open.filter((t) => t === 'exit' || !a.criteria[t]);
  return out;
}

/** A slot in the output list, replaced by the finished group once every part is known. */
class PendingGroup {
  readonly parts: LintMessage[] = [];
  constructor(readonly advice: boolean) {}
}

/** Language groups are keyed `ruleSlot(rule) * records + record`: one number per rule and advice sentence. */
const ruleSlots = new Map<string, number>();
function ruleSlot(ruleId: string): number {
  let slot = ruleSlots.get(ruleId);
  if (slot === undefined) {
    slot = ruleSlots.size;
    ruleSlots.set(ruleId, slot);
  }
  return slot;
}

function single(m: LintMessage, kind: WriterFinding['kind']): WriterFinding {
  return writerFinding(m, m.severity, m.message, m.messageId, kind, [m], m.suggestions);
}

/**
 * A finding at `at`'s place, field by field in one order. Not an object spread: each spread copy of these
 * differently made findings got a hidden class of its own, and reading thousands of them then takes the slow path.
 */
function writerFinding(
  at: LintMessage,
  severity: Severity,
  message: string,
  messageId: string,
  kind: WriterFinding['kind'],
  parts: LintMessage[],
  suggestions: Suggestion[] | undefined,
): WriterFinding {
  const finding: WriterFinding = {
    ruleId: at.ruleId,
    criterion: at.criterion,
    severity,
    message,
    messageId,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    span: at.span,
    kind,
    parts,
  };
  if (suggestions && suggestions.length > 0) finding.suggestions = suggestions;
  return finding;
}

function adviceFinding(parts: LintMessage[], locale: Locale): WriterFinding {
  // Two sentences of one recommendation both lack an owner: one piece, the first sentence's finding (and fix).
  const byTopic = new Map<AdvicePieceTopic, LintMessage>();
  for (const m of parts) {
    const topic = TOPIC_OF_RULE[m.ruleId]!;
    const seen = byTopic.get(topic);
    if (!seen || (seen.messageId === 'open' && m.messageId !== 'open')) byTopic.set(topic, m);
  }
  const pieces: AdvicePiece[] = TOPIC_ORDER.filter((t) => byTopic.has(t)).map((topic) => {
    const finding = byTopic.get(topic)!;
    return { topic, label: LABELS[topic][locale], status: finding.messageId === 'open' ? 'open' : 'missing', finding };
  });
  const missing = pieces.filter((p) => p.status === 'missing');
  const open = pieces.filter((p) => p.status === 'open');
  const main = missing.filter((p) => p.finding.severity !== 'info');
  const minor = missing.filter((p) => p.finding.severity === 'info');
  const sentences: string[] = [];
  if (main.length > 0) {
    const also = minor.length > 0 ? fill(TEXTS.also[locale], minor) : '';
    sentences.push(fill(TEXTS.lacks[locale], main).replace(/\.$/, `${also}.`));
  } else if (minor.length > 0) {
    sentences.push(fill(TEXTS.lacks[locale], minor));
  }
  if (open.length > 0) sentences.push(fill(TEXTS.open[locale], open));
  // At the words that carry the advice: the first missing piece sits at the advice cue.
  const anchor = (missing[0] ?? open[0])!.finding;
  const suggestions = pieces.flatMap((p) => (p.finding.suggestions ?? []).slice(0, 1));
  const sorted = [...parts].sort((a, b) => a.span.start.offset - b.span.start.offset);
  const finding = writerFinding(anchor, strongest(pieces.map((p) => p.finding)), sentences.join(' '), 'incomplete-advice', 'advice', sorted, suggestions);
  finding.pieces = pieces;
  return finding;
}

function languageFinding(parts: LintMessage[], locale: Locale): WriterFinding {
  if (parts.length === 1) return single(parts[0]!, 'language');
  const [first, ...rest] = parts as [LintMessage, ...LintMessage[]];
  // Same advice ("… is geen doel op zich. Zeg welk probleem het oplost.") for several words: said once.
  const tailOf = (text: string) => text.slice(text.search(/[.!?]\s/) + 1).trim();
  const sameTail = rest.filter((m) => tailOf(m.message) === tailOf(first.message) && quoted(m.message));
  const different = rest.filter((m) => !sameTail.includes(m));
  const messages = [first.message, ...dedupe(different.map((m) => m.message))];
  if (sameTail.length > 0) {
    messages.push(TEXTS.alsoWords[locale].replace('{list}', dedupe(sameTail.map((m) => quoted(m.message)!)).join(', ')));
  }
  const last = parts[parts.length - 1]!;
  // One underline when the words are close together on one line; otherwise at the first, the rest related.
  const close =
    last.span.end.line === first.span.start.line && last.span.start.offset - first.span.end.offset <= 30;
  const suggestions: Suggestion[] = parts.flatMap((m) => m.suggestions ?? []);
  const finding = writerFinding(first, strongest(parts), messages.join(' '), first.messageId, 'language', parts, suggestions);
  if (close) {
    finding.span = { start: first.span.start, end: last.span.end };
    finding.endLine = last.endLine;
    finding.endColumn = last.endColumn;
  } else {
    finding.related = rest.map((m) => m.span);
  }
  return finding;
}

function openTopics(text: string): AdvicePieceTopic[] {
  const topics: AdvicePieceTopic[] = [];
  for (const p of findPlaceholders(text)) if (p.topic !== 'other' && !topics.includes(p.topic)) topics.push(p.topic);
  return topics;
}

function fill(template: string, pieces: AdvicePiece[]): string {
  return template.replace('{list}', pieces.map((p) => p.label).join(', '));
}

function strongest(messages: readonly LintMessage[]): Severity {
  let best: Severity = 'info';
  for (const m of messages) if (SEVERITY_RANK[m.severity] > SEVERITY_RANK[best]) best = m.severity;
  return best;
}

/** The first ‘quoted’ words of a message ("‘innovatie’ is geen doel …" → "‘innovatie’"). */
function quoted(message: string): string | undefined {
  return /‘[^’]+’/.exec(message)?.[0];
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

function compare(a: { line: number; column: number }, b: { line: number; column: number }): number {
  return a.line - b.line || a.column - b.column;
}

/** Index of the advice record whose sentence contains `position`, by binary search (records are in order). */
function recordAt(records: readonly AdviceRecord[], position: { line: number; column: number }): number | undefined {
  let lo = 0;
  let hi = records.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = records[mid]!;
    // Compared field by field: no position objects made for the thousands of findings of every edit.
    if (position.line < r.line || (position.line === r.line && position.column < r.column)) hi = mid - 1;
    else if (position.line > r.endLine || (position.line === r.endLine && position.column > r.endColumn)) lo = mid + 1;
    else return mid;
  }
  return undefined;
}

/** Index of the scope containing the position, or -1 (scopes sorted and disjoint). */
function scopeAt(scopes: readonly SourceSpan[], line: number, column: number): number {
  let lo = 0;
  let hi = scopes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { start, end } = scopes[mid]!;
    if (line < start.line || (line === start.line && column < start.column)) hi = mid - 1;
    else if (line > end.line || (line === end.line && column > end.column)) lo = mid + 1;
    else return mid;
  }
  return -1;
}
