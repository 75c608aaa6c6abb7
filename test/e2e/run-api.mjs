// Runs the API-level mocha suite (suite/index.ts, bundled to out/e2e/suite.js) inside the
// Node extension host of a real VS Code (code-server), the way @vscode/test-electron does on
// the desktop. The extension loads from the repository (extensionDevelopmentPath) through the
// workbench URL's payload, which code-server honours only with enable-smoke-test-driver; the
// exit code comes back through window.codeAutomationExit.
// Prints "N passed, N failed" last; exit status 0 only if every test passed.
//
// The run starts in an untrusted workspace (workspace trust on, restricted mode): the suites for
// that mode go first, and the last of them grants trust the way a user does, so every other
// suite runs in a trusted workspace, all in one code-server session.
//
// Options:
//   --grep REGEX   run only the tests whose full title matches (mocha's grep), e.g. while
//                  developing; implies a workspace trusted from the start (workspace trust off)
//                  unless --untrusted is given too;
//   --untrusted / --trusted   force the start state of the workspace.
// A test may ask for a click in the workbench page (a console line `[e2e-ui] click {json}`,
// see suite/support.ts clickInWorkbench) for what no extension API can do, e.g. granting trust.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { REPO_DIR, WORKSPACE as FIXTURES, startCodeServer } from './code-server.mjs';

const { values: options } = parseArgs({ options: { grep: { type: 'string' }, untrusted: { type: 'boolean' }, trusted: { type: 'boolean' } } });
const untrusted = options.untrusted ?? (!options.trusted && !options.grep);
// The extension host inherits code-server's environment: that is how suite/index.ts gets the grep.
const suiteEnv = options.grep ? { BUTANE_E2E_GREP: options.grep } : {};

const SUITE = process.env.TESTS ?? path.join(REPO_DIR, 'out', 'e2e', 'suite.js');
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 180000);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const counts = { passed: 0, failed: 0 };
const UI_REQUEST = /^\[e2e-ui\] click (\{.*\})$/;
// Some tests create and change files inside the workspace (only there does the file watcher
// see them): they work on a copy of the fixture workspace, removed at the end.
const COPY_DIR = mkdtempSync(path.join(os.tmpdir(), 'butane-e2e-api-'));
const WORKSPACE = path.join(COPY_DIR, 'ws');
cpSync(FIXTURES, WORKSPACE, { recursive: true });
let exitCode = 1;
let session;
try {
  session = await startCodeServer({ extraArgs: ['--vscode-option', 'enable-smoke-test-driver'], untrusted, env: suiteEnv });
  console.log(`[${elapsed()}] code-server on port ${session.port}, chromium up (${untrusted ? 'untrusted' : 'trusted'} workspace${options.grep ? `, grep ${options.grep}` : ''})`);
  const { page } = session;
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  // The extension host's console arrives here in automation mode; keep mocha's lines.
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = format(...args);
    // A test asks for what only a user can do (suite/support.ts clickInWorkbench): click it.
    const ui = UI_REQUEST.exec(line);
    if (ui) {
      const { selector, text } = JSON.parse(ui[1]);
      void page.locator(selector, { hasText: new RegExp(text) }).first().click({ timeout: 30000 })
        .catch((e) => console.log(`[e2e-ui] click on ${selector} /${text}/ failed: ${e.message}`));
      return;
    }
    const m = /^\s*(\d+) (passing|failing)/.exec(line);
    if (m) counts[m[2] === 'passing' ? 'passed' : 'failed'] = Number(m[1]);
    if (process.env.VERBOSE || /passing|failing|pending|✔|✗|\d+\) |Error|assert/i.test(line) || /^\s{2,}\S/.test(line)) console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  if (process.env.VERBOSE) page.on('console', (m) => console.log('[browser]', m.text().slice(0, 300)));

  const remote = (p) => `vscode-remote://127.0.0.1:${session.port}${p}`; // the page's host is the remote authority
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(REPO_DIR)],
    ['extensionTestsPath', remote(SUITE)],
    ['skipWelcome', 'true'],
  ]);
  await page.goto(session.url(`folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(payload)}`));
  console.log(`[${elapsed()}] workbench requested`);
  exitCode = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT_MS))]);
  console.log(`[${elapsed()}] extension tests exited with ${exitCode}`);
  if (exitCode !== 0) console.log(session.log().slice(-4000));
} catch (e) {
  console.error('FAILED:', e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  await session?.stop();
  rmSync(COPY_DIR, { recursive: true, force: true });
}
if (exitCode !== 0 && counts.failed === 0) counts.failed = 1; // the harness itself failed (timeout, crash)
console.log(`total ${elapsed()}`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(exitCode === 0 ? 0 : 1);
