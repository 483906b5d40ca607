// Drives the Scherp extension in code-server like a policy writer would: type a vague advice, see the hint
// in the editor and the Problems panel, read the hover, apply a quick fix, check the "Adviezen" view.
// Every wait is bounded; screenshots go to artifacts/vscode-*.png.
import { chromium } from 'playwright-core';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const url = required('SCHERP_E2E_URL');
const artifacts = required('SCHERP_E2E_ARTIFACTS');
/** The user's settings.json: run.sh writes the English key `scherp.debounceMs` of 0.1 there, to be migrated. */
const userSettings = required('SCHERP_E2E_SETTINGS');
/** The workspace's .vscode/settings.json (run.sh creates it empty). */
const workspaceSettings = required('SCHERP_E2E_WORKSPACE_SETTINGS');
/** code-server's logs (the extension host writes the Scherp output channel there). */
const userLogs = required('SCHERP_E2E_LOGS');
mkdirSync(artifacts, { recursive: true });

/** Our own Dutch example: no owner, no deadline, nothing measurable, a hollow word. */
const VAGUE_ADVICE = 'Er moet meer aandacht komen voor de inzet van innovatieve oplossingen.';
const SQUIGGLE = '.monaco-editor .view-overlays [class*="squiggly-"]';
const STEP_TIMEOUT = 60_000;

