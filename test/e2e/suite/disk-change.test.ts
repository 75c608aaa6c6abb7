// A file that a config reads (`local:`) changes on disk: the server re-analyses the config and
// publishes its diagnostics again; the preview and the status bar follow without an edit of the
// config. Trusted workspace only (untrusted, no file is read). The files live inside the
// workspace (run-api.mjs opens a copy of the fixtures), as only there does the file watcher look.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { extensionApi, previewEditorOf, runCli } from './support';
import { waitFor } from './wait';

const CONFIG = 'variant: fcos\nversion: 1.6.0\nstorage:\n  files:\n    - path: /etc/motd\n      contents:\n        local: motd.txt\n';
/** "Within a few seconds" of the change, with room for a loaded machine. */
const FOLLOW_MS = 15000;

const setFilesDir = (value: string | undefined) =>
  vscode.workspace.getConfiguration('butane').update('filesDir', value, vscode.ConfigurationTarget.Global);

export function defineDiskChangeTests(): void {
  suite('Disk changes of local files', () => {
    let dir: string;
    let source: vscode.Uri;

    setup(() => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'a workspace is open');
      dir = mkdtempSync(join(folder.uri.fsPath, 'disk-change-'));
      writeFileSync(join(dir, 'motd.txt'), 'first version\n');
      writeFileSync(join(dir, 'motd.bu'), CONFIG);
      source = vscode.Uri.file(join(dir, 'motd.bu'));
    });
    teardown(async () => {
      await setFilesDir(undefined);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(dir, { recursive: true, force: true });
    });

    test('the preview shows the new contents of a changed local file, and goes stale when it is deleted', async () => {
      assert.equal(vscode.workspace.isTrusted, true);
      await setFilesDir('.');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false, viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('butane.openPreviewToSide');
      const cli = () => runCli(['--pretty', '-d', dirname(source.fsPath)], source.fsPath);
      const first = cli().stdout;
      assert.match(first, /first%20version/);
      await waitFor(() => previewEditorOf(source)?.document.getText() === first.slice(0, -1), 'the preview with the first version');

      writeFileSync(join(dir, 'motd.txt'), 'second version\n');
      const second = cli().stdout;
      assert.match(second, /second%20version/);
      await waitFor(() => previewEditorOf(source)?.document.getText() === second.slice(0, -1), 'the preview to follow the changed file', FOLLOW_MS);

      unlinkSync(join(dir, 'motd.txt'));
      assert.equal(cli().status, 1, 'the CLI fails without the file');
      const { preview } = await extensionApi();
      await waitFor(() => preview.state(previewEditorOf(source)!.document.uri)?.staleReason, 'the preview to go stale', FOLLOW_MS);
      assert.equal(previewEditorOf(source)?.document.getText(), second.slice(0, -1), 'the last good output stays');
    });

    test('the status bar counts follow a local file that appears or disappears', async () => {
      unlinkSync(join(dir, 'motd.txt'));
      await setFilesDir('.');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false });
      const { statusBar } = await extensionApi();
      await waitFor(() => /^fcos 1\.6\.0 → Ignition 3\.5\.0 \$\(error\) [1-9]/.test(statusBar.text), `an error in the status bar (now ${statusBar.text})`);
      writeFileSync(join(dir, 'motd.txt'), 'here now\n');
      await waitFor(() => statusBar.text === 'fcos 1.6.0 → Ignition 3.5.0 $(error) 0 $(warning) 0', 'the status bar without errors', FOLLOW_MS)
        .catch((e: Error) => assert.fail(`${e.message}; now ${statusBar.text}`));
    });
  });
}
