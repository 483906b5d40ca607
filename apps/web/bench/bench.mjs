// Browser benchmark of the web page (not a test: it prints figures). In Debian's Chromium against the built
// site on 127.0.0.1, for a 100 KB document of distinct real Dutch public-sector Markdown read at run time from
// ../shared/bench/real-nl (never copied into the repository), each round a different slice:
//  - open: from choosing the file to its first underlines on screen (target ≤ 1 s);
//  - keystroke: from the key press to the frame after its underlines were updated (target p95 ≤ 50 ms);
//  - the same lint in Node (the pure lint, and the editor session after one-character edits), for the ratio
//    browser / Node;
//  - size of the built site, gzipped (target ≤ 3 MB).
// Usage: npm run bench:web [-- --rounds 3 --keys 40 --kb 100]
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { lint } from '@scherp/linter';
import { createLintSession } from '@scherp/linter/session';
import { parse } from '@scherp/parser';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.resolve(here, '..');
const repoRoot = path.resolve(webRoot, '../..');
const corpusDir = path.resolve(repoRoot, '../shared/bench/real-nl');
const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])),
);
const ROUNDS = Number(args.rounds ?? 3);
const KEYS = Number(args.keys ?? 40);
const TARGET_BYTES = Number(args.kb ?? 100) * 1024;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

if (!existsSync(path.join(webRoot, 'dist/index.html'))) throw new Error('build the site first: npm run build');
if (!existsSync(corpusDir)) throw new Error(`benchmark text not found at ${corpusDir}`);

const files = readdirSync(corpusDir).filter((f) => f.endsWith('.md')).sort();
/** Round r: whole documents from a different starting point, until the text reaches the target size. */
function documentFor(round) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES && i < files.length; i++) {
    const text = readFileSync(path.join(corpusDir, files[(round * 37 + i) % files.length]), 'utf8');
    parts.push(text.trimEnd());
    size += Buffer.byteLength(text);
  }
  let doc = parts.join('\n\n');
  // Cut at a paragraph boundary just past the target.
  const cut = doc.indexOf('\n\n', TARGET_BYTES);
  if (cut > 0) doc = doc.slice(0, cut);
  return `${doc}\n`;
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};
const median = (values) => quantile(values, 0.5);
const ms = (v) => `${v.toFixed(1)} ms`;

function siteSize() {
  let raw = 0;
  let gzip = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (!name.endsWith('.map')) {
        const bytes = readFileSync(file);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
    }
  };
  walk(path.join(webRoot, 'dist'));
  return { raw, gzip };
}

const load = () => execSync('uptime').toString().trim();
/** Underlines and scorecard are those of the editor's current text, and its timing has been recorded. */
const settled = (page) =>
  page.waitForFunction(
    () =>
      document.querySelector('#status')?.getAttribute('data-state') === 'idle' &&
      document.querySelector('#scorecard-body')?.dataset.version === document.querySelector('#editor')?.dataset.version,
    undefined,
    { timeout: 60_000 },
  );