let passed = 0;
let failed = 0;
const browser = await chromium.launch({
  executablePath: process.env.SCHERP_E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.setDefaultTimeout(STEP_TIMEOUT);
const editorText = async () =>
  (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');

try {
  await step('workbench loads with the extension', async () => {
    // Every notification shown, toast or center, recorded from before the workbench's first script: a toast
    // hides itself and the center's list renders only the rows in view, so a notice is looked up here rather
    // than in the DOM later. Toasts are not shown while the center is open; then the row is in the center.
    await page.addInitScript(() => {
      const seen = (window.__scherpNotices = []);
      new MutationObserver(() => {
        for (const item of document.querySelectorAll('.notification-list-item-message')) {
          const where = item.closest('.notifications-toasts') ? 'toast' : 'center';
          if (!seen.some((n) => n.text === item.textContent)) seen.push({ text: item.textContent, where, at: new Date().toISOString() });
        }
        // The document itself: when an init script runs there is no documentElement yet (observing it threw,
        // and nothing was ever recorded).
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'notitie.md' }).waitFor();
  });

  await step('the side bar is widened for readable screenshots', async () => {
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (!sidebar) throw new Error('no side bar');
    const edge = sidebar.x + sidebar.width;
    let box = null;
    for (const sash of await page.locator('.monaco-sash.vertical').all()) {
      const candidate = await sash.boundingBox();
      if (candidate && Math.abs(candidate.x + candidate.width / 2 - edge) < 8) box = candidate;
    }
    if (!box) throw new Error('no sash at the side bar edge');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 180, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
  });

  await step('opening a Markdown file and typing a vague advice shows a squiggle', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'notitie.md' }).click();
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(VAGUE_ADVICE, { delay: 5 });
    await page.locator(SQUIGGLE).first().waitFor();
    await shot('editor');
  });

  await step('the status bar shows the concreteness score', async () => {
    const item = page.locator('.statusbar-item', { hasText: /Scherp \d+\/\d+ advie[sz](en)? concreet/ });
    await item.waitFor();
    const text = await item.innerText();
    if (!/Scherp 0\/1 advies concreet/.test(text)) throw new Error(`unexpected status text: ${text}`);
  });

  await step('the English setting key of 0.1 is moved to its Dutch key once, with a notice', async () => {
    try {
      // The notice comes after both writes of settings.json: seconds after activation under load.
      const notice = await notification('Nederlandse namen');
      if (!notice.includes('scherp.debounceMs → scherp.wachttijd')) throw new Error(`notice: ${notice}`);
      await waitUntil(() => {
        const settings = readSettings();
        return settings['scherp.wachttijd'] === 100 && !('scherp.debounceMs' in settings);
      }, 'settings.json to hold scherp.wachttijd: 100 and no scherp.debounceMs');
      // Told once: the extension logs every notice it shows (the runs after the move find nothing to move).
      const notices = () => scherpLog().split('\n').filter((line) => line.includes('notice shown')).length;
      await waitUntil(() => notices() > 0, 'the Scherp log to record the notice');
      if (notices() !== 1) throw new Error(`${notices()} migration notices in the Scherp log`);
    } catch (error) {
      await migrationDiagnostics();
      throw error;
    }
  });

  await step('an invalid setting is named by its Dutch key', async () => {
    // The workspace's settings file: VS Code watches the workspace for changes made outside it (code-server does
    // not pick up an outside write to the user's settings.json until something else changes the settings).
    // VS Code shows at most three toasts; a fourth waits unrendered until one closes, which in a window without
    // focus may be never. The migration and config-file notices before this step can fill them: clear first.
    await runPalette('Notifications: Clear All Notifications', 'Clear All Notifications');
    await waitUntil(() => page.locator('.notifications-toasts .notification-list-item-message').count().then((n) => n === 0), 'the toasts to close');
    writeFileSync(workspaceSettings, JSON.stringify({ 'scherp.controleren': 'altijd' }, null, 2));
    try {
      await notification('scherp.controleren: expected');
    } finally {
      writeFileSync(workspaceSettings, '{}\n');
    }
    await runPalette('Notifications: Clear All Notifications', 'Clear All Notifications');
  });

  await step('turning scherp.aan off in Settings stops the checks, on starts them again', async () => {
    const status = page.locator('.statusbar-item', { hasText: /Scherp \d+\/\d+/ });
    const toggle = async (enabled) => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Comma'); // the Settings UI (the palette would also offer settings.json)
      // code-server 4.139 opens Settings as a modal dialog over the workbench; older ones as an editor tab.
      const editor = page.locator('.settings-editor').last();
      await waitFor(editor, 'the Settings UI');
      const search = editor.locator('.settings-header .suggest-input-container');
      await waitFor(search, 'the settings search box');
      await search.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('scherp.aan', { delay: 5 });
      // VS Code derives the title from the key: "Aan". In this English VS Code the description is English.
      const item = editor.locator('.setting-item-bool', { hasText: /Aan/ }).first();
      await waitFor(item, 'the scherp.aan setting');
      const title = (await item.locator('.setting-item-label').innerText()).trim();
      if (title !== 'Aan') throw new Error(`setting title "${title}", expected "Aan"`);
      if (!(await item.innerText()).includes('Scherp checks your documents')) throw new Error('no English description');
      const checkbox = item.locator('.setting-value-checkbox');
      await waitFor(checkbox, 'its checkbox');
      const checked = async () => (await checkbox.getAttribute('aria-checked')) === String(enabled);
      if (!(await checked())) {
        await checkbox.click();
        // In the dialog a click can land while the list re-renders; the keyboard toggles the focused box too.
        if (!(await waitUntil(checked, 'the checkbox to toggle', 5_000).then(() => true, () => false))) {
          await checkbox.focus();
          await page.keyboard.press('Space');
          await waitUntil(checked, 'the checkbox to toggle');
        }
      }
      // Wait for the effect before closing: closing the dialog at once can drop the pending write.
      await waitFor(status, `the status bar item to ${enabled ? 'come back' : 'hide'}`, { state: enabled ? 'visible' : 'hidden' });
      await shot(`settings-${enabled ? 'on' : 'off'}`);
      await closeSettings(editor);
    };
    await toggle(false);
    await waitFor(page.locator(SQUIGGLE).first(), 'the squiggles to go', { state: 'detached' });
    await toggle(true);
    await waitFor(page.locator(SQUIGGLE).first(), 'the squiggles to come back');
  });

  await step('the Problems panel lists the Scherp hint in Dutch', async () => {
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'scherp' }).first();
    await row.waitFor();
    const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    if (!rows.some((r) => /\b(de|het|een|geen|wie|wanneer)\b/i.test(r))) throw new Error(`no Dutch message in: ${rows.join(' | ')}`);
    // Restricted Mode: scherp.config.mjs (which turns this rule off) is not loaded yet.
    if (!rows.some((r) => r.includes('nominalization'))) throw new Error('untrusted workspace already applied its JS config');
    await shot('problems');
  });

  await step('trusting the workspace applies its JavaScript config (scherp/trustChanged)', async () => {
    // The "Restricted Mode" status bar item opens the Workspace Trust editor.
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).click();
    await page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first().click();
    await waitUntil(
      async () => !(await page.locator('.markers-panel').innerText()).includes('nominalization'),
      'the nominalization finding to disappear after trust was granted',
    );
    await page.keyboard.press('Control+W'); // close the trust editor, back to notitie.md
    await page.locator('.tab.active', { hasText: 'notitie.md' }).waitFor();
    // The server's "config not loaded in Restricted Mode" notice is out of date now.
    await runPalette('Notifications: Clear All Notifications', 'Clear All Notifications');
  });

  await step('hovering the squiggle explains it in Dutch in a few lines, with a source and "Meer uitleg"', async () => {
    const hover = await hoverSquiggle(page.locator(SQUIGGLE).first());
    const text = await hover.innerText();
    if (!/Bron: /.test(text) || !/Meer uitleg/.test(text)) throw new Error(`hover lacks its source or link: ${text}`);
    checkHoverText(text);
    await shot('hover');
    await page.keyboard.press('Escape');
  });

  await step('the quick fix for a missing piece inserts its placeholder, which stays "nog invullen"', async () => {
    // The advice's one finding sits on "moet": its menu has one fix per missing piece and one "Uitzetten of uitleg…" row.
    const line = page.locator('.monaco-editor .view-line', { hasText: 'Er moet meer aandacht' }).first();
    const word = await wordBox(line, 'moet');
    await page.mouse.click(word.x + word.width / 2, word.y + word.height / 2);
    await page.keyboard.press('Control+.');
    const actions = page.locator('.action-widget .monaco-list-row.action');
    await waitFor(actions.first(), 'the quick fix menu');
    const titles = (await actions.allInnerTexts()).map((t) => t.trim());
    const more = titles.filter((t) => t.startsWith('Uitzetten of uitleg'));
    if (more.length !== 1) throw new Error(`expected one "Uitzetten of uitleg…" row: ${titles.join(' | ')}`);
    if (titles.some((t) => /Schakel|documentatie|Disable/.test(t))) throw new Error(`turn-off/docs rows outside the menu: ${titles.join(' | ')}`);
    await shot('quickfix');
    await actions.filter({ hasText: '[wanneer?]' }).first().locator('.title').click();
    const fixed = VAGUE_ADVICE.replace(/\.$/, ' [wanneer?].');
    await waitUntil(async () => (await editorText()).includes(fixed), `the text to read "${fixed}"`);
    // The placeholder is an open task, not a deadline: the finding now says so.
    await page.keyboard.press('Control+Shift+M');
    await waitUntil(
      async () => /Nog invullen: wanneer/.test(await page.locator('.markers-panel').innerText()),
      'the Problems panel to report "Nog invullen: wanneer"',
    );
  });

  await step('the Adviezen view lists the advice with ✓/✗ per criterion', async () => {
    // Clicking the status bar item opens the Scherp side bar with the view.
    await page.locator('.statusbar-item', { hasText: /Scherp \d+\/\d+/ }).click();
    const advice = page.locator('.monaco-list-row', { hasText: /aandacht/ }).filter({ hasText: '✗ wie' }).first();
    await advice.waitFor();
    const text = await advice.innerText();
    for (const label of ['wie', 'wanneer', 'meetbaar', 'probleem', 'financiering']) {
      if (!text.includes(label)) throw new Error(`criterion ${label} missing in: ${text}`);
    }
    // Expanding the advice shows one row per criterion.
    await advice.locator('.monaco-tl-twistie').click();
    // "[wanneer?]" from the quick fix above is an open task: … (nog invullen), never ✓.
    for (const label of ['✗ wie', '… wanneer', '✗ financiering']) {
      await page.locator('.monaco-list-row', { hasText: label }).filter({ hasNotText: /aandacht/ }).first().waitFor();
    }
    await shot('advice-view');
  });

  await step('overview: hint, explanation and advice list together (README screenshot)', async () => {
    // The last squiggle (a single finding on one word) gives a hover short enough to show its citations.
    await hoverSquiggle(page.locator(SQUIGGLE).last());
    await shot('overview');
    await page.keyboard.press('Escape');
  });

  await step('the command palette offers the Scherp commands (English, as VS Code runs in English)', async () => {
    await page.keyboard.press('F1');
    await page.keyboard.type('Scherp:', { delay: 5 });
    const list = page.locator('.quick-input-list');
    for (const title of ['Check workspace', 'Show report', 'Open rule documentation']) {
      await list.locator('.monaco-list-row', { hasText: title }).first().waitFor();
    }
    await shot('commands');
    await page.keyboard.press('Escape');
  });
  await step('"Check workspace" puts findings of files that are not open into Problems', async () => {
    await runCommand('Check workspace');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'tweede.md' }).first().waitFor();
    await shot('workspace-check');
  });

  await step('"Show report" shows the HTML report in a webview (its title in Dutch: scherp.taal is nl)', async () => {
    await runCommand('Show report');
    await page.locator('.tab', { hasText: 'Scherp-rapport' }).first().waitFor();
    // The webview's document sits two iframes deep.
    const report = page.frameLocator('iframe.webview').frameLocator('iframe');
    await report.locator('body', { hasText: 'tweede.md' }).waitFor();
    // With the report focused, the status bar keeps showing the last document's score.
    await page.locator('.statusbar-item', { hasText: 'Scherp 0/1 advies concreet' }).waitFor();
    await shot('report');
    await page.keyboard.press('Control+W');
    // Wait until the webview is really gone: a palette opened while it closes can lose its focus.
    await page.locator('.tab', { hasText: 'Scherp-rapport' }).first().waitFor({ state: 'detached' });
  });

  await step('"Open rule documentation" lists the rules', async () => {
    const firstRule = page.locator('.quick-input-list .monaco-list-row', { hasText: 'absolute-claim' }).first();
    await runCommand('Open rule documentation');
    // Once in CI the palette's click landed while the list was re-rendering and no command ran: one retry.
    if (!(await firstRule.waitFor({ timeout: 15_000 }).then(() => true, () => false))) {
      await runCommand('Open rule documentation');
      await firstRule.waitFor();
    }
    await page.keyboard.type('missing-owner', { delay: 5 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'missing-owner' }).first().waitFor();
    await page.keyboard.press('Escape');
  });

  await step("the demo's vague note: at most 3 findings per vague sentence, every hover at most 800 characters", async () => {
    await runPalette('Go to File', 'Go to File'); // quick open
    await page.keyboard.type('vaag-advies.md', { delay: 5 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'vaag-advies.md' }).first().click();
    await page.locator('.tab.active', { hasText: 'vaag-advies.md' }).waitFor();
    await page.keyboard.press('Control+Shift+M');
    // The Problems list renders only the rows in view: maximise the panel so the file's rows all are.
    await runPalette('View: Toggle Maximized Panel', 'Toggle Maximized Panel');
    const rows = page.locator('.markers-panel .monaco-list-row');
    // The file's marker rows, once its 12 writer findings are in (the other open file has its own group).
    const perLine = async () => {
      const texts = await rows.allInnerTexts();
      const start = texts.findIndex((t) => t.includes('vaag-advies.md'));
      const counts = new Map();
      for (const t of texts.slice(start + 1)) {
        if (/\.md\b/.test(t) && !/\[Ln/.test(t)) break; // the next file's group
        const m = /\[Ln (\d+), Col \d+\]/.exec(t);
        if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
      }
      return counts;
    };
    await waitUntil(async () => [...(await perLine()).values()].reduce((a, b) => a + b, 0) >= 10, 'the demo note\'s findings');
    const counts = await perLine();
    for (const [line, n] of counts) if (n > 3) throw new Error(`line ${line} has ${n} findings`);
    for (const line of ['12', '14', '16', '18', '20']) {
      if (!counts.has(line)) throw new Error(`no finding on the vague advice on line ${line}`);
    }
    await shot('demo-problems');
    await runPalette('View: Toggle Maximized Panel', 'Toggle Maximized Panel');
    await page.locator('.tab.active', { hasText: 'vaag-advies.md' }).click();
    await shot('demo-note');
    // Every squiggle's hover (the editor shows the diagnostic's message and Scherp's explanation together).
    const squiggles = await page.locator(SQUIGGLE).all();
    let longest = 0;
    for (const squiggle of squiggles) {
      const hover = await hoverSquiggle(squiggle);
      const text = await hover.innerText();
      checkHoverText(text);
      longest = Math.max(longest, scherpPart(text).length);
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await waitFor(page.locator('.monaco-hover').filter({ visible: true }), 'the hover to close', { state: 'hidden' });
    }
    console.log(`# demo note: ${[...counts.values()].reduce((a, b) => a + b, 0)} findings, at most ${Math.max(...counts.values())} per line, longest hover ${longest} characters over ${squiggles.length} squiggles`);
    await hoverSquiggle(page.locator(SQUIGGLE).first());
    await shot('demo-hover');
  });

  await step('stylish output of the demo note (screenshot)', async () => {
    const stylish = process.env.SCHERP_E2E_STYLISH;
    if (!stylish) throw new Error('SCHERP_E2E_STYLISH not set');
    const text = readFileSync(stylish, 'utf8');
    const rows = text.split('\n').filter((l) => /^\s+\d+:\d+\s/.test(stripAnsi(l)));
    if (rows.length === 0 || rows.length > 15) throw new Error(`unexpected stylish output: ${rows.length} rows`);
    const terminal = await browser.newPage({ viewport: { width: 1500, height: 420 } });
    await terminal.setContent(`<body style="margin:0;background:#1e1e1e"><pre style="margin:0;padding:16px;color:#ddd;font:13px/1.45 monospace">${ansiToHtml(text)}</pre></body>`);
    await terminal.screenshot({ path: path.join(artifacts, 'stylish-demo.png'), fullPage: true });
    await terminal.close();
  });

} finally {
  await browser.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    passed++;
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    await shot(`failure-${passed + failed}`).catch(() => {});
  }
}

