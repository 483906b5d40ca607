import type { CriterionId, Locale } from '@scherp/corpus';
import type { AdviceRecord, LintMessage } from '@scherp/linter';
import { ruleDocsUrl } from '@scherp/linter';
import { criterionRank, describeCriterion } from './criteria.js';
import { escapeHtml } from './escape.js';
import { formatCount } from './format.js';
import { ADVICE_CRITERIA } from './stats.js';
import type { ReportTexts } from './texts.js';

export interface DocumentView {
  /** Anchor id, derived from the position in the run so that no file name ends up in an id. */
  anchor: string;
  displayPath: string;
  title?: string;
  messages: readonly LintMessage[];
  advice: readonly AdviceRecord[];
}

interface Context {
  texts: ReportTexts;
  locale: Locale;
}

/** One document: its advice with the five criteria, then its findings grouped by criterion with sources. */
export function renderDocument(doc: DocumentView, ctx: Context): string {
  const { texts } = ctx;
  const advice = [...doc.advice].sort((a, b) => a.line - b.line || a.column - b.column);
  const heading = doc.title && doc.title !== doc.displayPath ? doc.title : doc.displayPath;
  return [
    `<section class="document" id="${doc.anchor}" aria-labelledby="${doc.anchor}-h">`,
    `<h2 id="${doc.anchor}-h">${escapeHtml(heading)}</h2>`,
    `<p class="path"><code>${escapeHtml(doc.displayPath)}</code></p>`,
    `<h3>${escapeHtml(texts.advice)} (${formatCount(doc.advice.length, ctx.locale)})</h3>`,
    renderAdviceTable(doc, advice, ctx),
    `<h3>${escapeHtml(texts.findings)} (${formatCount(doc.messages.length, ctx.locale)})</h3>`,
    renderFindings(doc, advice, ctx),
    `<p class="top-link"><a href="#summary">${escapeHtml(texts.backToTop)}</a></p>`,
    `</section>`,
  ].join('\n');
}

const adviceAnchor = (doc: DocumentView, index: number) => `${doc.anchor}-advice-${index + 1}`;

/** The advice sentence a finding lies in, so its line number can link to the sentence in the advice table. */
function containingAdvice(advice: readonly AdviceRecord[], m: LintMessage): number {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  return advice.findIndex((a) => before(a.line, a.column, m.line, m.column) && before(m.line, m.column, a.endLine, a.endColumn));
}

function renderAdviceTable(doc: DocumentView, advice: readonly AdviceRecord[], { texts }: Context): string {
  if (advice.length === 0) return `<p class="empty">${escapeHtml(texts.noAdvice)}</p>`;
  const mark = (met: boolean) =>
    met
      ? `<td class="met"><span aria-hidden="true">✓</span><span class="visually-hidden">${escapeHtml(texts.yes)}</span></td>`
      : `<td class="unmet"><span aria-hidden="true">✗</span><span class="visually-hidden">${escapeHtml(texts.no)}</span></td>`;
  const rows = advice.map(
    (a, i) =>
      `<tr id="${adviceAnchor(doc, i)}"${a.vague ? ' class="is-vague"' : ''}><td class="num">${a.line}</td><td class="advice-text">${escapeHtml(a.text)}</td>` +
      ADVICE_CRITERIA.map((c) => mark(a.criteria[c])).join('') +
      `<td>${a.vague ? `<span class="badge badge-vague">${escapeHtml(texts.vagueBadge)}</span>` : `<span class="badge badge-concrete">${escapeHtml(texts.concreteBadge)}</span>`}</td></tr>`,
  );
  return [
    `<div class="table-wrap"><table class="advice">`,
    `<caption class="visually-hidden">${escapeHtml(`${texts.advice}: ${doc.displayPath}`)}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(texts.line)}</th><th scope="col">${escapeHtml(texts.text)}</th>` +
      ADVICE_CRITERIA.map((c) => `<th scope="col" class="crit">${escapeHtml(texts.criterionLabel[c])}</th>`).join('') +
      `<th scope="col">${escapeHtml(texts.vague)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    `</table></div>`,
    `<p class="legend">${escapeHtml(texts.legend)}</p>`,
  ].join('\n');
}

function renderFindings(doc: DocumentView, advice: readonly AdviceRecord[], ctx: Context): string {
  const { texts, locale } = ctx;
  if (doc.messages.length === 0) return `<p class="empty">${escapeHtml(texts.noFindings)}</p>`;
  const groups = new Map<CriterionId, LintMessage[]>();
  for (const m of doc.messages) {
    const list = groups.get(m.criterion);
    if (list) list.push(m);
    else groups.set(m.criterion, [m]);
  }
  const lineCell = (m: LintMessage) => {
    const index = containingAdvice(advice, m);
    const position = `${m.line}:${m.column}`;
    return index === -1 ? position : `<a href="#${adviceAnchor(doc, index)}">${position}</a>`;
  };
  const ordered = [...groups.entries()].sort(([a], [b]) => criterionRank(a) - criterionRank(b) || a.localeCompare(b));
  return ordered
    .map(([criterion, messages]) => {
      const info = describeCriterion(criterion, new Set(messages.map((m) => m.ruleId)), locale, texts);
      const rows = [...messages]
        .sort((a, b) => a.line - b.line || a.column - b.column)
        .map(
          (m) =>
            `<tr><td class="num">${lineCell(m)}</td>` +
            `<td><span class="badge badge-${m.severity}">${escapeHtml(texts.severity[m.severity])}</span></td>` +
            `<td><a href="${escapeHtml(ruleDocsUrl(m.ruleId))}"><code>${escapeHtml(m.ruleId)}</code></a></td>` +
            `<td>${escapeHtml(m.message)}</td></tr>`,
        );
      return [
        `<div class="criterion-group">`,
        `<h4>${escapeHtml(info.title)} <span class="count">(${formatCount(messages.length, locale)})</span></h4>`,
        info.question ? `<p class="question"><strong>${escapeHtml(texts.question)}:</strong> ${escapeHtml(info.question)}</p>` : '',
        `<div class="table-wrap"><table class="findings">`,
        `<thead><tr><th scope="col">${escapeHtml(texts.line)}</th><th scope="col">${escapeHtml(texts.severityHeading)}</th><th scope="col">${escapeHtml(texts.ruleId)}</th><th scope="col">${escapeHtml(texts.message)}</th></tr></thead>`,
        `<tbody>${rows.join('\n')}</tbody>`,
        `</table></div>`,
        renderSources(info.citations, texts),
        `</div>`,
      ].join('\n');
    })
    .join('\n');
}

function renderSources(citations: readonly string[], texts: ReportTexts): string {
  if (citations.length === 0) return `<p class="sources"><strong>${escapeHtml(texts.sources)}:</strong> ${escapeHtml(texts.noSources)}</p>`;
  return (
    `<div class="sources"><strong>${escapeHtml(texts.sources)}:</strong><ul>` +
    citations.map((c) => `<li>${escapeHtml(c)}</li>`).join('') +
    `</ul></div>`
  );
}
