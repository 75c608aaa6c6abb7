// The status bar item on Butane editors (read through the extension's test API: the item itself
// is not reachable through VS Code's API). When the YAML does not parse, it says so, with the
// variant and version when the text names them, instead of an unknown Ignition version.
/// <reference types="mocha" />
import * as vscode from 'vscode';
import { extensionApi, scratchConfig } from './support';
import { waitFor } from './wait';

export function defineStatusBarTests(): void {
  suite('Status bar', () => {
    teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    const shows = async (text: string, expected: RegExp) => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(scratchConfig(text)), { preview: false });
      const { statusBar } = await extensionApi();
      await waitFor(() => expected.test(statusBar.text), `the status bar to show ${expected} (now ${statusBar.text})`);
    };

    test('a config that translates: variant, version, Ignition version and counts', () =>
      shows('variant: fcos\nversion: 1.5.0\n', /^fcos 1\.5\.0 → Ignition 3\.4\.0 \$\(error\) 0 \$\(warning\) 0$/));

    test('YAML that does not parse: "invalid YAML" with the variant and version of the text', () =>
      shows('variant: fcos\nversion: 1.5.0\nstorage: [\n', /^fcos 1\.5\.0: invalid YAML \$\(error\) [1-9]\d* \$\(warning\) 0$/));

    test('YAML that does not parse and names no variant: "Butane: invalid YAML"', () =>
      shows('storage: [\n', /^Butane: invalid YAML \$\(error\) [1-9]\d* \$\(warning\) 0$/));
  });
}
