/**
 * The writer's view (`groupForWriters`) of a session's results, edit after edit. The session hands out the same
 * finding objects for paragraphs an edit did not touch (moved in place when the edit moved them); a writer
 * finding made from the same parts is then the same too, so it is handed out again instead of being built
 * afresh: its spans are its parts' (moved with them), only its copied line and column numbers are refreshed.
 */
import type { Document, Locale } from '@scherp/corpus';
import { adviceScopes, BUILD_FRESH, groupMessages, type FindingBuilder, type WriterFinding } from '../presentation/group.js';
import type { LintMessage, LintResult } from '../types.js';

/** The writer's findings of the latest result of one session. Like the session's results, only the latest is valid. */
export interface WriterView {
  findings(result: LintResult, document: Document, locale: Locale): WriterFinding[];
}

interface Built {
  how: 'single' | 'advice' | 'language';
  kind: WriterFinding['kind'] | undefined;
  locale: Locale | undefined;
  /** A copy of the parts the finding was built from (the caller's list is reused by the grouping). */
  parts: LintMessage[] | undefined;
  finding: WriterFinding;
}

export function createWriterView(): WriterView {
  // By each finding's first part: an entry lives as long as that finding object, so nothing needs trimming.
  const built = new WeakMap<LintMessage, Built>();
  const reuse = (first: LintMessage, match: (b: Built) => boolean, make: () => Built): WriterFinding => {
    const known = built.get(first);
    if (known && match(known)) return refreshed(known.finding);
    const fresh = make();
    built.set(first, fresh);
    return fresh.finding;
  };
  const groupOf = (how: 'advice' | 'language', make: (parts: LintMessage[], locale: Locale) => WriterFinding) => (parts: LintMessage[], locale: Locale) =>
    reuse(
      parts[0]!,
      (b) => b.how === how && b.locale === locale && sameList(b.parts!, parts),
      () => ({ how, kind: undefined, locale, parts: parts.slice(), finding: make(parts, locale) }),
    );
  const memo: FindingBuilder = {
    single: (m, kind) =>
      reuse(
        m,
        (b) => b.how === 'single' && b.kind === kind,
        () => ({ how: 'single', kind, locale: undefined, parts: undefined, finding: BUILD_FRESH.single(m, kind) }),
      ),
    advice: groupOf('advice', (parts, locale) => BUILD_FRESH.advice(parts, locale)),
    language: groupOf('language', (parts, locale) => BUILD_FRESH.language(parts, locale)),
  };
  return {
    findings(result, document, locale) {
      return groupMessages(result.messages, result.advice, { locale, scopes: adviceScopes(document) }, memo);
    },
  };
}

/**
 * A finding handed out again: its span and related spans are its parts' position objects, which the session
 * moved in place; the line and column fields are copies, refreshed from the span.
 */
function refreshed(f: WriterFinding): WriterFinding {
  const { start, end } = f.span;
  // Most findings did not move (or moved columns only on one line): write only what changed.
  if (f.line !== start.line) f.line = start.line;
  if (f.column !== start.column) f.column = start.column;
  if (f.endLine !== end.line) f.endLine = end.line;
  if (f.endColumn !== end.column) f.endColumn = end.column;
  return f;
}

function sameList(a: readonly LintMessage[], b: readonly LintMessage[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
