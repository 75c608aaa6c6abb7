// UI smoke test: the packaged .vsix installed into a real VS Code (code-server), driven by
// keyboard in headless chromium like a user would. Checks what only the screen shows: the
// language mode, grammar colours, the squiggle, the Problems entry, the hover on the error
// and the output channel; then the preview, the status bar item (text, counts, click) and the
// real modal question of Transpile to File over a file the extension did not write.
// Saves a screenshot per step into $SHOTS (default: e2e-shots/). Prints "N passed, N failed" last.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_DIR, WORKSPACE as FIXTURES, startCodeServer } from './code-server.mjs';

const VSIX = process.env.VSIX ?? path.join(REPO_DIR, 'butane-tools.vsix');
const SHOTS = process.env.SHOTS ?? path.join(REPO_DIR, 'e2e-shots');
mkdirSync(SHOTS, { recursive: true });
// Reference: `yaml: line 9: mapping values are not allowed in this context` for fixtures/ws/example.bu.
const YAML_ERROR = 'mapping values are not allowed in this context';

const t0 = Date.now();
const marks = [];
const mark = (name) => {
  marks.push([name, Date.now() - t0]);
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${name}`);
};
let shotNo = 0;
const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, `${String(++shotNo).padStart(2, '0')}-${name}.png`) });

/**
 * Opens a quick input with `keys` and waits until it has the keyboard focus and shows its
 * `prefix` (">" for commands, ":" for Go to Line). Under load, typing right after the keystroke
 * can otherwise land in the editor (seen once: "9:24" typed into example.bu).
 */
async function openQuickInput(page, keys, prefix) {
  await page.keyboard.press(keys);
  await page.waitForFunction((p) => {
    const e = document.activeElement;
    return e instanceof HTMLInputElement && e.closest('.quick-input-widget') !== null && e.value.startsWith(p);
  }, prefix);
}

async function goToLine(page, lineColumn) {
  await openQuickInput(page, 'Control+G', ':');
  await page.keyboard.type(lineColumn);
  await page.keyboard.press('Enter');
}

async function runCommand(page, title) {
  await openQuickInput(page, 'Control+Shift+P', '>');
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

// The steps edit example.bu and write example.ign: they work on a copy of the fixture workspace.
const WORKSPACE = path.join(mkdtempSync(path.join(os.tmpdir(), 'butane-e2e-ui-')), 'ws');
cpSync(FIXTURES, WORKSPACE, { recursive: true });
const EXAMPLE = path.join(WORKSPACE, 'example.bu');
// Step 10's target, present beforehand and not written by the extension.
const EXAMPLE_IGN = path.join(WORKSPACE, 'example.ign');
const FOREIGN = '{"written":"by hand, not by the extension"}\n';
writeFileSync(EXAMPLE_IGN, FOREIGN);

/** The CLI's stdout (the same dist/ as the vsix) for a file. */
function cliOutput(file) {
  const r = spawnSync(process.execPath, [path.join(REPO_DIR, 'dist', 'cli.js'), '--pretty', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the CLI failed on ${file}:\n${r.stderr}`);
  return r.stdout;
}

