import { ChangeSet } from '@codemirror/state';
import type { Locale } from '@scherp/corpus';
import type { SeveritySetting } from '@scherp/linter';
import type { DocxParagraph } from '@scherp/parser';
import { micromark } from 'micromark';
import { ScherpEditor, type PlacedFinding } from './editor.js';
import { applyPalette } from './palette.js';
import type { AdviceView, Finding, RuleInfo, Score } from './protocol.js';
import { renderScorecard } from './scorecard.js';
import { loadSettings, saveSettings, toLintConfig, type Settings } from './settings.js';
import { SAMPLE, t, type TextId } from './texts.js';
import { LintWorker } from './worker-client.js';
import './style.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

applyPalette(document.documentElement);
const worker = new LintWorker();
let settings: Settings = loadSettings(localStorage);
let rules: RuleInfo[] = [];
let knownRules = new Set<string>();
/** The parser's limit, from the worker (importing the parser here would put it in the page's bundle). */
let maxFileBytes = Infinity;
/** The open document: its file name decides the format; a Word file brings its paragraph map. */
let source: { fileName: string; wordParagraphs?: DocxParagraph[] } = { fileName: 'tekst.md' };

// Each lint's timing: when the text changed (the key press) and when its underlines were on screen (the
// frame after they were set). bench/bench.mjs reads `window.scherpTimings`.
interface Timing {
  changedAt: number;
  /** The text went to the worker, and its answer came back. */
  sentAt: number;
  receivedAt: number;
  shownAt: number;
  workerMs: number;
  /** Time spent on the page's thread to turn the findings into underlines. */
  mainMs: number;
  findings: number;
}
const timings: Timing[] = [];
(window as unknown as { scherpTimings: Timing[] }).scherpTimings = timings;
let lastKeyAt = -Infinity;
window.addEventListener('keydown', (e) => (lastKeyAt = e.timeStamp), { capture: true });
/** When the writer chose a file: its first findings are timed from there. */
let fileChosenAt: number | null = null;

// ---------------------------------------------------------------------------------------------------------
// Linting: at most one request in flight. Edits made meanwhile are composed into `since`, so the answer's
// findings are mapped onto the current text, and the latest text is sent next.
// ---------------------------------------------------------------------------------------------------------
let inFlight = false;
let dirty = true;
let since: ChangeSet | null = null;
let changedAt = performance.now();
/** Counts edits; the scorecard's data-version says which version its findings are of. */
let textVersion = 0;

const editor = new ScherpEditor($('editor'), SAMPLE, t(settings.locale, 'editorLabel'), t(settings.locale, 'placeholder'), {
  onChange: (changes) => {
    textVersion++;
    $('editor').dataset.version = String(textVersion);
    if (since) since = since.compose(changes);
    changedAt = fileChosenAt ?? (performance.now() - lastKeyAt < 500 ? lastKeyAt : performance.now());
    fileChosenAt = null;
    dirty = true;
    void lintNow();
  },
  onCursor: (found) => showExplanations(found),
  renderExplanation: (finding, into) => {
    void explain([finding]).then(([html]) => {
      if (html !== undefined) setHtml(into, html);
    });
  },
});

$('editor').dataset.version = '0';
// For the benchmark, which moves the cursor through a long document.
(window as unknown as { scherpEditorView: unknown }).scherpEditorView = editor.view;

async function lintNow(): Promise<void> {
  if (inFlight || knownRules.size === 0) return;
  inFlight = true;
  setStatus('busy', $('status').textContent ? undefined : t(settings.locale, 'checking'));
  try {
    while (dirty) {
      dirty = false;
      const doc = editor.view.state.doc;
      const startedFor = changedAt;
      since = ChangeSet.empty(doc.length);
      const version = textVersion;
      const sentAt = performance.now();
      const answer = await worker.request('lint', { text: doc.toString(), config: toLintConfig(settings, knownRules), source });
      const received = performance.now();
      editor.showFindings(answer.findings, since);
      since = null;
      const timing = {
        changedAt: startedFor,
        sentAt,
        receivedAt: received,
        shownAt: 0,
        workerMs: answer.ms,
        mainMs: performance.now() - received,
        findings: answer.findings.length,
      };
      // The frame after the underlines were set is when the writer sees them; the scorecard follows.
      requestAnimationFrame(() => {
        timing.shownAt = performance.now();
        timings.push(timing);
        scheduleScorecard(answer.advice, answer.score, version);
      });
      if (!dirty) {
        const count = timing.findings;
        setStatus('idle', count === 1 ? t(settings.locale, 'checkedOne') : t(settings.locale, 'checked', { count }));
      }
    }
  } catch (error) {
    setStatus('error', error instanceof Error ? error.message : String(error));
  } finally {
    inFlight = false;
  }
}