/** Runs a command from the palette: types `query`, then clicks the row containing `rowText`. */
async function runPalette(query, rowText) {
  // Close a lingering hover or widget first and move the mouse out of the editor so none reopens.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${query}`);
  // Clicked rather than Enter: right after typing, the focused row can still be a stale one.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first().click();
}

/** Runs a Scherp command by (part of) its title. */
async function runCommand(title) {
  await runPalette(`Scherp: ${title}`, title);
}

/**
 * The text of a notification containing `text`, once one has been shown. Every notification is recorded as it
 * is rendered (see the first step): a notice can come seconds after the action that causes it (the settings
 * migration writes settings.json twice first), and a toast hides itself.
 */
async function notification(text) {
  const seen = () => page.evaluate((t) => window.__scherpNotices.find((n) => n.text.includes(t))?.text, text);
  await waitUntil(seen, `a notification "${text}"`);
  return seen();
}

/**
 * For a failed migration step: the user's settings.json, the Scherp output channel (each migration run: what
 * VS Code reported per level, the moves, the writes, the notice) and the notifications the page recorded, into
 * artifacts/ and, shortened, into the test's output.
 */
async function migrationDiagnostics() {
  const settings = readFileSync(userSettings, 'utf8');
  writeFileSync(path.join(artifacts, 'vscode-migration-settings.json'), settings);
  const log = scherpLog();
  writeFileSync(path.join(artifacts, 'vscode-migration-scherp.log'), log);
  const notices = await page.evaluate(() => window.__scherpNotices ?? null).catch((e) => `(page: ${e})`);
  const migration = log.split('\n').filter((line) => /settings migration|activated/.test(line));
  writeFileSync(path.join(artifacts, 'vscode-migration-notices.json'), JSON.stringify(notices, null, 2));
  console.log(`# settings.json: ${JSON.stringify(settings)}`);
  console.log(`# notices recorded: ${JSON.stringify(notices)}`);
  for (const line of migration) console.log(`# ${line}`);
}

