// Real-editor tests of the Ignition preview: open it beside a .bu, see it follow edits, follow
// links both ways, and write the output to a file with the CLI's bytes.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from './wait';

const EXTENSION_ID = 'butane-tools.butane-tools';
const PREVIEW_SCHEME = 'butane-preview';

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** A fresh Butane file outside the fixture workspace, so edits never touch the fixtures. */
function scratchConfig(text: string): vscode.Uri {
  const dir = mkdtempSync(join(tmpdir(), 'butane-e2e-'));
  writeFileSync(join(dir, 'preview.bu'), text);
  return vscode.Uri.file(join(dir, 'preview.bu'));
}
const VALID = 'variant: fcos\nversion: 1.5.0\n';

const previewEditor = () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === PREVIEW_SCHEME);

interface PreviewApi {
  linkedOutput(preview: vscode.Uri, sourcePosition: vscode.Position): vscode.Range | undefined;
}

async function api(): Promise<{ preview: PreviewApi }> {
  const extension = vscode.extensions.getExtension<{ preview: PreviewApi }>(EXTENSION_ID);
  assert.ok(extension);
  return extension.isActive ? extension.exports : extension.activate();
}

export function definePreviewTests(): void {
  suite('Ignition preview', () => {
    test('Transpile to File writes the bytes of the CLI (--pretty) beside the source', async () => {
      const source = scratchConfig(VALID + 'storage:\n  files:\n    - path: /etc/motd\n      contents:\n        inline: hello\n');
      const document = await vscode.workspace.openTextDocument(source);
      await vscode.window.showTextDocument(document, { preview: false });
      const target = vscode.Uri.file(source.fsPath.replace(/\.bu$/, '.ign'));
      const written = await waitFor(
        async () => await vscode.commands.executeCommand<vscode.Uri | undefined>('butane.transpileToFile', source),
        'Transpile to File to write',
      );
      assert.equal(written.fsPath, target.fsPath);
      assert.ok(existsSync(target.fsPath));
      const cli = join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
      const expected = execFileSync(process.execPath, [cli, '--pretty', source.fsPath], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
      assert.equal(readFileSync(target.fsPath, 'utf8'), expected);
    });

    test('opens to the side, follows edits, links both ways', async () => {
      const source = scratchConfig(VALID);
      const document = await vscode.workspace.openTextDocument(source);
      const editor = await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('butane.openPreviewToSide');
      const preview = await waitFor(() => previewEditor(), 'the preview editor');
      assert.equal(preview.document.languageId, 'json');
      assert.notEqual(preview.viewColumn, editor.viewColumn, 'beside the source');
      const parsed = JSON.parse(preview.document.getText());
      assert.equal(parsed.ignition.version, '3.4.0', 'fcos 1.5.0 becomes Ignition 3.4.0');

      // Edit: add a file; the preview shows it.
      await editor.edit((b) => b.insert(new vscode.Position(document.lineCount, 0), 'storage:\n  files:\n    - path: /etc/e2e-marker\n'));
      await waitFor(() => previewEditor()?.document.getText().includes('/etc/e2e-marker'), 'the preview to show the new file');

      // Source -> output: the cursor on the path value is linked to the `"path"` member.
      const { preview: previewApi } = await api();
      const pathLine = document.lineCount - 2;
      const linked = await waitFor(
        () => previewApi.linkedOutput(previewEditor()!.document.uri, new vscode.Position(pathLine, 14)),
        'a link from the source path to the output',
      );
      assert.match(previewEditor()!.document.getText(linked), /^"path": "\/etc\/e2e-marker"$/);

      // Output -> source: Go to Butane Source from the preview lands on the producing line.
      const range = await vscode.commands.executeCommand<vscode.Range>('butane.goToSource', previewEditor()!.document.uri, linked.start);
      assert.ok(range);
      assert.equal(range.start.line, pathLine);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), source.toString());
      assert.equal(vscode.window.activeTextEditor?.selection.active.line, pathLine);

      // A broken config keeps the last good output (the stale state is shown by a CodeLens).
      const before = previewEditor()!.document.getText();
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'bogus: [\n'));
      const lenses = await waitFor(async () => {
        const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', previewEditor()!.document.uri);
        return l?.find((x) => x.command?.title.includes('Stale'));
      }, 'the stale CodeLens');
      assert.ok(lenses);
      assert.equal(previewEditor()!.document.getText(), before, 'the last good output stays');

      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('follows the active Butane editor unless locked', async () => {
      const a = scratchConfig(VALID);
      const b = scratchConfig('variant: fcos\nversion: 1.6.0\n');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(a), { preview: false, viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('butane.openPreviewToSide');
      const previewOf = (source: vscode.Uri) => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === PREVIEW_SCHEME && e.document.uri.query === source.toString());
      await waitFor(() => previewOf(a), 'the preview of the first config');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(b), { preview: false, viewColumn: vscode.ViewColumn.One });
      const followed = await waitFor(() => previewOf(b), 'the preview to follow the second config');
      assert.equal(JSON.parse(followed.document.getText()).ignition.version, '3.5.0', 'fcos 1.6.0 becomes Ignition 3.5.0');
      await vscode.commands.executeCommand('butane.togglePreviewLock');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(a), { preview: false, viewColumn: vscode.ViewColumn.One });
      await new Promise((r) => setTimeout(r, 1000));
      assert.ok(previewOf(b) && !previewOf(a), 'a locked preview stays on its source');
      await vscode.commands.executeCommand('butane.togglePreviewLock');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('Check Config prints the report as the CLI does', async () => {
      const source = fixture('example.bu');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false });
      const text = await vscode.commands.executeCommand<string>('butane.checkConfig', source);
      assert.match(text, /Error translating config: Error unmarshaling yaml: yaml: line 9: mapping values are not allowed in this context/);
    });
  });
}
