// Drives the Scherp extension in code-server like a policy writer would: type a vague advice, see the hint
// in the editor and the Problems panel, read the hover, apply a quick fix, check the "Adviezen" view.
// Every wait is bounded; screenshots go to artifacts/vscode-*.png.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const url = required('SCHERP_E2E_URL');
const artifacts = required('SCHERP_E2E_ARTIFACTS');
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

  await step('turning scherp.enable off in Settings stops the checks, on starts them again', async () => {
    const status = page.locator('.statusbar-item', { hasText: /Scherp \d+\/\d+/ });
    const toggle = async (enabled) => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Comma'); // the Settings UI (the palette would also offer settings.json)
      const editor = page.locator('.settings-editor');
      await waitFor(editor, 'the Settings UI');
      await editor.locator('.settings-header .suggest-input-container').click();
      await page.keyboard.type('scherp.enable', { delay: 5 });
      const item = editor.locator('.setting-item-bool', { hasText: 'Scherp: Enable' }).first();
      await waitFor(item, 'the scherp.enable setting');
      const checkbox = item.locator('.setting-value-checkbox');
      await checkbox.click();
      await waitUntil(async () => (await checkbox.getAttribute('aria-checked')) === String(enabled), 'the checkbox to toggle');
      // Wait for the effect before closing: closing the dialog at once can drop the pending write.
      await waitFor(status, `the status bar item to ${enabled ? 'come back' : 'hide'}`, { state: enabled ? 'visible' : 'hidden' });
      await shot(`settings-${enabled ? 'on' : 'off'}`);
      await page.keyboard.press('Escape');
      await waitFor(editor, 'the Settings UI to close', { state: 'hidden' });
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

  await step('hovering the squiggle explains it in Dutch with a corpus citation', async () => {
    const box = await page.locator(SQUIGGLE).first().boundingBox();
    if (!box) throw new Error('squiggle has no position');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: 'Onderbouwing in het corpus' }).first();
    await hover.waitFor();
    const text = await hover.innerText();
    if (!/Waarom dit ertoe doet/.test(text)) throw new Error(`hover lacks the explanation: ${text}`);
    await page.waitForTimeout(600); // let the hover finish fading in
    await shot('hover');
    await page.keyboard.press('Escape');
  });

  await step('a quick fix changes the text', async () => {
    const before = await editorText();
    // Put the cursor on a finding that has a fix: try each squiggle until the lightbulb menu offers one.
    const squiggles = await page.locator(SQUIGGLE).all();
    let applied = false;
    for (const squiggle of squiggles) {
      const box = await squiggle.boundingBox();
      if (!box) continue;
      await page.mouse.click(box.x + Math.min(4, box.width / 2), box.y + box.height / 2);
      await page.keyboard.press('Control+.');
      // The menu holds a hidden nested .action-widget (submenu panel), so wait for its rows instead.
      const actions = page.locator('.action-widget .monaco-list-row.action');
      try {
        await actions.first().waitFor({ timeout: 5_000 });
      } catch {
        await page.keyboard.press('Escape');
        continue;
      }
      // A real fix, not "disable this rule" or "fix all".
      const fix = actions.filter({ hasNotText: /Schakel|uit voor|alle |documentatie|Fix all|Disable/ });
      if ((await fix.count()) === 0) {
        await page.keyboard.press('Escape');
        continue;
      }
      await shot('quickfix');
      await fix.first().locator('.title').click();
      applied = true;
      break;
    }
    if (!applied) throw new Error('no quick fix offered on any squiggle');
    await waitUntil(async () => (await editorText()) !== before, 'the quick fix to edit the document');
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
    for (const label of ['✗ wie', '✗ wanneer', '✗ financiering']) {
      await page.locator('.monaco-list-row', { hasText: label }).filter({ hasNotText: /aandacht/ }).first().waitFor();
    }
    await shot('advice-view');
  });

  await step('overview: hint, explanation and advice list together (README screenshot)', async () => {
    // The last squiggle (a single finding on one word) gives a hover short enough to show its citations.
    const box = await page.locator(SQUIGGLE).last().boundingBox();
    if (!box) throw new Error('squiggle has no position');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2);
    await page.locator('.monaco-hover', { hasText: 'Onderbouwing in het corpus' }).first().waitFor();
    await page.waitForTimeout(600); // let the hover finish fading in
    await shot('overview');
  });

  await step('the command palette offers the Scherp commands', async () => {
    await page.keyboard.press('F1');
    await page.keyboard.type('Scherp:', { delay: 5 });
    const list = page.locator('.quick-input-list');
    for (const title of ['Controleer werkmap', 'Toon rapport', 'Open regeldocumentatie']) {
      await list.locator('.monaco-list-row', { hasText: title }).first().waitFor();
    }
    await shot('commands');
    await page.keyboard.press('Escape');
  });
  await step('"Controleer werkmap" puts findings of files that are not open into Problems', async () => {
    await runCommand('Controleer werkmap');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'tweede.md' }).first().waitFor();
    await shot('workspace-check');
  });

  await step('"Toon rapport" shows the HTML report in a webview', async () => {
    await runCommand('Toon rapport');
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

  await step('"Open regeldocumentatie" lists the rules', async () => {
    const firstRule = page.locator('.quick-input-list .monaco-list-row', { hasText: 'absolute-claim' }).first();
    await runCommand('Open regeldocumentatie');
    // Once in CI the palette's click landed while the list was re-rendering and no command ran: one retry.
    if (!(await firstRule.waitFor({ timeout: 15_000 }).then(() => true, () => false))) {
      await runCommand('Open regeldocumentatie');
      await firstRule.waitFor();
    }
    await page.keyboard.type('missing-owner', { delay: 5 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'missing-owner' }).first().waitFor();
    await page.keyboard.press('Escape');
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

/** Runs a Scherp command by (part of) its Dutch title. */
async function runCommand(title) {
  await runPalette(`Scherp: ${title}`, title);
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

async function waitUntil(predicate, what, timeout = STEP_TIMEOUT) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`test.mjs: set ${name} (run it through e2e/vscode/run.sh)`);
    process.exit(2);
  }
  return value;
}
