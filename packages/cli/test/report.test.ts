import { formatCitation, getCriterion } from '@scherp/corpus';
import { describe, expect, it } from 'vitest';
import { computeStats, escapeHtml, renderReport, type ReportFileResult } from '../src/report/index.js';
import { advice, message } from './report-fixtures.js';

const twoDocuments: ReportFileResult[] = [
  {
    filePath: '/werk/beleid/nota-a.md',
    title: 'Nota A',
    advice: [
      advice(3, 'De gemeente moet meer aandacht geven aan veiligheid.', {}, true),
      advice(7, 'De wethouder opent vóór 1 mei 2027 twee nieuwe loketten.', { owner: true, deadline: true, measurable: true }),
      advice(9, 'Het college betaalt de pilot uit het innovatiefonds.', { owner: true, funding: true }),
    ],
    messages: [
      message(3, 'missing-owner', 'owner', 'Wie moet dit doen?', 'error'),
      message(3, 'vague-term', 'vague-language', 'Vaag woord: ‘aandacht geven aan’.'),
    ],
  },
  {
    filePath: '/werk/beleid/nota-b.md',
    advice: [advice(2, 'De directie verlaagt de wachttijd tot twee weken, omdat klanten afhaken.', { owner: true, measurable: true, problem: true })],
    messages: [],
  },
];

