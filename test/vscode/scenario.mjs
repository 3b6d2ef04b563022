// A person's-eye check, run by test/vscode/run.mjs after the integration suite in the same code-server (route 2).
//
// It does what a clinician would do: opens the draft initial evaluation from examples/ in VS Code (a click in the
// Explorer), opens the Problems panel with its keyboard shortcut (Ctrl+Shift+M; the command palette as a
// fallback), waits until Rapport's findings are listed there and the status-bar item shows the note's counts,
// and saves a screenshot, test-output/vscode/problems-panel.png, for a reviewer to look at.
//
// What counts as "the findings": the CLI's own JSON report for the same note (bin/rapport.js), so this check does
// not need updating when a rule's wording changes. The Problems panel lists no hint-severity diagnostics (and the status bar does not count them), so only
// errors, warnings and infos are expected as rows.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const NOTE = 'examples/naren-initial-evaluation.draft.md';

/** The CLI's findings for the note: what the Problems panel and status bar should show. */
function expectedFindings(repoRoot, notePath) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin/rapport.js'), '--format', 'json', '--no-config', notePath], {
    encoding: 'utf8',
  });
  // Exit code 1 means "findings"; anything without a JSON report is a broken CLI.
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(`bin/rapport.js gave no JSON report for ${notePath} (exit ${result.status}): ${result.stderr}`);
  }
  const findings = report.files?.[0]?.findings ?? [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return { findings, counts };
}

/** The status-bar text the extension shows for these counts (client/src/status-text.ts), icons removed. */
function expectedStatusNumbers(counts) {
  const numbers = [];
  if (counts.error) numbers.push(counts.error);
  if (counts.warning) numbers.push(counts.warning);
  if (counts.info) numbers.push(counts.info);
  return numbers;
}

const normalise = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * @param {object} options
 * @param {import('playwright-core').Browser} options.browser
 * @param {string} options.origin       http://127.0.0.1:PORT of the running code-server
 * @param {string} options.root         the run's temp folder; the scenario's workspace goes in it
 * @param {string} options.repoRoot
 * @param {string} options.extensionDevelopmentPath
 * @param {string} options.outputDir    test-output/vscode
 * @param {(message: string) => void} options.say
 * @param {number} [options.timeoutMs]  limit for each wait (the workbench, the findings)
 * @returns {Promise<number>} 0 when the panel showed the findings, 1 otherwise
 */
export async function runScenario({ browser, origin, root, repoRoot, extensionDevelopmentPath, outputDir, say, timeoutMs = 180_000 }) {
  const started = Date.now();
  const workspace = join(root, 'scenario');
  mkdirSync(workspace, { recursive: true });
  const noteName = basename(NOTE);
  copyFileSync(join(repoRoot, NOTE), join(workspace, noteName));
  const { findings, counts } = expectedFindings(repoRoot, join(workspace, noteName));
  const shown = findings.filter((f) => f.severity !== 'hint');
  if (shown.length === 0) {
    console.error(`[scenario] ${NOTE} has no findings the Problems panel would show; the scenario needs a note with findings`);
    return 1;
  }
  const firstRule = shown[0].ruleId;
  say(`scenario: opening ${noteName} (${findings.length} findings expected; first: ${firstRule})`);

  const port = new URL(origin).port;
  // Not a test run this time: only the extension under development, loaded as in "Run Extension" (F5).
  const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${extensionDevelopmentPath}`]];
  const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => console.error(`[scenario page error] ${error.message}`));
  const step = (what) => say(`scenario: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });

    // 1. Open the note from the Explorer, as a person would.
    const explorerRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: noteName });
    await explorerRow.waitFor({ state: 'visible', timeout: timeoutMs });
    await explorerRow.dblclick();
    const tab = page.locator('.tabs-container .tab', { hasText: noteName });
    await tab.waitFor({ state: 'visible', timeout: timeoutMs });
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'wheelchair-bound' }).waitFor({ timeout: timeoutMs });
    step('note open in the editor');

    // 2. The Problems panel: Ctrl+Shift+M, or the command palette if the shortcut did not reach the workbench.
    const panel = page.locator('.markers-panel');
    await page.keyboard.press('Control+Shift+M');
    try {
      await panel.waitFor({ state: 'visible', timeout: 15_000 });
    } catch {
      step('Ctrl+Shift+M did not open Problems; using the command palette');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: timeoutMs });
      await input.fill('>View: Focus on Problems View');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Problems' }).first().waitFor({ timeout: timeoutMs });
      await page.keyboard.press('Enter');
      await panel.waitFor({ state: 'visible', timeout: timeoutMs });
    }
    step('Problems panel open');

    // 3. Rapport's findings listed there: a row naming the first rule the CLI reports for this note.
    const rapportRows = panel.locator('.monaco-list-row', { hasText: 'rapport' });
    try {
      await panel.locator('.monaco-list-row', { hasText: firstRule }).first().waitFor({ state: 'visible', timeout: timeoutMs });
    } catch {
      throw new Error(`the Problems panel showed no Rapport finding (no row naming ${firstRule}) within ${timeoutMs / 1000} s`);
    }
    step(`a ${firstRule} row is in the Problems panel`);

    // The Problems tab's badge counts the markers it lists; wait until it matches what the CLI found (rows
    // further down may be virtualised away, the badge is not).
    const badge = page.locator('.panel .composite.title .action-item', { hasText: 'Problems' }).locator('.badge-content');
    const expectedBadge = String(shown.length);
    await waitForText(badge, (t) => t === expectedBadge, `the Problems badge to read ${expectedBadge}`, timeoutMs);
    step(`Problems badge reads ${expectedBadge}`);

    // 4. The status-bar item: "Rapport" with the counts by severity (icons render as glyphs, not text).
    const numbers = expectedStatusNumbers(counts);
    const status = page.locator('.statusbar-item', { hasText: 'Rapport' }).first();
    const expectedStatus = `Rapport ${numbers.join(' ')}`;
    await waitForText(status, (t) => t === expectedStatus, `the status bar to read "${expectedStatus}"`, timeoutMs);
    const statusLabel = (await status.getAttribute('aria-label')) ?? '';
    step(`status bar reads "${expectedStatus}" (aria-label "${statusLabel}")`);

    // Let the light settle on the rows the reviewer will see: the editor's squiggles and the panel's rows.
    const rowsText = normalise((await rapportRows.allInnerTexts()).join(' | '));
    const file = join(outputDir, 'problems-panel.png');
    await page.screenshot({ path: file, timeout: 30_000 });
    say(`scenario: screenshot saved to ${file}`);
    say(`scenario: visible rows: ${rowsText.slice(0, 400)}${rowsText.length > 400 ? ' …' : ''}`);
    return 0;
  } catch (error) {
    console.error(`[scenario] FAILED: ${error instanceof Error ? error.message : error}`);
    const file = join(outputDir, 'scenario-failure.png');
    try {
      await page.screenshot({ path: file, timeout: 10_000 });
      console.error(`[scenario] screenshot saved to ${file}`);
    } catch {
      // the page is gone; the error above says why
    }
    return 1;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Bounded poll of an element's visible text until `accept` holds; the error names the last text seen. */
async function waitForText(locator, accept, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = '(not found)';
  for (;;) {
    try {
      last = normalise(await locator.innerText({ timeout: 1_000 }));
      if (accept(last)) return last;
    } catch {
      // not rendered yet
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}; last seen "${last}"`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