/** The Scherp output channel, as the extension host writes it under the user data dir's logs. */
function scherpLog() {
  for (const entry of readdirSync(userLogs, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    if (entry.isFile() && full.includes('scherp.scherp-vscode') && entry.name.endsWith('.log')) return readFileSync(full, 'utf8');
  }
  return '(no Scherp log under the user data dir)';
}

/** Closes the Settings UI, whether it is a modal dialog (code-server 4.139) or an editor tab. */
async function closeSettings(editor) {
  await page.keyboard.press('Escape');
  if (await editor.isVisible()) {
    // Focus in the search box keeps the first Escape for the box; a dialog has a close button too.
    const close = page.locator('.monaco-dialog-box .dialog-close, [class*="modal"] .codicon-close').filter({ visible: true });
    if ((await close.count()) > 0) await close.first().click();
    else await page.keyboard.press('Escape');
  }
  if (await editor.isVisible()) await page.keyboard.press('Control+W');
  await waitFor(editor, 'the Settings UI to close', { state: 'hidden' });
}

/** Moves the mouse onto a squiggle and returns the hover once it is shown and its fade-in has finished. */
async function hoverSquiggle(squiggle) {
  const box = await squiggle.boundingBox();
  if (!box) throw new Error('squiggle has no position');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover', { hasText: 'Meer uitleg' }).filter({ visible: true }).first();
  await waitFor(hover, 'the hover');
  await waitUntil(
    () => hover.evaluate((el) => el.getAnimations({ subtree: true }).every((a) => a.playState !== 'running')),
    'the hover to finish fading in',
  );
  return hover;
}

/** Scherp's part of a hover: the diagnostic messages and the explanation, without VS Code's action bar. */
function scherpPart(text) {
  return text.replace(/\n(View Problem|Probleem weergeven|Quick Fix|Snelle oplossing)[^\n]*/g, '').trim();
}

/** At most 800 characters, each message once, no rule ids as headings. */
function checkHoverText(text) {
  const own = scherpPart(text);
  if (own.length > 800) throw new Error(`hover of ${own.length} characters: ${own.slice(0, 200)}…`);
  const sentences = own.split(/(?<=[.?!])\s+/).filter((x) => x.length > 30);
  const twice = sentences.find((x, i) => sentences.indexOf(x) !== i);
  if (twice) throw new Error(`hover repeats "${twice}"`);
  if (/^\S+ · [a-z-]+$/m.test(own)) throw new Error(`rule id as a heading in: ${own.slice(0, 200)}`);
}

/** Bounding box of `word` inside an editor line element. */
async function wordBox(line, word) {
  await waitFor(line, `the line with "${word}"`);
  const box = await line.evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent.indexOf(w);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" not found on its line`);
  return box;
}

function stripAnsi(text) {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** The few SGR codes picocolors writes (colours, bold, dim, underline) as HTML spans. */
function ansiToHtml(text) {
  const colours = { 31: '#f14c4c', 32: '#23d18b', 33: '#e5e510', 34: '#3b8eea', 90: '#888' };
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  let open = 0;
  const html = escaped.replace(/\u001b\[([0-9;]*)m/g, (_, codes) => {
    const parts = codes.split(';').map(Number);
    if (parts.every((c) => [0, 22, 23, 24, 39].includes(c))) {
      const close = '</span>'.repeat(open);
      open = 0;
      return close;
    }
    const style = parts
      .map((c) => (c === 1 ? 'font-weight:bold' : c === 2 ? 'opacity:.6' : c === 4 ? 'text-decoration:underline' : colours[c] ? `color:${colours[c]}` : ''))
      .filter(Boolean)
      .join(';');
    open++;
    return `<span style="${style}">`;
  });
  return html + '</span>'.repeat(open);
}

async function shot(name) {
  await page.screenshot({ path: path.join(artifacts, `vscode-${name}.png`) });
}

async function waitFor(locator, what, options = {}) {
  try {
    await locator.waitFor(options);
  } catch {
    throw new Error(`timed out waiting for ${what}`);
  }
}

/** Polls a state (never a fixed sleep as the condition): up to `timeout`, every 100 ms. */
async function waitUntil(predicate, what, timeout = STEP_TIMEOUT) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** settings.json as VS Code writes it (JSON with comments allowed; VS Code itself writes plain JSON). */
function readSettings() {
  return JSON.parse(readFileSync(userSettings, 'utf8').replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'));
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`test.mjs: set ${name} (run it through e2e/vscode/run.sh)`);
    process.exit(2);
  }
  return value;
}