/** The <td>s of the coverage table row headed `label`. */
function coverageRow(html: string, label: string): string[] {
  const row = new RegExp(`<tr><th scope="row">${label}</th>(.*?)</tr>`).exec(html);
  expect(row, `coverage row ${label}`).not.toBeNull();
  return [...(row?.[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1] ?? '');
}

/** Width of the filled bar in the chart row whose label is `label`; 0 when the bar has no fill. */
function barWidth(html: string, label: string): number {
  const group = new RegExp(`<g class="bar bar-\\w+"><title>${label}:.*?</g>`).exec(html)?.[0];
  expect(group, `chart bar ${label}`).toBeDefined();
  const fill = /<rect class="fill"[^>]* width="([\d.]+)"/.exec(group ?? '');
  return fill ? Number(fill[1]) : 0;
}

describe('computeStats', () => {
  it('counts advice, vague advice, findings and the share meeting each criterion', () => {
    const stats = computeStats(twoDocuments);
    expect(stats.documents).toBe(2);
    expect(stats.advice).toBe(4);
    expect(stats.vague).toBe(1);
    expect(stats.vagueShare).toBe(0.25);
    expect(stats.findings).toBe(2);
    expect(stats.bySeverity).toEqual({ error: 1, warning: 1, info: 0 });
    expect(Object.fromEntries(stats.coverage.map((c) => [c.criterion, c.met]))).toEqual({
      owner: 3,
      deadline: 1,
      measurable: 2,
      problem: 1,
      funding: 1,
    });
    expect(stats.coverage.find((c) => c.criterion === 'owner')?.share).toBe(0.75);
  });

  it('reports no share (not 0 %) when there is no advice', () => {
    const stats = computeStats([{ messages: [], advice: [] }]);
    expect(stats.vagueShare).toBeNull();
    expect(stats.coverage.every((c) => c.share === null && c.met === 0)).toBe(true);
  });
});

describe('renderReport', () => {
  it('renders a self-contained Dutch page by default', () => {
    const html = renderReport(twoDocuments, { locale: 'nl' });
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<title>Scherp-rapport</title>');
    expect(html).toContain('<h1>Scherp-rapport</h1>');
    expect(html).toContain('<h2 id="summary-h">Samenvatting</h2>');
    // Self-contained: no scripts, no external stylesheets, images or fonts.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(http/i);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('shows the run summary figures', () => {
    const html = renderReport(twoDocuments, { locale: 'nl' });
    expect(html).toContain('<dt>Documenten</dt><dd>2</dd>');
    expect(html).toContain('<dt>Adviezen gevonden</dt><dd>4</dd>');
    expect(html).toContain('<dt>Vaag advies</dt><dd>25% <small>1 van 4</small></dd>');
    expect(html).toContain('<dt>Bevindingen</dt><dd>2 <small>1 fout, 1 waarschuwing</small></dd>');
    const plural: ReportFileResult = {
      filePath: 'c.md',
      advice: [],
      messages: [message(1, 'hype', 'hype', 'Hype.'), message(2, 'hype', 'hype', 'Hype.'), message(3, 'long-sentence', 'readability', 'Lang.', 'info')],
    };
    expect(renderReport([plural], { locale: 'nl' })).toContain('<dd>3 <small>2 waarschuwingen, 1 opmerking</small></dd>');
    expect(renderReport([plural], { locale: 'en' })).toContain('<dd>3 <small>2 warnings, 1 note</small></dd>');
  });

  it('charts the share of advice meeting each criterion, with the figures as text and as a table', () => {
    const html = renderReport(twoDocuments, { locale: 'nl' });
    // The track is 400 units wide: 3 of 4 = 300, 1 of 4 = 100.
    expect(barWidth(html, 'Wie')).toBe(300);
    expect(barWidth(html, 'Wanneer')).toBe(100);
    expect(barWidth(html, 'Meetbaar')).toBe(200);
    expect(barWidth(html, 'Probleem')).toBe(100);
    expect(barWidth(html, 'Financiering')).toBe(100);
    expect(barWidth(html, 'Vaag advies')).toBe(100);
    expect(html).toContain('<text class="bar-value" x="550" y="30" dominant-baseline="middle">75% (3 van 4)</text>');
    expect(coverageRow(html, 'Wie')).toEqual(['3 van 4', '75%']);
    expect(coverageRow(html, 'Meetbaar')).toEqual(['2 van 4', '50%']);
    expect(coverageRow(html, 'Vaag advies')).toEqual(['1 van 4', '25%']);
    expect(html).toMatch(/<svg class="chart"[^>]* role="img" aria-labelledby="chart-title chart-desc">/);
    expect(html).toContain('<desc id="chart-desc">Wie 75%, Wanneer 25%, Meetbaar 50%, Probleem 25%, Financiering 25%. Vaag advies 25%.</desc>');
  });

  it('lists each document with its advice, ✓/✗ per criterion and a vague badge that is not colour alone', () => {
    const html = renderReport(twoDocuments, { locale: 'nl' });
    const section = /<section class="document" id="doc-1"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toContain('<h2 id="doc-1-h">Nota A</h2>');
    expect(section).toContain('<code>/werk/beleid/nota-a.md</code>');
    expect(section).toContain('<h3>Adviezen (3)</h3>');
    const vagueRow = /<tr id="doc-1-advice-1" class="is-vague">.*?<\/tr>/.exec(section)?.[0] ?? '';
    expect(vagueRow).toContain('<td class="num">3</td>');
    expect(vagueRow).toContain('De gemeente moet meer aandacht geven aan veiligheid.');
    expect(vagueRow.match(/<td class="unmet"><span aria-hidden="true">✗<\/span><span class="visually-hidden">nee<\/span><\/td>/g)).toHaveLength(5);
    expect(vagueRow).toContain('<span class="badge badge-vague">vaag</span>');
    const concreteRow = /<tr id="doc-1-advice-2"><td class="num">7<\/td>.*?<\/tr>/.exec(section)?.[0] ?? '';
    expect(concreteRow.match(/class="met"/g)).toHaveLength(3);
    expect(concreteRow.match(/class="unmet"/g)).toHaveLength(2);
    expect(concreteRow).toContain('<span class="badge badge-concrete">concreet</span>');
    // A document without a title is headed by its path.
    expect(html).toContain('<h2 id="doc-2-h">/werk/beleid/nota-b.md</h2>');
    expect(html).toContain('Geen bevindingen in dit document.');
  });

  it('groups findings by criterion with rule id, line, message, the question and the corpus citations', () => {
    const html = renderReport(twoDocuments, { locale: 'nl' });
    const owner = getCriterion('owner');
    expect(owner, '@scherp/corpus must describe the owner criterion').toBeDefined();
    const group = new RegExp(`<h4>${escapeHtml(owner?.title.nl ?? '')} <span class="count">\\(1\\)</span></h4>[\\s\\S]*?</div>\\n</div>`).exec(html)?.[0];
    expect(group).toBeDefined();
    // The finding lies in the first advice sentence (line 3), so its position links there.
    expect(group).toContain('<td class="num"><a href="#doc-1-advice-1">3:3</a></td>');
    expect(group).toContain('<span class="badge badge-error">fout</span>');
    expect(group).toContain('<code>missing-owner</code>');
    expect(group).toContain('<td>Wie moet dit doen?</td>');
    expect(group).toContain(escapeHtml(owner?.question.nl ?? ''));
    expect(owner?.citations.length).toBeGreaterThan(0);
    for (const citation of owner?.citations ?? []) expect(group).toContain(`<li>${escapeHtml(formatCitation(citation, 'nl'))}</li>`);
    // The five advice criteria come before the language criteria.
    expect(html.indexOf('<code>missing-owner</code>')).toBeLessThan(html.indexOf('<code>vague-term</code>'));
  });

  it('ranks the most frequent findings across the run', () => {
    const results: ReportFileResult[] = [
      { filePath: 'a.md', advice: [], messages: [message(1, 'hype', 'hype', 'x'), message(2, 'missing-owner', 'owner', 'y')] },
      { filePath: 'b.md', advice: [], messages: [message(1, 'hype', 'hype', 'x'), message(4, 'hype', 'hype', 'x')] },
    ];
    const table = /<table class="frequent">[\s\S]*?<\/table>/.exec(renderReport(results, { locale: 'nl' }))?.[0] ?? '';
    const rows = [...table.matchAll(/<tr><th scope="row"><code>([^<]+)<\/code><\/th><td>[^<]*<\/td><td class="num">(\d+)<\/td><\/tr>/g)];
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['hype', '3'],
      ['missing-owner', '1'],
    ]);
    expect(renderReport(twoDocuments.slice(1), { locale: 'nl' })).not.toContain('class="frequent"');
  });

  it('escapes every piece of user text, in content and in attributes', () => {
    const attack = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const hostile: ReportFileResult[] = [
      {
        filePath: `/tmp/${attack}.md`,
        title: `Titel ${attack}`,
        advice: [advice(1, `Advies ${attack} & meer`, {}, true)],
        messages: [message(1, `rule"><b>${attack}`, 'owner', `Melding ${attack}`)],
      },
    ];
    const html = renderReport(hostile, { locale: 'nl', title: `Rapport ${attack}` });
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('<title>Rapport &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</title>');
    expect(html).toContain('Advies &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; meer');
    expect(html).toContain('<code>rule&quot;&gt;&lt;b&gt;&lt;script&gt;');
  });

  it('renders an empty run without a chart and without dividing by zero', () => {
    const html = renderReport([], { locale: 'nl' });
    expect(html).toContain('<dt>Documenten</dt><dd>0</dd>');
    expect(html).toContain('<dt>Vaag advies</dt><dd>–</dd>');
    expect(html).toContain('Er zijn geen documenten gecontroleerd.');
    expect(html).not.toContain('<svg');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('shows dashes, not 0 %, for documents without any advice', () => {
    const html = renderReport([{ filePath: 'leeg.md', advice: [], messages: [] }], { locale: 'nl' });
    expect(barWidth(html, 'Wie')).toBe(0);
    expect(html).toContain('<title>Wie: –</title>');
    expect(html).toContain('<desc id="chart-desc">Er zijn geen adviezen gevonden, dus er valt niets te meten.</desc>');
    expect(html).toContain('In dit document zijn geen adviezen gevonden.');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('formats numbers the Dutch way and in English on request', () => {
    const many: ReportFileResult = {
      filePath: 'groot.md',
      advice: Array.from({ length: 1234 }, (_, i) => advice(i + 1, `Advies ${i}`, { owner: i % 2 === 0 }, i < 617)),
      messages: [],
    };
    const nl = renderReport([many], { locale: 'nl' });
    expect(nl).toContain('<dt>Adviezen gevonden</dt><dd>1.234</dd>');
    expect(nl).toContain('50% (617 van 1.234)');
    const en = renderReport([many], { locale: 'en' });
    expect(en.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(en).toContain('<h1>Scherp report</h1>');
    expect(en).toContain('<dt>Advice found</dt><dd>1,234</dd>');
    expect(en).toContain('50% (617 of 1,234)');
    expect(en).toContain('<title>Who: 50% (617 of 1,234)</title>');
  });

  it('shows the generation time in Dutch, in Amsterdam time, and leaves it out when not given', () => {
    const html = renderReport(twoDocuments, { locale: 'nl', generatedAt: new Date('2026-03-01T12:05:00Z') });
    expect(html).toContain('<time datetime="2026-03-01T12:05:00.000Z">1 maart 2026 om 13:05</time>');
    const a = renderReport(twoDocuments, { locale: 'nl' });
    expect(a).not.toContain('<time');
    expect(renderReport(twoDocuments, { locale: 'nl' })).toBe(a);
  });

  it('uses a custom title and shows paths relative to baseDir', () => {
    const html = renderReport(twoDocuments, { locale: 'nl', title: 'Kwartaalcheck beleid', baseDir: '/werk' });
    expect(html).toContain('<h1>Kwartaalcheck beleid</h1>');
    expect(html).toContain('<code>beleid/nota-a.md</code>');
    expect(html).toContain('<a href="#doc-2">beleid/nota-b.md</a>');
  });
});
