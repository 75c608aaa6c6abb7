// `npm run test:electron`: the same API-level suite as run-api.mjs, in desktop VS Code
// downloaded by @vscode/test-electron. Needs access to VS Code's download servers, which
// the project's own machines do not have; there run-api.mjs (code-server) runs the suite.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const build = spawnSync(process.execPath, ['esbuild.mjs', '--e2e-suite'], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: repo,
    extensionTestsPath: path.join(repo, 'out', 'e2e', 'suite.js'),
    launchArgs: [path.join(repo, 'test', 'e2e', 'fixtures', 'ws'), '--disable-extensions', '--disable-workspace-trust'],
  });
  console.log('extension tests passed in desktop VS Code');
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  console.error(`test:electron failed: ${message}`);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(message)) {
    console.error('VS Code could not be downloaded from this machine; run `npm run test:e2e` (code-server) instead.');
  }
  process.exit(1);
}
