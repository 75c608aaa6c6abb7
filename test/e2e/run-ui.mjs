// UI smoke test: the packaged .vsix installed into a real VS Code (code-server), driven by
// keyboard in headless chromium like a user would. Checks what only the screen shows: the
// language mode, grammar colours, the squiggle, the Problems entry, the hover on the error
// and the output channel. Saves a screenshot per step into $SHOTS (default: e2e-shots/).
// Prints "N passed, N failed" last.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_DIR, WORKSPACE, startCodeServer } from './code-server.mjs';

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

async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

// The preview steps edit example.bu without saving; whatever happens, its bytes are put back.
const EXAMPLE = path.join(WORKSPACE, 'example.bu');
const exampleBytes = readFileSync(EXAMPLE);

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
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
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
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type('9:24');
  await page.keyboard.press('Enter');
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

  // 7. Fix the YAML mistake by typing (quote the value): the preview shows the output.
  await page.locator('.tabs-container .tab', { hasText: /^example\.bu/ }).first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type('9:17');
  await page.keyboard.press('Enter');
  await page.keyboard.type("'");
  await page.keyboard.press('End');
  await page.keyboard.type("'");
  const previewLines = page.locator('.editor-instance .view-lines').nth(1);
  await previewLines.locator('.view-line', { hasText: 'data:,Welcome%3A%20to%20this%20machine' }).first().waitFor();
  mark('preview updated as the source was edited');

  // 8. The cursor on the unit's name highlights the output it produced.
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type('12:15');
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .rangeHighlight, .monaco-editor .cdr').first().waitFor();
  mark('source cursor highlights the linked output');
  await shot(page, 'preview-side-by-side');
  mark('done');
} catch (e) {
  failed = true;
  console.error('FAILED:', e instanceof Error ? e.message : e);
  const page = session?.page;
  if (page) await shot(page, 'failure').catch(() => {});
  if (session) console.error(session.log().slice(-3000));
} finally {
  await session?.stop();
  writeFileSync(EXAMPLE, exampleBytes);
}
console.log(JSON.stringify({ ok: !failed, total_s: (Date.now() - t0) / 1000, marks }));
console.log(failed ? '0 passed, 1 failed' : '1 passed, 0 failed');
process.exit(failed ? 1 : 0);