/**
 * The status line is a polite live region: its text changes only when there is something new to say (the
 * number of findings), not on every key press; `data-state` says whether a check is running.
 */
function setStatus(state: 'busy' | 'idle' | 'error', text?: string): void {
  const status = $('status');
  status.dataset.state = state;
  if (text !== undefined && status.textContent !== text) status.textContent = text;
}

// The scorecard is redrawn after the underlines are on screen, and only when it changed.
let scorecardKey = '';
let scorecardTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleScorecard(advice: AdviceView[], score: Score, version: number): void {
  clearTimeout(scorecardTimer);
  scorecardTimer = setTimeout(() => {
    const key = JSON.stringify([settings.locale, advice, score]);
    const body = $('scorecard-body');
    if (key !== scorecardKey) {
      scorecardKey = key;
      renderScorecard(body, advice, score, settings.locale, (a) => editor.select(a.from, a.to));
    }
    // Which text the page shows the findings of, for tests: equal to the editor's data-version when settled.
    body.dataset.version = String(version);
  }, 0);
}

// ---------------------------------------------------------------------------------------------------------
// Explanations (hover tooltip and the panel beside the editor) and fixes the writer chooses.
// ---------------------------------------------------------------------------------------------------------
const explained = new Map<string, Promise<string>>();

function explain(findings: Finding[]): Promise<string[]> {
  const locale = settings.locale;
  return Promise.all(
    findings.map((f) => {
      const input = { ruleId: f.ruleId, criterion: f.criterion, message: f.message, ...(f.pieces ? { pieces: f.pieces } : {}) };
      const key = JSON.stringify([locale, input]);
      let html = explained.get(key);
      if (!html) {
        html = worker
          .request('explain', { locale, findings: [input] })
          .then((answer) => micromark(answer.markdown[0] ?? ''));
        explained.set(key, html);
      }
      return html;
    }),
  );
}

