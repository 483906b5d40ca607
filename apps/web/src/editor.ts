import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { forEachDiagnostic, lintKeymap, linter, setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState, type ChangeSet } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import type { Finding } from './protocol.js';

/** A finding where it is now; `origin` is its start in the text that was linted (where its fixes are). */
export type PlacedFinding = Finding & { origin: number };

export interface EditorHooks {
  /** The text changed (typing, a fix, a file opened). */
  onChange: (changes: ChangeSet) => void;
  /** The cursor moved or the findings changed: the findings under the cursor. */
  onCursor: (found: PlacedFinding[]) => void;
  /** The explanation of a finding, for its hover tooltip. */
  renderExplanation: (finding: Finding, into: HTMLElement) => void;
}

/**
 * The CodeMirror editor with Scherp's findings as lint diagnostics. Findings arrive asynchronously from the
 * worker for the text as it was when sent; `showFindings` maps them through the edits made since.
 */
export class ScherpEditor {
  readonly view: EditorView;
  private readonly labels = new Compartment();
  private findingOf = new WeakMap<Diagnostic, Finding>();

  constructor(parent: HTMLElement, doc: string, label: string, hint: string, private readonly hooks: EditorHooks) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
          EditorView.lineWrapping,
          // Lint state and hover tooltips only: the findings come from the worker, not from a lint source.
          linter(null),
          this.labels.of(labelsFor(label, hint, 'nl')),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) this.hooks.onChange(update.changes);
            if (update.docChanged || update.selectionSet || update.transactions.some((tr) => tr.effects.length > 0)) {
              this.hooks.onCursor(this.findingsAt(update.state.selection.main.head));
            }
          }),
        ],
      }),
    });
  }

  setLabels(label: string, hint: string, locale: string): void {
    this.view.dispatch({ effects: this.labels.reconfigure(labelsFor(label, hint, locale)) });
  }

  /** Replaces the whole text (a file was opened). */
  setText(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text }, selection: { anchor: 0 } });
  }

  /** Shows findings computed for an earlier text; `since` holds the edits made after that text was sent. */
  showFindings(findings: readonly Finding[], since: ChangeSet): void {
    const length = this.view.state.doc.length;
    const diagnostics: Diagnostic[] = [];
    this.findingOf = new WeakMap();
    for (const f of findings) {
      const from = Math.min(since.mapPos(f.from, 1), length);
      const to = Math.min(Math.max(since.mapPos(f.to, -1), from), length);
      // The finding itself keeps the linted offsets, which its fixes are relative to.
      const diagnostic: Diagnostic = {
        from,
        to,
        severity: f.severity,
        source: f.ruleId,
        message: f.message,
        renderMessage: () => this.renderMessage(f),
        actions: f.suggestions.map((s) => fixAction(s, f)),
      };
      this.findingOf.set(diagnostic, f);
      diagnostics.push(diagnostic);
      // The other words of a merged finding are underlined too, with the same explanation (no fixes there).
      for (const [rFrom, rTo] of f.related) {
        const from2 = Math.min(since.mapPos(rFrom, 1), length);
        const related: Diagnostic = { ...diagnostic, from: from2, to: Math.min(Math.max(since.mapPos(rTo, -1), from2), length), actions: [] };
        diagnostics.push(related);
      }
    }
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  /** Findings whose range holds the position (end inclusive: the caret right after a word counts). */
  findingsAt(pos: number): PlacedFinding[] {
    const found: PlacedFinding[] = [];
    forEachDiagnostic(this.view.state, (d, from, to) => {
      const f = this.findingOf.get(d);
      if (f && from <= pos && pos <= to) found.push({ ...f, from, to, origin: f.from });
    });
    return found;
  }

  /** Selects a range and scrolls to it (a scorecard click). */
  select(from: number, to: number): void {
    const length = this.view.state.doc.length;
    this.view.dispatch({ selection: { anchor: Math.min(from, length), head: Math.min(to, length) }, scrollIntoView: true });
    this.view.focus();
  }

  /** Applies a fix that the writer chose, at the finding's current position. */
  applyFix(finding: PlacedFinding, index: number): void {
    const s = finding.suggestions[index];
    if (!s) return;
    // Suggestion offsets are in the text that was linted; they keep their distance from the finding's start.
    const from = finding.from + (s.from - finding.origin);
    this.view.dispatch({ changes: { from, to: from + (s.to - s.from), insert: s.text }, userEvent: 'input.fix' });
    this.view.focus();
  }

  private renderMessage(finding: Finding): Node {
    const box = document.createElement('div');
    box.className = 'explanation';
    const message = document.createElement('p');
    message.className = 'finding-message';
    message.textContent = finding.message;
    const details = document.createElement('div');
    box.append(message, details);
    this.hooks.renderExplanation(finding, details);
    return box;
  }
}

function fixAction(s: Finding['suggestions'][number], f: Finding): Action {
  return {
    name: s.desc,
    apply: (view, from) => {
      const at = from + (s.from - f.from);
      view.dispatch({ changes: { from: at, to: at + (s.to - s.from), insert: s.text }, userEvent: 'input.fix' });
    },
  };
}

/** CodeMirror's own words (the findings panel), in the page's language. */
const PHRASES: Record<string, Record<string, string>> = {
  nl: { Diagnostics: 'Bevindingen', 'No diagnostics': 'Geen bevindingen', close: 'sluiten', 'Control character': 'Stuurteken' },
  en: { Diagnostics: 'Findings', 'No diagnostics': 'No findings' },
};

function labelsFor(label: string, hint: string, locale: string) {
  return [
    EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
    placeholder(hint),
    EditorState.phrases.of(PHRASES[locale] ?? {}),
  ];
}

