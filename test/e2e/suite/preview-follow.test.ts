// Which source the open preview shows: it follows the active Butane editor, unless locked
// (Toggle Ignition Preview Lock) or unless butane.preview.followActiveEditor is off; other
// editors (plain YAML here) never take it over. Complements preview.test.ts, which checks that
// a locked preview stays.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, previewEditorOf, scratchConfig, stubMessages } from './support';
import { waitFor } from './wait';

const showInFirstColumn = async (uri: vscode.Uri) =>
  vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false, viewColumn: vscode.ViewColumn.One });

/** Shows `source` in the first column and opens its preview beside it. */
async function openPreviewBeside(source: vscode.Uri, what: string): Promise<void> {
  await showInFirstColumn(source);
  await vscode.commands.executeCommand('butane.openPreviewToSide');
  await waitFor(() => previewEditorOf(source), what);
}

/** Nothing to wait for when the preview must not move: give the extension a moment, then look. */
const settle = () => new Promise((r) => setTimeout(r, 1000));

export function definePreviewFollowTests(): void {
  suite('Preview follows the active Butane editor', () => {
    const a = () => scratchConfig('variant: fcos\nversion: 1.5.0\n', 'a.bu');
    const b = () => scratchConfig('variant: fcos\nversion: 1.6.0\n', 'b.bu');

    teardown(async () => {
      const { preview } = await extensionApi();
      if (preview.locked) await preview.toggleLock();
      await vscode.workspace.getConfiguration('butane').update('preview.followActiveEditor', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('the lock toggles with a message; unlocked again, the preview follows once more', async () => {
      const [first, second] = [a(), b()];
      await openPreviewBeside(first, 'the preview of a.bu');
      const { preview } = await extensionApi();

      const messages = stubMessages('Information', () => undefined);
      try {
        await vscode.commands.executeCommand('butane.togglePreviewLock');
        assert.equal(preview.locked, true);
        await showInFirstColumn(second);
        await settle();
        assert.ok(previewEditorOf(first) && !previewEditorOf(second), 'locked: the preview stays on a.bu');

        await vscode.commands.executeCommand('butane.togglePreviewLock');
        assert.equal(preview.locked, false);
      } finally {
        messages.restore();
      }
      assert.deepEqual(messages.calls.map((c) => c.message), [
        'Butane: the preview is locked to its current source.',
        'Butane: the preview follows the active Butane editor.',
      ]);
      // The next Butane editor to become active takes the preview over.
      await showInFirstColumn(first);
      await showInFirstColumn(second);
      await waitFor(() => previewEditorOf(second), 'the unlocked preview to follow b.bu');
      assert.ok(!previewEditorOf(first));
    });

    test('the lock shows: the tab title says [Locked], lock/unlock commands switch it and the state', async () => {
      const first = a();
      await openPreviewBeside(first, 'the preview of a.bu');
      const { preview } = await extensionApi();
      const previewTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'butane-preview').map((t) => t.label);
      assert.deepEqual(previewTabs(), ['a.bu (Ignition).json']);

      const messages = stubMessages('Information', () => undefined);
      try {
        await vscode.commands.executeCommand('butane.lockPreview');
        assert.equal(preview.locked, true);
        assert.deepEqual(previewTabs(), ['[Locked] a.bu (Ignition).json'], 'one preview tab, its title shows the lock');
        const locked = previewEditorOf(first);
        assert.ok(locked, 'still beside the source');
        assert.equal(locked.viewColumn, vscode.ViewColumn.Two);
        assert.equal(locked.document.languageId, 'json');
        assert.equal(JSON.parse(locked.document.getText()).ignition.version, '3.4.0', 'same output');
        await vscode.commands.executeCommand('butane.lockPreview'); // already locked: nothing changes
        assert.equal(preview.locked, true);

        await vscode.commands.executeCommand('butane.unlockPreview');
        assert.equal(preview.locked, false);
        assert.deepEqual(previewTabs(), ['a.bu (Ignition).json']);
        await vscode.commands.executeCommand('butane.unlockPreview');
        assert.equal(preview.locked, false);
      } finally {
        messages.restore();
      }
      assert.equal(messages.calls.length, 2, 'one message per change of state');
    });

    test('closing the locked preview drops the lock: the next preview follows', async () => {
      const [first, second] = [a(), b()];
      await openPreviewBeside(first, 'the preview of a.bu');
      const { preview } = await extensionApi();
      const messages = stubMessages('Information', () => undefined);
      try {
        await vscode.commands.executeCommand('butane.togglePreviewLock');
      } finally {
        messages.restore();
      }
      assert.equal(preview.locked, true);
      const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.startsWith('[Locked] '));
      assert.ok(tab);
      await vscode.window.tabGroups.close(tab);
      await waitFor(() => !preview.locked, 'the lock to go with its preview (the document closes)');
      await openPreviewBeside(first, 'a new preview of a.bu');
      await showInFirstColumn(second);
      await waitFor(() => previewEditorOf(second), 'the new preview to follow b.bu');
    });

    test('with butane.preview.followActiveEditor off, the preview stays on its source', async () => {
      const [first, second] = [a(), b()];
      await vscode.workspace.getConfiguration('butane').update('preview.followActiveEditor', false, vscode.ConfigurationTarget.Global);
      await openPreviewBeside(first, 'the preview of a.bu');
      await showInFirstColumn(second);
      await settle();
      assert.ok(previewEditorOf(first) && !previewEditorOf(second));
    });

    test('a non-Butane editor does not take the preview over', async () => {
      const first = a();
      const yaml = scratchConfig('plain: yaml\n', 'plain.yaml');
      await openPreviewBeside(first, 'the preview of a.bu');
      const other = await showInFirstColumn(yaml);
      assert.equal(other.document.languageId, 'yaml');
      await settle();
      assert.ok(previewEditorOf(first), 'still the preview of a.bu');
    });
  });
}
