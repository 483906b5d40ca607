import { escapeHtml } from './escape.js';
import { formatCount, formatShare } from './format.js';
import type { RunStats } from './stats.js';
import type { ReportTexts } from './texts.js';
import type { Locale } from '@scherp/corpus';

// Geometry of the horizontal bar chart, in SVG user units (the SVG scales to the page width).
const WIDTH = 720;
const LABEL_WIDTH = 130;
const TRACK_X = LABEL_WIDTH + 10;
const TRACK_WIDTH = 400;
const ROW_HEIGHT = 40;
const BAR_HEIGHT = 22;
const TOP = 10;
const GAP_BEFORE_VAGUE = 24;
const AXIS_HEIGHT = 28;

interface Bar {
  label: string;
  share: number | null;
  met: number;
  kind: 'criterion' | 'vague';
}

/**
 * Inline SVG bar chart: one bar per criterion (share of advice meeting it) and, set apart, the share of vague
 * advice. Every bar carries its percentage as text and the vague bar a hatch pattern, so colour is never the
 * only signal; role="img" with <title>/<desc> gives screen readers the same figures.
 */
export function renderCoverageChart(stats: RunStats, texts: ReportTexts, locale: Locale): string {
  const bars: Bar[] = [
    ...stats.coverage.map((c) => ({ label: texts.criterionLabel[c.criterion], share: c.share, met: c.met, kind: 'criterion' as const })),
    { label: texts.vagueBar, share: stats.vagueShare, met: stats.vague, kind: 'vague' },
  ];
  const yOf = (i: number, bar: Bar) => TOP + i * ROW_HEIGHT + (bar.kind === 'vague' ? GAP_BEFORE_VAGUE : 0);
  const chartBottom = TOP + bars.length * ROW_HEIGHT + GAP_BEFORE_VAGUE;
  const height = chartBottom + AXIS_HEIGHT;

  const valueText = (bar: Bar) =>
    bar.share === null
      ? '–'
      : `${formatShare(bar.share, locale)} (${texts.ofTotal(formatCount(bar.met, locale), formatCount(stats.advice, locale))})`;

  const rows = bars.map((bar, i) => {
    const y = yOf(i, bar);
    const barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    const barWidth = Math.round((bar.share ?? 0) * TRACK_WIDTH * 10) / 10;
    const textY = y + ROW_HEIGHT / 2;
    return [
      `<g class="bar bar-${bar.kind}">`,
      `<title>${escapeHtml(`${bar.label}: ${valueText(bar)}`)}</title>`,
      `<text class="bar-label" x="${LABEL_WIDTH}" y="${textY}" text-anchor="end" dominant-baseline="middle">${escapeHtml(bar.label)}</text>`,
      `<rect class="track" x="${TRACK_X}" y="${barY}" width="${TRACK_WIDTH}" height="${BAR_HEIGHT}" rx="3"/>`,
      barWidth > 0
        ? `<rect class="fill" x="${TRACK_X}" y="${barY}" width="${barWidth}" height="${BAR_HEIGHT}" rx="3"${bar.kind === 'vague' ? ' fill="url(#vague-hatch)"' : ''}/>`
        : '',
      `<text class="bar-value" x="${TRACK_X + TRACK_WIDTH + 10}" y="${textY}" dominant-baseline="middle">${escapeHtml(valueText(bar))}</text>`,
      `</g>`,
    ].join('');
  });

  const separatorY = TOP + (bars.length - 1) * ROW_HEIGHT + GAP_BEFORE_VAGUE / 2;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => {
    const x = TRACK_X + t * TRACK_WIDTH;
    return (
      `<line class="grid" x1="${x}" y1="${TOP}" x2="${x}" y2="${chartBottom}"/>` +
      `<text class="tick" x="${x}" y="${chartBottom + 18}" text-anchor="middle">${escapeHtml(formatShare(t, locale))}</text>`
    );
  });

  const description = texts.chartDescription(
    stats.coverage.map((c) => `${texts.criterionLabel[c.criterion]} ${formatShare(c.share, locale)}`).join(', '),
    `${texts.vagueBar} ${formatShare(stats.vagueShare, locale)}`,
  );

  return [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="chart-title chart-desc">`,
    `<title id="chart-title">${escapeHtml(texts.chartTitle)}</title>`,
    `<desc id="chart-desc">${escapeHtml(stats.advice === 0 ? texts.noAdviceChart : description)}</desc>`,
    `<defs><pattern id="vague-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    `<rect class="hatch-bg" width="8" height="8"/><rect class="hatch-line" width="3" height="8"/></pattern></defs>`,
    ...ticks,
    `<line class="separator" x1="0" y1="${separatorY}" x2="${WIDTH}" y2="${separatorY}"/>`,
    ...rows,
    `</svg>`,
  ].join('\n');
}
