/**
 * Inline stylesheet: the report is one file that opens offline, so nothing may be fetched (fonts included).
 * Colours pass WCAG AA contrast on white; every coloured signal also has a word or symbol.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1f23; --muted: #57606a; --line: #d0d7de; --bg-soft: #f6f8fa;
  --accent: #1f5f8b; --ok: #1a7f37; --bad: #b3261e; --warn: #8a5300; --info: #1f5f8b; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; border-bottom: 4px solid var(--accent); }
h1 { font-size: 1.9rem; margin: 0 0 4px; }
h2 { font-size: 1.45rem; margin: 40px 0 8px; padding-top: 8px; border-top: 1px solid var(--line); }
#summary-h { border-top: 0; margin-top: 24px; }
h3 { font-size: 1.15rem; margin: 24px 0 8px; }
h4 { font-size: 1rem; margin: 20px 0 6px; }
.meta, .path, .legend, .count, footer { color: var(--muted); }
.path { margin-top: 0; }
a { color: var(--accent); }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; margin: 16px 0; padding: 0; }
.stat { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 0; }
.stat dt { font-size: .9rem; color: var(--muted); }
.stat dd { margin: 0; font-size: 1.8rem; font-weight: 700; }
.stat dd small { display: block; font-size: .9rem; font-weight: 400; color: var(--muted); }
figure { margin: 16px 0; }
.chart { width: 100%; max-width: 720px; height: auto; display: block; font-size: 14px; font-family: inherit; }
.chart .bar-label { fill: var(--ink); font-weight: 600; }
.chart .bar-value, .chart .tick { fill: var(--muted); }
.chart .track { fill: #e8ebef; }
.chart .bar-criterion .fill { fill: var(--accent); }
.chart .hatch-bg { fill: #f4d3d0; }
.chart .hatch-line { fill: var(--bad); }
.chart .grid { stroke: #d0d7de; stroke-dasharray: 2 3; }
.chart .separator { stroke: var(--line); }
figcaption { color: var(--muted); font-size: .95rem; }
details { margin: 8px 0 16px; }
summary { cursor: pointer; color: var(--accent); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: .95rem; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--bg-soft); border-bottom: 2px solid var(--line); }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; color: var(--muted); }
th.crit, td.met, td.unmet { text-align: center; white-space: nowrap; }
td.met { color: var(--ok); font-weight: 700; }
td.unmet { color: var(--bad); font-weight: 700; }
tr.is-vague td.advice-text { border-left: 4px solid var(--bad); }
tr:target td { background: #fff8c5; }
.advice-text { min-width: 280px; }
table.findings { table-layout: fixed; }
table.findings th:nth-child(1) { width: 80px; }
table.findings th:nth-child(2) { width: 140px; }
table.findings th:nth-child(3) { width: 220px; }
table.findings td { overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.badge-vague, .badge-error { color: var(--bad); background: #fdecea; }
.badge-concrete { color: var(--ok); background: #e9f6ec; }
.badge-warning { color: var(--warn); background: #fff4e0; }
.badge-info { color: var(--info); background: #e8f1f8; }
.question { margin: 4px 0; }
.sources { font-size: .9rem; color: var(--muted); }
.sources ul { margin: 4px 0 0; padding-left: 20px; }
.empty { font-style: italic; color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
footer { margin-top: 48px; padding-bottom: 24px; border-top: 1px solid var(--line); padding-top: 12px; font-size: .9rem; }
@media print { a { color: inherit; text-decoration: none; } .top-link { display: none; } h2 { break-before: page; } #summary { break-before: auto; } }
`;
