export { renderReport, type ReportFileResult, type ReportOptions } from './render.js';
export { computeStats, ADVICE_CRITERIA, type RunStats, type CriterionCoverage, type AdviceCriterionId } from './stats.js';
export { escapeHtml } from './escape.js';
// The `--format json` output, so that a browser export writes exactly what the CLI writes.
export { formatJson } from '../formatters/json.js';
export { fileResult, type FileResult } from '../types.js';
