/**
 * Inline control through HTML comments, the only markup Markdown renders invisibly:
 *
 *   <!-- scherp-disable-next-line missing-deadline -- de datum volgt uit de wet -->
 *   <!-- scherp-disable missing-owner, vague-term -- citaat uit het regeerakkoord -->
 *   <!-- scherp-enable missing-owner -->
 *
 * No rule ids means all rules. Everything after ` -- ` is the reason.
 */
import type { LineIndex, Paragraph, SourceSpan } from '@scherp/corpus';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface DirectiveRuleRef {
  id: string;
  span: SourceSpan;
}

export interface Directive {
  kind: DirectiveKind;
  /** Empty: all rules. */
  rules: DirectiveRuleRef[];
  reason: string | null;
  /** The whole comment. */
  span: SourceSpan;
  /** For `disable-next-line`: the 1-based line it applies to (the next non-blank line). */
  targetLine?: number;
}

const OPEN = '<!--';
const CLOSE = '-->';
const HEAD = /^\s*scherp-(disable-next-line|disable|enable)(?=\s|$)/;

/** Finds the directives in the HTML blocks of a document, in source order. */
export function findDirectives(paragraphs: readonly Paragraph[], source: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'html') continue;
    const from = paragraph.span.start.offset;
    const to = paragraph.span.end.offset;
    // indexOf scanning, not a lazy regex, keeps unclosed comments linear.
    let at = source.indexOf(OPEN, from);
    while (at !== -1 && at < to) {
      const close = source.indexOf(CLOSE, at + OPEN.length);
      if (close === -1 || close + CLOSE.length > to) break;
      const bodyStart = at + OPEN.length;
      // Most comments are not directives: check for the prefix before cutting the body out.
      let first = bodyStart;
      while (first < close && /\s/.test(source[first] as string)) first++;
      const directive = source.startsWith('scherp-', first) ? parseComment(source, bodyStart, close, lines) : null;
      if (directive) out.push(directive);
      at = source.indexOf(OPEN, close + CLOSE.length);
    }
  }
  return out;
}

function parseComment(source: string, bodyStart: number, bodyEnd: number, lines: LineIndex): Directive | null {
  const body = source.slice(bodyStart, bodyEnd);
  const head = HEAD.exec(body);
  if (!head) return null;
  const kind = head[1] as DirectiveKind;
  const rest = body.slice(head[0].length);
  const restStart = bodyStart + head[0].length;
  const sep = findReasonSeparator(rest);
  const idsPart = sep === -1 ? rest : rest.slice(0, sep);
  const reason = sep === -1 ? null : rest.slice(sep + 2).trim() || null;

  const rules: DirectiveRuleRef[] = [];
  const idPattern = /[^\s,]+/g;
  for (let m = idPattern.exec(idsPart); m; m = idPattern.exec(idsPart)) {
    const start = restStart + m.index;
    rules.push({ id: m[0], span: lines.span(start, start + m[0].length) });
  }
  const span = lines.span(bodyStart - OPEN.length, bodyEnd + CLOSE.length);
  const directive: Directive = { kind, rules, reason, span };
  if (kind === 'disable-next-line') directive.targetLine = nextNonBlankLine(source, span.end.line, lines);
  return directive;
}

/** Index of the `--` that starts the reason: at the start or after whitespace. */
function findReasonSeparator(text: string): number {
  let i = text.indexOf('--');
  while (i !== -1) {
    if (i === 0 || /\s/.test(text.charAt(i - 1))) return i;
    i = text.indexOf('--', i + 2);
  }
  return -1;
}

function nextNonBlankLine(source: string, afterLine: number, lines: LineIndex): number {
  const total = lines.lineStarts.length;
  for (let line = afterLine + 1; line <= total; line++) {
    const start = lines.lineStarts[line - 1] as number;
    const end = line < total ? (lines.lineStarts[line] as number) : source.length;
    if (source.slice(start, end).trim() !== '') return line;
  }
  return afterLine + 1;
}

/** Tracks which directive, if any, suppresses a finding; remembers which directives were used. */
export class DirectiveFilter {
  readonly used = new Set<Directive>();
  private readonly ranged: Directive[];
  private readonly nextLine = new Map<number, Directive[]>();

  constructor(directives: readonly Directive[]) {
    this.ranged = directives.filter((d) => d.kind !== 'disable-next-line');
    for (const d of directives) {
      if (d.kind !== 'disable-next-line' || d.targetLine === undefined) continue;
      const list = this.nextLine.get(d.targetLine) ?? [];
      list.push(d);
      this.nextLine.set(d.targetLine, list);
    }
  }

  /** True when a finding of `ruleId` starting at `span` is disabled; marks the responsible directive used. */
  suppresses(ruleId: string, span: SourceSpan): boolean {
    for (const d of this.nextLine.get(span.start.line) ?? []) {
      if (appliesTo(d, ruleId)) {
        this.used.add(d);
        return true;
      }
    }
    // Replay the range directives before the finding: the last one that mentions the rule wins.
    let suppressor: Directive | null = null;
    for (const d of this.ranged) {
      if (d.span.end.offset > span.start.offset) break;
      if (!appliesTo(d, ruleId)) continue;
      suppressor = d.kind === 'disable' ? d : null;
    }
    if (suppressor) this.used.add(suppressor);
    return suppressor !== null;
  }
}

function appliesTo(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.some((r) => r.id === ruleId);
}
