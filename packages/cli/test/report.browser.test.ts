// The HTML report in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
// Renders a report of real lint results, checks that it displays without errors or network requests, and
// keeps a screenshot in artifacts/report.png for humans to look at.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lint } from '@scherp/linter';
import { parse } from '@scherp/parser';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport, type ReportFileResult } from '../src/report/index.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const haveChromium = existsSync(CHROMIUM);

// Locally a missing browser is a setup gap, not a failure; in CI it must fail so a green run means "tested".
if (!haveChromium && !inCI) {
  console.warn(`report.browser.test: SKIPPED, ${CHROMIUM} not found (install with: apt-get install -y chromium)`);
}

// Our own example text: two weak pieces of advice and a concrete one.
const NOTE = `# Notitie digitale weerbaarheid

## Adviezen

De gemeente moet meer aandacht besteden aan digitale weerbaarheid.

Wij adviseren om de mogelijkheden van slimme camera's nader te onderzoeken.

De wethouder van Financiën moet vóór 1 juli 2027 zorgen dat alle 40 scholen een werkende back-up hebben, omdat uitval van systemen lessen stillegt. Het college trekt hiervoor 200.000 euro uit.
`;

const SHORT = `# Korte brief

Er moet snel iets gebeuren met de "vragen" & klachten.
`;

function resultOf(filePath: string, source: string): ReportFileResult {
  const parsed = parse(source, { filePath });
  const result = lint(parsed);
  return { filePath, title: parsed.document.title, messages: result.messages, advice: result.advice };
}

describe.skipIf(!haveChromium && !inCI)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'scherp-report-'));
    if (haveChromium) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has Chromium to test with', () => {
    expect(haveChromium, `${CHROMIUM} is required in CI (apt-get install -y chromium)`).toBe(true);
  });

  it('renders the report with a visible chart, no console errors and no network requests', async () => {
    const results = [resultOf('beleid/notitie.md', NOTE), resultOf('beleid/brief <script>x</script>.md', SHORT)];
    expect(results[0]?.advice.length, 'the example note must contain advice').toBeGreaterThan(0);
    const html = renderReport(results, { locale: 'nl', generatedAt: new Date('2026-11-22T09:00:00Z') });
    const file = path.join(dir, 'report.html');
    await writeFile(file, html);

    expect(browser, 'Chromium did not start').toBeDefined();
    const page = await browser.newPage({ viewport: { width: 1200, height: 1300 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));

    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });

    expect(await page.title()).toBe('Scherp-rapport');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect(page.locator('h1').textContent()).resolves.toBe('Scherp-rapport');

    const chart = page.locator('svg.chart');
    expect(await chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(box?.height ?? 0).toBeGreaterThan(100);
    const labels = await chart.locator('text.bar-label').allTextContents();
    expect(labels).toEqual(['Wie', 'Wanneer', 'Meetbaar', 'Probleem', 'Financiering', 'Vaag advies']);
    // Every bar has a visible track, and its fill (the share) never exceeds it.
    const bars = await chart.locator('g.bar').evaluateAll((groups) =>
      groups.map((g) => ({
        track: g.querySelector('rect.track')?.getBoundingClientRect().width ?? 0,
        fill: g.querySelector('rect.fill')?.getBoundingClientRect().width ?? 0,
      })),
    );
    expect(bars).toHaveLength(6);
    for (const bar of bars) {
      expect(bar.track).toBeGreaterThan(100);
      expect(bar.fill).toBeLessThanOrEqual(bar.track + 0.5);
    }
    expect(bars.some((bar) => bar.fill > 0)).toBe(true);

    // Text from documents shows literally, never as markup.
    expect(await page.locator('script').count()).toBe(0);
    await expect(page.getByText('beleid/brief <script>x</script>.md', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('"vragen" & klachten', { exact: false }).first().isVisible()).resolves.toBe(true);

    // Tables are labelled for assistive technology.
    const tables = await page.locator('table').count();
    expect(tables).toBeGreaterThan(0);
    expect(await page.locator('table:not(:has(th))').count()).toBe(0);

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);

    // The first screen (summary and chart) as the artifact to look at, and the whole page beside it.
    const artifacts = path.join(repoRoot, 'artifacts');
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'report.png') });
    await page.screenshot({ path: path.join(artifacts, 'report-full.png'), fullPage: true });
    expect(existsSync(path.join(artifacts, 'report.png'))).toBe(true);
    await page.close();
  }, 60_000);
});