async function until(probe, what, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let session;
let failed = false;
try {
  session = await startCodeServer({ vsix: VSIX, extraArgs: [WORKSPACE] });
  mark('vsix installed, code-server and chromium up');
  const { page } = session;
  page.setDefaultTimeout(30000);
  await page.goto(session.url(`folder=${encodeURIComponent(WORKSPACE)}`));
  await page.locator('.monaco-workbench').waitFor();
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'example.bu' }).waitFor();
  mark('workbench loaded');
  await shot(page, 'workbench');

  // 1. Quick open the .bu file; the status bar names the language.
  await openQuickInput(page, 'Control+P', '');
  await page.keyboard.type('example.bu');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'example.bu' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: 'example.bu' }).waitFor();
  const editor = page.locator('.editor-instance .view-lines').first();
  await editor.locator('.view-line', { hasText: 'variant' }).first().waitFor();
  await page.locator('.statusbar-item', { hasText: /^Butane$/ }).first().waitFor();
  mark('example.bu open in Butane mode');

  // 2. The grammar is active: the comment, the known key and the variant value get
  //    different token colours (without a grammar the whole line is one token).
  const classOf = (line, text) => editor.locator('.view-line', { hasText: line }).first()
    .locator('span > span', { hasText: text }).first().getAttribute('class');
  await page.waitForFunction(() => document.querySelectorAll('.view-lines .view-line span > span[class^="mtk"]:not(.mtk1)').length > 0);
  const comment = await classOf('A Fedora CoreOS config', 'A Fedora');
  const key = await classOf('variant: fcos', 'variant');
  const value = await classOf('variant: fcos', 'fcos');
  if (new Set([comment, key, value]).size !== 3) throw new Error(`expected three token colours, got ${comment} / ${key} / ${value}`);
  mark(`grammar colours: comment ${comment}, key ${key}, variant ${value}`);
  await shot(page, 'opened');

  // 3. The server's diagnostic: a squiggle, then the Problems panel (Ctrl+Shift+M).
  await page.locator('.monaco-editor .squiggly-error').first().waitFor();
  mark('squiggle shown');
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row', { hasText: YAML_ERROR }).first().waitFor();
  mark('problem listed');
  await shot(page, 'diagnostic');

  // 4. Hover on the error (Go to Line 9, column 24; Ctrl+K Ctrl+I shows the hover).
  await page.locator('.tabs-container .tab', { hasText: 'example.bu' }).click();
  await goToLine(page, '9:24');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await page.locator('.monaco-hover', { hasText: YAML_ERROR }).first().waitFor();
  mark('hover on the error shown');
  await shot(page, 'hover');
  await page.keyboard.press('Escape');

  // 5. "Butane: Show Output" opens the extension's log with the server start.
  await runCommand(page, 'Butane: Show Output');
  await page.locator('.output-view, .panel', { hasText: 'Butane language server started' }).first().waitFor();
  mark('output channel shown');
  await shot(page, 'output');

  // 6. Ctrl+K V opens the Ignition preview to the side. example.bu does not translate yet, so
  //    the preview says it is stale (a CodeLens on its first line).
  await page.locator('.tabs-container .tab', { hasText: 'example.bu' }).first().click();
  await page.keyboard.press('Control+K');
  await page.keyboard.press('V');
  await page.locator('.tabs-container .tab', { hasText: 'example.bu (Ignition).json' }).waitFor();
  await page.locator('.codelens-decoration', { hasText: /Stale|No output/ }).first().waitFor();
  mark('preview opened beside the source, stale while the config does not translate');
  await shot(page, 'preview-stale');

  // The status bar item names the config and counts the problems (codicons render as empty
  // spans); while the YAML does not parse it says so, with the variant and version of the text.
  const statusItem = page.locator('.statusbar-item', { hasText: 'fcos 1.5.0' });
  const statusText = async () => (await statusItem.first().textContent()).replace(/\s+/g, ' ').trim();
  await statusItem.filter({ hasText: 'fcos 1.5.0: invalid YAML' }).first().waitFor();
  mark(`status bar while broken: "${await statusText()}"`);

  // 7. Fix the YAML mistake by typing (quote the value): the preview shows the output.
  await page.locator('.tabs-container .tab', { hasText: /^example\.bu/ }).first().click();
  await goToLine(page, '9:17');
  await page.keyboard.type("'");
  await page.keyboard.press('End');
  await page.keyboard.type("'");
  const previewLines = page.locator('.editor-instance .view-lines').nth(1);
  await previewLines.locator('.view-line', { hasText: 'data:,Welcome%3A%20to%20this%20machine' }).first().waitFor();
  mark('preview updated as the source was edited');

  // 8. The cursor on the unit's name highlights the output it produced.
  await goToLine(page, '12:15');
  await page.locator('.monaco-editor .rangeHighlight, .monaco-editor .cdr').first().waitFor();
  mark('source cursor highlights the linked output');
  await shot(page, 'preview-side-by-side');

  // 9. The status bar: `fcos 1.5.0 → Ignition 3.4.0` with 0 errors and 0 warnings (the reference
  //    prints nothing on stderr for the fixed text); clicking it opens the closed preview again.
  await statusItem.filter({ hasText: 'fcos 1.5.0 → Ignition 3.4.0' }).first().waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent.replace(/\s+/g, ' ').trim() === 'fcos 1.5.0 → Ignition 3.4.0 0 0'));
  if ((await statusItem.first().locator('.codicon-error, .codicon-warning').count()) !== 2) throw new Error('the status bar item lacks its error/warning icons');
  mark(`status bar when fixed: "${await statusText()}"`);
  await page.locator('.tabs-container .tab', { hasText: 'example.bu (Ignition).json' }).hover();
  await page.locator('.tabs-container .tab', { hasText: 'example.bu (Ignition).json' }).locator('.tab-actions .action-label').click();
  await page.locator('.tabs-container .tab', { hasText: 'example.bu (Ignition).json' }).waitFor({ state: 'detached' });
  await page.locator('.tabs-container .tab', { hasText: /^example\.bu/ }).first().click();
  await statusItem.first().click();
  await page.locator('.tabs-container .tab', { hasText: 'example.bu (Ignition).json' }).waitFor();
  mark('clicking the status bar item opened the preview');
  await shot(page, 'status-bar');

  // 9b. The lock is visible: the title-bar padlock (open while unlocked) locks the preview, its
  //     tab then reads "[Locked] …" and the closed padlock (shown through the butane.previewLocked
  //     context key) unlocks it again.
  const titleAction = (label) => page.locator(`.editor-actions .action-label[aria-label^="${label}"]`).first();
  await page.locator('.tabs-container .tab', { hasText: 'example.bu (Ignition).json' }).click();
  await titleAction('Lock Ignition Preview').click();
  await page.locator('.tabs-container .tab', { hasText: '[Locked] example.bu (Ignition).json' }).waitFor();
  await titleAction('Unlock Ignition Preview').waitFor();
  if (await titleAction('Lock Ignition Preview').count()) throw new Error('the lock action is still shown on a locked preview');
  mark('the preview locked from its title bar: the tab says [Locked], the unlock action shows');
  await shot(page, 'preview-locked');
  await titleAction('Unlock Ignition Preview').click();
  await page.locator('.tabs-container .tab', { hasText: '[Locked]' }).waitFor({ state: 'detached' });
  await page.locator('.tabs-container .tab', { hasText: 'example.bu (Ignition).json' }).waitFor();
  await titleAction('Lock Ignition Preview').waitFor();
  mark('unlocked again from the title bar');

  // 10. Transpile to File over example.ign, which the extension did not write: a real modal
  //     question. Cancel leaves the file alone; Overwrite writes the CLI's bytes for the edited text.
  // Saved first (Ctrl+S), so that the CLI reads the text of the editor from disk.
  await page.locator('.tabs-container .tab', { hasText: /^example\.bu/ }).first().click();
  await page.keyboard.press('Control+S');
  await until(() => readFileSync(EXAMPLE, 'utf8').includes("inline: 'Welcome: to this machine'\n"), 'example.bu to be saved with the fix');
  const expected = cliOutput(EXAMPLE);
  const dialog = page.locator('.monaco-dialog-box', { hasText: 'example.ign already exists' });
  const transpile = async () => {
    await page.locator('.tabs-container .tab', { hasText: /^example\.bu/ }).first().click();
    await runCommand(page, 'Butane: Transpile to File');
    await dialog.waitFor();
  };
  await transpile();
  mark('Transpile to File asks before replacing a file it did not write');
  await shot(page, 'overwrite-question');
  await dialog.locator('.monaco-button', { hasText: /^Cancel$/ }).click();
  await dialog.waitFor({ state: 'detached' });
  await new Promise((r) => setTimeout(r, 500)); // nothing to wait for: the file must stay as it is
  if (readFileSync(EXAMPLE_IGN, 'utf8') !== FOREIGN) throw new Error('Cancel changed example.ign');
  mark('Cancel left example.ign untouched');
  await transpile();
  await dialog.locator('.monaco-button', { hasText: /^Overwrite$/ }).click();
  await until(() => readFileSync(EXAMPLE_IGN, 'utf8') === expected, 'example.ign to hold the CLI output');
  await page.locator('.statusbar-item', { hasText: 'Butane: wrote example.ign' }).first().waitFor();
  mark('Overwrite wrote the bytes of the CLI');
  await shot(page, 'overwritten');
  mark('done');
} catch (e) {
  failed = true;
  console.error('FAILED:', e instanceof Error ? e.message : e);
  const page = session?.page;
  if (page) await shot(page, 'failure').catch(() => {});
  if (session) console.error(session.log().slice(-3000));
} finally {
  await session?.stop();
  rmSync(path.dirname(WORKSPACE), { recursive: true, force: true });
}
console.log(JSON.stringify({ ok: !failed, total_s: (Date.now() - t0) / 1000, marks }));
console.log(failed ? '0 passed, 1 failed' : '1 passed, 0 failed');
process.exit(failed ? 1 : 0);
