// Test entry for VS Code's extensionTestsPath: exports run(), as @vscode/test-electron and
// the code-server payload harness (../run-api.mjs) both expect.
import Mocha from 'mocha';
import { defineTests } from './extension.test';
import { definePreviewTests } from './preview.test';
import { defineLiveDiagnosticsTests } from './live-diagnostics.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60000, color: false, reporter: 'spec' });
  // Make suite()/test() global for defineTests, as mocha does when it loads files itself.
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  defineTests();
  definePreviewTests();
  defineLiveDiagnosticsTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
