import type { CriterionId, Locale } from '@scherp/corpus';
import type { AdviceRecord, LintMessage } from '@scherp/linter';
import { renderCoverageChart } from './chart.js';
import { describeCriterion } from './criteria.js';
import { renderDocument, type DocumentView } from './document.js';
import { escapeHtml } from './escape.js';
import { formatCount, formatDate, formatShare } from './format.js';
import { computeStats, type RunStats } from './stats.js';
import { REPORT_CSS } from './styles.js';
import { reportTexts, type ReportTexts } from './texts.js';

const MAX_FREQUENT_RULES = 10;

/**
 * What the report needs of one file's lint result. The CLI's own `FileResult` (with counts and title) fits
 * this shape, so it can be passed as is.
 */
export interface ReportFileResult {
  filePath: string;
  /** Document title (front matter or first heading); the file path is shown when absent. */
  title?: string;
  messages: LintMessage[];
  advice: AdviceRecord[];
}

export interface ReportOptions {
  locale: Locale;
  /** Page title and main heading; defaults to "Scherp-rapport" / "Scherp report". */
  title?: string;
  /** Shown in the header; omitted when not given so that a report can be reproduced byte for byte. */
  generatedAt?: Date;
  /** Time zone for `generatedAt`; policy teams are in the Netherlands. */
  timeZone?: string;
  /** File paths are shown relative to this directory (e.g. the cwd); absolute when not given. */
  baseDir?: string;
}

