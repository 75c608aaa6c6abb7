// Test entry for VS Code's extensionTestsPath: exports run(), as @vscode/test-electron and
// the code-server payload harness (../run-api.mjs) both expect.
//
// When the workspace starts untrusted (run-api.mjs's default), the restricted-mode suite runs
// first and its last test grants trust; everything after it runs in a trusted workspace.
// BUTANE_E2E_GREP=REGEX in the environment (run-api.mjs --grep) runs only the matching tests.
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { defineTests } from './extension.test';
import { definePreviewTests } from './preview.test';
import { defineLiveDiagnosticsTests } from './live-diagnostics.test';
import { defineTranspileToFileTests } from './transpile-to-file.test';
import { defineOpenShiftPreviewTests } from './openshift-preview.test';
import { defineStalePreviewTests } from './stale-preview.test';
import { definePreviewFollowTests } from './preview-follow.test';
import { defineDiskChangeTests } from './disk-change.test';
import { defineStatusBarTests } from './status-bar.test';
import { defineTrustedLocalFileTests, defineUntrustedWorkspaceTests } from './workspace-trust.test';

export function run(): Promise<void> {
  const grep = process.env.BUTANE_E2E_GREP;
  const mocha = new Mocha({ ui: 'tdd', timeout: 60000, color: false, reporter: 'spec', ...(grep ? { grep: new RegExp(grep) } : {}) });
  // Make suite()/test() global for defineTests, as mocha does when it loads files itself.
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  if (!vscode.workspace.isTrusted) defineUntrustedWorkspaceTests();
  defineTests();
  definePreviewTests();
  defineLiveDiagnosticsTests();
  defineTranspileToFileTests();
  defineOpenShiftPreviewTests();
  defineStalePreviewTests();
  definePreviewFollowTests();
  defineTrustedLocalFileTests();
  defineDiskChangeTests();
  defineStatusBarTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
