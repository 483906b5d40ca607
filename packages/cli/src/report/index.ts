export { renderReport, type ReportFileResult, type ReportOptions } from './render.js';
export { computeStats, ADVICE_CRITERIA, type RunStats, type CriterionCoverage, type AdviceCriterionId } from './stats.js';
export { escapeHtml } from './escape.js';