console.log(`load before: ${load()}`);
const tmp = await mkdtemp(path.join(os.tmpdir(), 'scherp-web-bench-'));
const server = await preview({ root: webRoot, logLevel: 'error', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
const origin = new URL(server.resolvedUrls.local[0]).origin;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rounds = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const text = documentFor(round);
    const file = path.join(tmp, `bench-${round}.md`);
    await writeFile(file, text);

    // Node, same text: the pure pipeline once (cold), and a re-lint after a one-character edit (warm caches).
    const t0 = performance.now();
    const nodeResult = lint(parse(text, { filePath: 'bench.md' }));
    const nodeCold = performance.now() - t0;
    // Node, the same editor session the worker uses: one-character edits after the first lint (median of 5).
    const session = createLintSession();
    session.lint(text, {}, { filePath: 'bench.md' });
    const warm = [];
    for (let i = 1; i <= 5; i++) {
      const at = text.indexOf('\n', Math.floor((text.length * i) / 6));
      const t1 = performance.now();
      session.lint(`${text.slice(0, at)}${'e'.repeat(i)}${text.slice(at)}`, {}, { filePath: 'bench.md' });
      warm.push(performance.now() - t1);
    }
    const nodeWarm = median(warm);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
    await settled(page);
    const before = await page.evaluate(() => window.scherpTimings.length);
    await page.locator('#open').setInputFiles(file);
    await page.waitForFunction((n) => window.scherpTimings.length > n, before, { timeout: 60_000 });
    await settled(page);
    const opened = await page.evaluate((n) => window.scherpTimings[n], before);

    // Keystrokes spread over the document: click a line, type one letter, wait for its underlines.
    const lineCount = await page.evaluate(() => document.querySelectorAll('.cm-line').length);
    const keystrokes = [];
    const workerTimes = [];
    const mainTimes = [];
    const inputTimes = [];
    const tripTimes = [];
    const frameTimes = [];
    for (let k = 0; k < KEYS; k++) {
      // Move the cursor through the document by keyboard (Ctrl+End / arrows are view-independent).
      await page.evaluate((fraction) => {
        const view = window.scherpEditorView;
        if (view) {
          const pos = Math.floor(view.state.doc.length * fraction);
          const line = view.state.doc.lineAt(pos);
          view.dispatch({ selection: { anchor: line.to }, scrollIntoView: true });
          view.focus();
        }
      }, (k + 0.5) / KEYS);
      const n = await page.evaluate(() => window.scherpTimings.length);
      await page.keyboard.type(k % 2 === 0 ? 'e' : ' ');
      await page.waitForFunction((count) => window.scherpTimings.length > count, n, { timeout: 30_000 });
      await settled(page);
      const timing = await page.evaluate((count) => window.scherpTimings[count], n);
      keystrokes.push(timing.shownAt - timing.changedAt);
      workerTimes.push(timing.workerMs);
      mainTimes.push(timing.mainMs);
      inputTimes.push(timing.sentAt - timing.changedAt);
      tripTimes.push(timing.receivedAt - timing.sentAt);
      frameTimes.push(timing.shownAt - timing.receivedAt);
    }
    await page.close();
    rounds.push({
      bytes: Buffer.byteLength(text),
      lines: lineCount,
      findings: nodeResult.messages.length,
      open: opened.shownAt - opened.changedAt,
      openWorker: opened.workerMs,
      keyP50: median(keystrokes),
      keyP95: quantile(keystrokes, 0.95),
      keyMax: Math.max(...keystrokes),
      workerP50: median(workerTimes),
      workerP95: quantile(workerTimes, 0.95),
      mainP50: median(mainTimes),
      inputP50: median(inputTimes),
      tripP50: median(tripTimes),
      frameP50: median(frameTimes),
      nodeCold,
      nodeWarm,
    });
    const r = rounds.at(-1);
    console.log(
      `round ${round + 1}: ${(r.bytes / 1024).toFixed(0)} KB, ${r.findings} findings | open→first underlines ${ms(r.open)} (worker lint ${ms(r.openWorker)}; Node cold ${ms(r.nodeCold)}) | keystroke p50 ${ms(r.keyP50)} p95 ${ms(r.keyP95)} max ${ms(r.keyMax)} (worker p50 ${ms(r.workerP50)} p95 ${ms(r.workerP95)}, page thread p50 ${ms(r.mainP50)}; key→sent p50 ${ms(r.inputP50)}, round trip p50 ${ms(r.tripP50)}, answer→frame p50 ${ms(r.frameP50)}; Node session re-lint p50 ${ms(r.nodeWarm)})`,
    );
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
  await rm(tmp, { recursive: true, force: true });
}

const m = (key) => median(rounds.map((r) => r[key]));
const size = siteSize();
console.log('\nmedians over rounds:');
console.log(`  open → first underlines:      ${ms(m('open'))}   (target ≤ 1000 ms; browser/Node cold lint ${(m('openWorker') / m('nodeCold')).toFixed(2)}x)`);
console.log(`  keystroke → underlines p95:   ${ms(m('keyP95'))}   (target ≤ 50 ms; p50 ${ms(m('keyP50'))}; worker p50 / Node session ${(m('workerP50') / m('nodeWarm')).toFixed(2)}x)`);
console.log(`  built site: ${(size.raw / 1024).toFixed(0)} KB, gzipped ${(size.gzip / 1024).toFixed(0)} KB (target ≤ 3072 KB)`);
console.log(`load after: ${load()}`);
