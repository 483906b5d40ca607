import type { Locale } from '@scherp/corpus';
import type { AdviceCriteria } from '@scherp/linter';
import type { AdviceView, Score } from './protocol.js';
import { t, type TextId } from './texts.js';

/** The five questions, in the order of `scherp report`. */
const CRITERIA: ReadonlyArray<[keyof AdviceCriteria, TextId]> = [
  ['owner', 'criterionOwner'],
  ['deadline', 'criterionDeadline'],
  ['measurable', 'criterionMeasurable'],
  ['problem', 'criterionProblem'],
  ['funding', 'criterionFunding'],
];

/** Renders the advice scorecard: the document's score, then each advice with ✓/✗ per criterion. */
export function renderScorecard(
  root: HTMLElement,
  advice: readonly AdviceView[],
  score: Score,
  locale: Locale,
  jump: (advice: AdviceView) => void,
): void {
  const summary = el('p', 'score');
  summary.id = 'score';
  summary.textContent = t(locale, 'score', { concrete: score.concrete, total: score.advice });
  const coverage = el('ul', 'coverage');
  for (const [key, label] of CRITERIA) {
    const item = el('li');
    item.textContent = t(locale, 'coverage', { label: t(locale, label), met: score.coverage[key], total: score.advice });
    coverage.append(item);
  }
  const list = el('ol', 'advice-list');
  advice.forEach((a, i) => {
    const item = el('li', a.vague ? 'advice vague' : 'advice concrete');
    const button = el('button', 'advice-jump');
    button.type = 'button';
    button.setAttribute('aria-label', `${t(locale, 'jumpTo', { n: i + 1 })}: ${a.text}`);
    const text = el('span', 'advice-text');
    text.textContent = a.text;
    button.append(text);
    button.addEventListener('click', () => jump(a));
    const marks = el('ul', 'marks');
    for (const [key, label] of CRITERIA) {
      // ✓ present, ✗ missing, … only a placeholder ("[wie?]") stands there: still to fill in.
      const state = a.criteria[key] ? 'met' : a.open.includes(key) ? 'open' : 'missing';
      const mark = el('li', `mark ${state}`);
      mark.dataset.criterion = key;
      const name = t(locale, label);
      mark.textContent = `${state === 'met' ? '✓' : state === 'open' ? '…' : '✗'} ${name}`;
      mark.setAttribute('aria-label', `${name}: ${t(locale, state === 'open' ? 'toFill' : state)}`);
      marks.append(mark);
    }
    item.append(button, marks);
    list.append(item);
  });
  const empty = el('p', 'empty');
  empty.textContent = t(locale, 'noAdvice');
  root.replaceChildren(summary, coverage, advice.length > 0 ? list : empty);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