/** Explanations are micromark's HTML of our Markdown (raw HTML escaped). Links (rule docs) open a new tab. */
function setHtml(into: HTMLElement, html: string): void {
  into.innerHTML = html;
  for (const link of into.querySelectorAll('a')) {
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
}

let explanationFor = '';
function showExplanations(found: PlacedFinding[]): void {
  const key = JSON.stringify(found.map((f) => [f.ruleId, f.from, f.to, f.message]));
  if (key === explanationFor) return;
  explanationFor = key;
  const panel = $('explanation-body');
  if (found.length === 0) {
    panel.textContent = t(settings.locale, 'explanationEmpty');
    return;
  }
  void explain(found).then((htmls) => {
    if (explanationFor !== key) return;
    panel.replaceChildren(
      ...found.map((f, i) => {
        const article = document.createElement('article');
        article.className = `finding ${f.severity}`;
        article.dataset.rule = f.ruleId;
        // The explanation says why and how; the finding's own message (what is wrong) comes first.
        const message = document.createElement('p');
        message.className = 'finding-message';
        message.textContent = f.message;
        const body = document.createElement('div');
        setHtml(body, htmls[i] ?? '');
        article.append(message, body);
        if (f.suggestions.length > 0) {
          const heading = document.createElement('p');
          heading.className = 'fix-heading';
          heading.textContent = t(settings.locale, 'suggestions');
          const fixes = document.createElement('div');
          fixes.className = 'fixes';
          f.suggestions.forEach((s, index) => {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'fix';
            button.textContent = s.desc;
            button.addEventListener('click', () => editor.applyFix(f, index));
            fixes.append(button);
          });
          article.append(heading, fixes);
        }
        return article;
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------------------
// Files: .md and .txt as text, .docx converted in the worker.
// ---------------------------------------------------------------------------------------------------------
$<HTMLInputElement>('open').addEventListener('change', (event) => {
  fileChosenAt = performance.now();
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) void openFile(file);
});

// A file dropped on the editor is opened like a chosen one (CodeMirror would paste a Word file's bytes as text).
editor.view.dom.addEventListener(
  'drop',
  (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    event.stopPropagation();
    fileChosenAt = performance.now();
    void openFile(file);
  },
  { capture: true },
);

async function openFile(file: File): Promise<void> {
  try {
    if (file.size > maxFileBytes) throw new Error(t(settings.locale, 'tooLarge'));
    if (/\.docx$/i.test(file.name)) {
      const bytes = await file.arrayBuffer();
      const docx = await worker.request('docx', { name: file.name, bytes }, [bytes]);
      source = { fileName: file.name.replace(/\.docx$/i, '.md'), wordParagraphs: docx.paragraphs };
      openText(docx.text, file.name);
    } else if (/\.(md|markdown|txt)$/i.test(file.name)) {
      source = { fileName: file.name };
      openText(await file.text(), file.name);
    } else {
      throw new Error(t(settings.locale, 'unsupported'));
    }
  } catch (error) {
    fileChosenAt = null;
    const reason = error instanceof Error ? error.message : String(error);
    announce(t(settings.locale, 'openFailed', { name: file.name, reason }));
  }
}

let documentName = 'tekst';
function openText(text: string, name: string): void {
  documentName = name;
  editor.setText(text);
  fileChosenAt = null;
  announce(t(settings.locale, 'opened', { name }));
}

function announce(text: string): void {
  $('announcer').textContent = text;
}

// ---------------------------------------------------------------------------------------------------------
// Export: the report `scherp report` writes, and the JSON of `scherp lint --format json`.
// ---------------------------------------------------------------------------------------------------------
async function download(format: 'html' | 'json'): Promise<void> {
  const answer = await worker.request('export', {
    format,
    name: documentName,
    text: editor.view.state.doc.toString(),
    config: toLintConfig(settings, knownRules),
    source,
  });
  const url = URL.createObjectURL(new Blob([answer.content], { type: `${answer.mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${documentName.replace(/\.[^.]+$/, '') || 'tekst'}-scherp.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
$('export-html').addEventListener('click', () => void download('html'));
$('export-json').addEventListener('click', () => void download('json'));

// ---------------------------------------------------------------------------------------------------------
// Settings and language.
// ---------------------------------------------------------------------------------------------------------
function changeSettings(next: Settings): void {
  settings = next;
  saveSettings(localStorage, settings);
  explained.clear();
  explanationFor = '';
  scorecardKey = '';
  renderTexts();
  dirty = true;
  void lintNow();
}

$<HTMLSelectElement>('locale').addEventListener('change', (e) =>
  changeSettings({ ...settings, locale: (e.target as HTMLSelectElement).value === 'en' ? 'en' : 'nl' }),
);
$<HTMLSelectElement>('preset').addEventListener('change', (e) =>
  changeSettings({ ...settings, preset: (e.target as HTMLSelectElement).value === 'strict' ? 'strict' : 'recommended' }),
);
$('reset-settings').addEventListener('click', () => changeSettings({ ...settings, preset: 'recommended', rules: {} }));

function renderRules(): void {
  const body = $('rules-body');
  const locale = settings.locale;
  body.replaceChildren(
    ...rules.map((rule) => {
      const row = document.createElement('tr');
      const name = document.createElement('th');
      name.scope = 'row';
      const id = document.createElement('code');
      id.textContent = rule.id;
      const description = document.createElement('span');
      description.className = 'rule-description';
      description.textContent = rule.description[locale];
      name.append(id, description);
      const cell = document.createElement('td');
      const select = document.createElement('select');
      select.id = `rule-${rule.id}`;
      select.setAttribute('aria-label', `${t(locale, 'severity')}: ${rule.id}`);
      const preset = rule.presets[settings.preset];
      const options: Array<[string, string]> = [
        ['', t(locale, 'severityDefault', { value: t(locale, preset as TextId) })],
        ['off', t(locale, 'off')],
        ['error', t(locale, 'error')],
        ['warning', t(locale, 'warning')],
        ['info', t(locale, 'info')],
      ];
      for (const [value, label] of options) select.append(new Option(label, value, false, (settings.rules[rule.id] ?? '') === value));
      select.addEventListener('change', () => {
        const chosen = { ...settings.rules };
        if (select.value === '') delete chosen[rule.id];
        else chosen[rule.id] = select.value as SeveritySetting;
        changeSettings({ ...settings, rules: chosen });
      });
      cell.append(select);
      row.append(name, cell);
      return row;
    }),
  );
}

function renderTexts(): void {
  const locale: Locale = settings.locale;
  document.documentElement.lang = locale;
  document.title = t(locale, 'title');
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) node.textContent = t(locale, node.dataset.text as TextId);
  $<HTMLSelectElement>('locale').value = locale;
  $<HTMLSelectElement>('preset').value = settings.preset;
  editor.setLabels(t(locale, 'editorLabel'), t(locale, 'placeholder'), locale);
  renderRules();
  if (explanationFor === '') $('explanation-body').textContent = t(locale, 'explanationEmpty');
}

void worker.request('rules', {}).then((answer) => {
  rules = answer.rules;
  maxFileBytes = answer.maxFileBytes;
  knownRules = new Set(rules.map((r) => r.id));
  renderTexts();
  void lintNow();
});
renderTexts();
