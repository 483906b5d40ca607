// The web page in a real browser: Debian's Chromium driven by playwright-core, against the built site (dist/)
// served on 127.0.0.1 by Vite's preview server on a free port. Waits for states, never for time.
// Screenshots go to artifacts/web-*.png at the repository root.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { criteria, formatCitation } from '@scherp/corpus';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../../packages/parser/test/make-docx.js';

const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const here = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.resolve(here, '..');
const artifacts = path.resolve(webRoot, '../../artifacts');
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const ready = existsSync(CHROMIUM) && existsSync(path.join(webRoot, 'dist/index.html'));
if (!ready && !inCI) console.warn('web page test skipped: needs /usr/bin/chromium and a built site (npm run build)');

// Our own sentences: one vague piece of advice, one that answers every question.
const VAGUE = 'Er moet meer aandacht komen voor de veiligheid van de website.';
const CONCRETE = 'De wethouder opent in maart 2027 een extra loket om de wachttijd van drie weken te halveren, betaald uit het budget van de afdeling.';

let server: PreviewServer;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let tmp: string;
const requests: string[] = [];

// Typing whole sentences key by key on a loaded 2-core CI machine can take a while: each test gets 90 s.
describe.runIf(ready || inCI)('the web page', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true });
    tmp = await mkdtemp(path.join(os.tmpdir(), 'scherp-web-'));
    server = await preview({ root: webRoot, logLevel: 'error', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
    origin = new URL(server.resolvedUrls?.local[0] ?? '').origin;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    // Every request of the page and its worker, whatever the URL; anything not on our origin is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith(`${origin}/`) ? route.continue() : route.abort();
    });
    context.on('request', (request) => requests.push(request.url()));
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('worker', (worker) => worker.on('console', (m) => m.type() === 'error' && errors.push(m.text())));
    await page.goto(`${origin}/`);
    await page.locator('#status[data-state="idle"]').waitFor();
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('says in Dutch that nothing leaves the computer', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('#privacy').textContent()).toContain('verlaten deze computer niet');
  });

  it('underlines a vague sentence as it is typed and marks it ✗ in the scorecard; typing a concrete one clears both', async () => {
    await replaceText(VAGUE);
    const vagueAdvice = page.locator('.advice', { hasText: 'veiligheid van de website' });
    await vagueAdvice.locator('.mark.missing[data-criterion="owner"]').waitFor();
    await page.locator('.cm-lintRange-warning', { hasText: 'moet' }).first().waitFor();
    expect(await vagueAdvice.locator('.mark.missing').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#score').textContent()).toBe('0 van 1 adviezen concreet');
    await page.screenshot({ path: path.join(artifacts, 'web-vague.png') });

    // Hover: the explanation with its grounds in the corpus, and the placeholders offered, not applied.
    await page.locator('.cm-lintRange-warning', { hasText: 'moet' }).first().hover();
    const tooltip = page.locator('.cm-tooltip-lint');
    await tooltip.locator('.explanation a').first().waitFor();
    expect(citedIn(await tooltip.textContent())).toBe(true);
    expect(await tooltip.locator('.cm-diagnosticAction', { hasText: 'plaatshouder' }).count()).toBeGreaterThan(0);
    expect(await editorText()).toBe(VAGUE);
    await page.screenshot({ path: path.join(artifacts, 'web-hover.png') });
    await page.mouse.move(5, 5);

    // Click: the panel beside the editor explains the findings at the cursor; a fix applies only when chosen.
    await page.locator('.cm-lintRange-warning', { hasText: 'moet' }).first().click();
    const fix = page.locator('#explanation-body button.fix', { hasText: '[wie?]' });
    await fix.waitFor();
    expect(await editorText()).toBe(VAGUE);
    await fix.click();
    await page.waitForFunction(() => document.querySelector('.cm-content')?.textContent?.includes('[wie?]'));
    // A placeholder is an open task, not an answer: the scorecard says "nog invullen" (…), not ✓.
    await vagueAdvice.locator('.mark.open[data-criterion="owner"]').waitFor();
    expect(await vagueAdvice.locator('.mark.open[data-criterion="owner"]').getAttribute('aria-label')).toBe('wie: nog invullen');

    await replaceText(CONCRETE);
    // While typing, shorter versions of the sentence were linted too: wait for the state of the whole one.
    await page.waitForFunction(
      (sentence) =>
        document.querySelector('#status')?.getAttribute('data-state') === 'idle' &&
        document.querySelector('.advice .advice-text')?.textContent === sentence &&
        document.querySelectorAll('.mark.met').length === 5,
      CONCRETE,
    );
    expect(await page.locator('.cm-lintRange').count()).toBe(0);
    expect(await page.locator('.mark.missing').count()).toBe(0);
    expect(await page.locator('#score').textContent()).toBe('1 van 1 adviezen concreet');
    await page.screenshot({ path: path.join(artifacts, 'web-concrete.png') });
  });

  it('jumps from the scorecard to the sentence', async () => {
    await replaceText(`${CONCRETE}\n\n${VAGUE}`);
    const second = page.locator('.advice', { hasText: 'veiligheid van de website' }).locator('button.advice-jump');
    await second.waitFor();
    await second.click();
    const selected = await page.evaluate(() => window.getSelection()?.toString());
    expect(selected).toBe(VAGUE);
  });

  it('opens a Word file it builds itself and shows its findings, naming the Word paragraph', async () => {
    const file = path.join(tmp, 'nota.docx');
    await writeFile(
      file,
      makeDocx([
        { text: 'Nota over het loket', heading: 1 },
        { empty: true },
        CONCRETE,
        { text: 'Er moet meer aandacht komen voor de digitale toegankelijkheid.', list: 'bullet' },
      ]),
    );
    await page.locator('#open').setInputFiles(file);
    await page.locator('#announcer', { hasText: 'nota.docx geopend' }).waitFor();
    await page.locator('.cm-content', { hasText: '# Nota over het loket' }).waitFor();
    const advice = page.locator('.advice', { hasText: 'digitale toegankelijkheid' });
    await advice.locator('.mark.missing[data-criterion="owner"]').waitFor();
    await page.locator('.cm-lintRange', { hasText: 'moet' }).first().click();
    await page.locator('#explanation-body', { hasText: 'Word-alinea 4' }).first().waitFor();
    await page.screenshot({ path: path.join(artifacts, 'web-docx.png') });
  });

  it('exports the HTML report and the JSON findings as downloads', async () => {
    const [html] = await Promise.all([page.waitForEvent('download'), page.locator('#export-html').click()]);
    expect(html.suggestedFilename()).toBe('nota-scherp.html');
    const htmlPath = path.join(artifacts, 'web-report.html');
    await html.saveAs(htmlPath);
    const report = await readFile(htmlPath, 'utf8');
    expect(report).toMatch(/^<!doctype html>/);
    expect(report).toContain('digitale toegankelijkheid');
    expect(report).toContain('Word-alinea 4');

    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    const jsonPath = path.join(tmp, json.suggestedFilename());
    await json.saveAs(jsonPath);
    const [result] = JSON.parse(await readFile(jsonPath, 'utf8')) as Array<{ messages: Array<{ ruleId: string; line: number }>; advice: unknown[] }>;
    expect(result?.messages.some((m) => m.ruleId === 'missing-owner' && m.line === 5)).toBe(true);
    expect(result?.advice).toHaveLength(2);

    // The exported report itself, shown in the browser.
    const shown = await context.newPage();
    await shown.setContent(report);
    await shown.screenshot({ path: path.join(artifacts, 'web-report.png'), fullPage: false });
    await shown.close();
  });

  it('switches to English and keeps settings in local storage across a reload', async () => {
    await page.locator('#locale').selectOption('en');
    await page.locator('#status', { hasText: 'findings' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('details.settings summary').click();
    await page.locator('#rule-missing-owner').selectOption('off');
    await page.reload();
    await page.locator('#status[data-state="idle"]').waitFor();
    expect(await page.locator('#locale').inputValue()).toBe('en');
    expect(await page.locator('#rule-missing-owner').inputValue()).toBe('off');
    await replaceText(VAGUE);
    await page.locator('.advice .mark.missing[data-criterion="deadline"]').waitFor();
    await page.locator('.cm-lintRange', { hasText: 'moet' }).first().click();
    const panel = page.locator('#explanation-body');
    await panel.locator('article').first().waitFor();
    expect(await panel.locator('article[data-rule="missing-owner"]').count()).toBe(0);
    expect(citedIn(await panel.textContent(), 'en')).toBe(true);
    await page.screenshot({ path: path.join(artifacts, 'web-english.png') });
    await page.evaluate(() => localStorage.clear());
  });

  it('can be used with the keyboard alone', async () => {
    await page.reload();
    await page.locator('#status[data-state="idle"]').waitFor();
    await replaceText(VAGUE);
    await page.locator('.advice .mark.missing').first().waitFor();
    await page.locator('a.skip').focus();
    const reached: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.id || el?.classList[0] || el?.tagName || "";
      }));
    }
    expect(reached, reached.join(", ")).toEqual(expect.arrayContaining(['open', 'export-html', 'export-json', 'locale', 'cm-content', 'advice-jump']));
    // From the scorecard, Enter jumps into the text; F8 moves to the next finding; Ctrl+Shift+M lists them.
    await page.locator('button.advice-jump').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('cm-content');
    await page.keyboard.press('F8');
    await page.locator('#explanation-body article').first().waitFor({ timeout: 5000 });
    await page.keyboard.press('Control+Shift+KeyM');
    await page.locator('.cm-panel-lint li').first().waitFor({ timeout: 5000 });
    expect(await page.locator('.cm-panel-lint ul[aria-label]').getAttribute('aria-label')).toBe('Bevindingen');
  });

  it('opens a file dropped on the editor instead of pasting its bytes', async () => {
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([`# Gesleept\n\n${text}\n`], 'gesleept.md', { type: 'text/markdown' }));
      document.querySelector('.cm-editor')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, VAGUE);
    await page.locator('#announcer', { hasText: 'gesleept.md geopend' }).waitFor();
    await page.locator('.cm-content', { hasText: '# Gesleept' }).waitFor();
    expect(await editorText()).toBe(`# Gesleept\n\n${VAGUE}\n`);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(requests.length).toBeGreaterThan(3);
    const outside = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`) && !url.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(new URL(origin).hostname).toBe('127.0.0.1');
  });
});

/** Replaces the editor's text by typing it, as a writer would. */
async function replaceText(text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await page.waitForFunction((expected) => document.querySelector('.cm-content')?.textContent === expected.replace(/\n/g, ''), text);
  await settled();
}

/** Waits until underlines and scorecard are those of the editor's current text (not of a half-typed one). */
async function settled(): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('#status')?.getAttribute('data-state') === 'idle' &&
      document.querySelector<HTMLElement>('#scorecard-body')?.dataset.version === document.querySelector<HTMLElement>('#editor')?.dataset.version,
  );
}

/** Whether a text cites the corpus: holds one of the criteria's citations as the hover formats them. */
function citedIn(text: string | null, locale: 'nl' | 'en' = 'nl'): boolean {
  const flat = (text ?? '').replace(/\s+/g, ' ');
  return criteria.some((c) => c.citations.some((citation) => flat.includes(formatCitation(citation, locale))));
}

async function editorText(): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));
}