/** A self-contained HTML page (inline CSS and SVG, no scripts, no external requests) for a whole run. */
export function renderReport(results: readonly ReportFileResult[], options: ReportOptions): string {
  const locale: Locale = options.locale === 'en' ? 'en' : 'nl';
  const texts = reportTexts(locale);
  const title = options.title?.trim() || texts.defaultTitle;
  const stats = computeStats(results);
  const documents: DocumentView[] = results.map((r, i) => ({
    anchor: `doc-${i + 1}`,
    displayPath: displayPath(r.filePath, options.baseDir),
    title: r.title,
    messages: r.messages,
    advice: r.advice,
  }));

  const generated = options.generatedAt
    ? `<p class="meta">${escapeHtml(texts.generatedAt)} <time datetime="${escapeHtml(options.generatedAt.toISOString())}">${escapeHtml(
        formatDate(options.generatedAt, locale, options.timeZone ?? 'Europe/Amsterdam'),
      )}</time></p>`
    : '';

  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Belt and braces for "no external requests": even a stray URL in the content cannot load anything.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="generator" content="Scherp">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(title)}</h1>${generated}</header>`,
    '<main>',
    renderSummary(stats, documents, texts, locale),
    ...documents.map((doc) => renderDocument(doc, { texts, locale })),
    '</main>',
    `<footer><p>${escapeHtml(texts.generatedBy)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A path inside `baseDir` relative to it, with `/`; any other path as given. String work instead of node:path
 * so that the renderer also runs in the browser (the web page exports this report).
 */
function displayPath(filePath: string, baseDir: string | undefined): string {
  if (!baseDir) return filePath;
  const base = baseDir.replace(/[\\/]+$/, '');
  const head = filePath.slice(0, base.length);
  const sameBase = /^[a-z]:/i.test(base) ? head.toLowerCase() === base.toLowerCase() : head === base;
  const rest = filePath.slice(base.length);
  if (!sameBase || !/^[\\/]./.test(rest)) return filePath;
  const segments = rest.slice(1).split(/[\\/]+/);
  return segments.some((s) => s === '..' || s === '.') ? filePath : segments.join('/');
}

function renderSummary(stats: RunStats, documents: DocumentView[], texts: ReportTexts, locale: Locale): string {
  const n = (value: number) => formatCount(value, locale);
  const stat = (label: string, value: string, detail = '') =>
    `<div class="stat"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}${detail ? ` <small>${escapeHtml(detail)}</small>` : ''}</dd></div>`;
  const severityDetail = (['error', 'warning', 'info'] as const)
    .filter((s) => stats.bySeverity[s] > 0)
    .map((s) => `${n(stats.bySeverity[s])} ${texts.severityCount[s][stats.bySeverity[s] === 1 ? 0 : 1]}`)
    .join(', ');

  const parts = [
    `<section id="summary" aria-labelledby="summary-h">`,
    `<h2 id="summary-h">${escapeHtml(texts.summary)}</h2>`,
    `<dl class="stats">`,
    stat(texts.documents, n(stats.documents)),
    stat(texts.adviceFound, n(stats.advice)),
    stat(texts.vagueAdvice, formatShare(stats.vagueShare, locale), stats.advice > 0 ? texts.ofTotal(n(stats.vague), n(stats.advice)) : ''),
    stat(texts.findings, n(stats.findings), severityDetail),
    `</dl>`,
  ];
  if (stats.documents === 0) {
    parts.push(`<p class="empty">${escapeHtml(texts.noDocuments)}</p>`, `</section>`);
    return parts.join('\n');
  }
  parts.push(
    `<h3>${escapeHtml(texts.coverageHeading)}</h3>`,
    `<figure>`,
    renderCoverageChart(stats, texts, locale),
    `<figcaption>${escapeHtml(stats.advice === 0 ? texts.noAdviceChart : texts.coverageIntro)}</figcaption>`,
    `</figure>`,
    renderCoverageTable(stats, texts, locale),
    `<h3>${escapeHtml(texts.overview)}</h3>`,
    renderOverview(documents, texts, locale),
    renderFrequentFindings(documents, texts, locale),
    `</section>`,
  );
  return parts.join('\n');
}

/** The chart's figures as a real table, for screen readers and for copying into a memo. */
function renderCoverageTable(stats: RunStats, texts: ReportTexts, locale: Locale): string {
  const row = (label: string, met: number, share: number | null) =>
    `<tr><th scope="row">${escapeHtml(label)}</th><td class="num">${escapeHtml(texts.ofTotal(formatCount(met, locale), formatCount(stats.advice, locale)))}</td><td class="num">${escapeHtml(formatShare(share, locale))}</td></tr>`;
  return [
    `<details><summary>${escapeHtml(texts.asTable)}</summary>`,
    `<table class="coverage"><thead><tr><th scope="col">${escapeHtml(texts.criterion)}</th><th scope="col">${escapeHtml(texts.meets)}</th><th scope="col">${escapeHtml(texts.share)}</th></tr></thead><tbody>`,
    ...stats.coverage.map((c) => row(texts.criterionLabel[c.criterion], c.met, c.share)),
    row(texts.vagueBar, stats.vague, stats.vagueShare),
    `</tbody></table></details>`,
  ].join('\n');
}

/** The rules that fire most across the run: where a team gains most by changing its writing habits. */
function renderFrequentFindings(documents: DocumentView[], texts: ReportTexts, locale: Locale): string {
  const counts = new Map<string, { criterion: CriterionId; count: number }>();
  for (const m of documents.flatMap((d) => d.messages)) {
    const entry = counts.get(m.ruleId);
    if (entry) entry.count++;
    else counts.set(m.ruleId, { criterion: m.criterion, count: 1 });
  }
  if (counts.size === 0) return '';
  const top = [...counts.entries()].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b)).slice(0, MAX_FREQUENT_RULES);
  const rows = top.map(
    ([ruleId, { criterion, count }]) =>
      `<tr><th scope="row"><code>${escapeHtml(ruleId)}</code></th><td>${escapeHtml(describeCriterion(criterion, [], locale, texts).title)}</td><td class="num">${formatCount(count, locale)}</td></tr>`,
  );
  return [
    `<h3>${escapeHtml(texts.frequentFindings)}</h3>`,
    `<div class="table-wrap"><table class="frequent">`,
    `<thead><tr><th scope="col">${escapeHtml(texts.ruleId)}</th><th scope="col">${escapeHtml(texts.criterion)}</th><th scope="col">${escapeHtml(texts.count)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    `</table></div>`,
  ].join('\n');
}

function renderOverview(documents: DocumentView[], texts: ReportTexts, locale: Locale): string {
  const rows = documents.map((doc) => {
    const stats = computeStats([doc]);
    const vague = `${formatCount(stats.vague, locale)} (${formatShare(stats.vagueShare, locale)})`;
    return (
      `<tr><th scope="row"><a href="#${doc.anchor}">${escapeHtml(doc.title && doc.title !== doc.displayPath ? doc.title : doc.displayPath)}</a></th>` +
      `<td class="num">${formatCount(stats.advice, locale)}</td><td class="num">${escapeHtml(vague)}</td><td class="num">${formatCount(stats.findings, locale)}</td></tr>`
    );
  });
  return [
    `<div class="table-wrap"><table class="overview">`,
    `<thead><tr><th scope="col">${escapeHtml(texts.document)}</th><th scope="col">${escapeHtml(texts.adviceFound)}</th><th scope="col">${escapeHtml(texts.vagueAdvice)}</th><th scope="col">${escapeHtml(texts.findings)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    `</table></div>`,
  ].join('\n');
}
