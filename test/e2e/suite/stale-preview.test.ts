// The stale state of the preview: once the config stops translating, the preview keeps the last
// good output and says so, with the reason the CLI gives ("Error translating config: <reason>");
// once it translates again, the mark goes and the output follows. A config that never
// translated shows no output and says why.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, previewEditorOf, runCli, scratchConfig } from './support';
import { waitFor } from './wait';

const GOOD = 'variant: fcos\nversion: 1.6.0\nstorage:\n  files:\n    - path: /etc/motd\n      contents:\n        inline: hello\n';

/** A regular expression source that matches `s` literally. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The reason on the CLI's last stderr line, for the text now saved in `source`. */
function cliReason(source: vscode.Uri): string {
  const { stderr, status } = runCli(['--pretty'], source.fsPath);
  assert.equal(status, 1, 'the CLI fails on this text');
  const last = stderr.trimEnd().split('\n').pop() ?? '';
  const m = /^Error translating config: (.*)$/.exec(last);
  assert.ok(m, `the CLI's closing line: ${last}`);
  return m[1];
}

const staleLens = async (preview: vscode.Uri) => {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', preview);
  return lenses?.find((l) => l.range.start.line === 0 && /\b(Stale|No output)\b/.test(l.command?.title ?? ''));
};

async function replaceAll(editor: vscode.TextEditor, text: string): Promise<void> {
  const document = editor.document;
  await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text));
  assert.ok(await document.save(), 'saved, so that the CLI reads the same text');
}

export function defineStalePreviewTests(): void {
  suite('Stale preview', () => {
    teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    test('keeps the last good output, marked stale with the CLI\'s reason; a fix clears the mark', async () => {
      const source = scratchConfig(GOOD, 'stale.bu');
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false, viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('butane.openPreviewToSide');
      const good = runCli(['--pretty'], source.fsPath).stdout;
      const preview = await waitFor(() => previewEditorOf(source)?.document.getText() === good.slice(0, -1) && previewEditorOf(source), 'the preview with the CLI\'s output');
      const { preview: previews } = await extensionApi();

      // A semantic error: the path is not absolute.
      await replaceAll(editor, GOOD.replace('/etc/motd', 'etc/motd'));
      const invalid = cliReason(source);
      const lens = await waitFor(() => staleLens(preview.document.uri), 'the stale CodeLens');
      assert.match(lens.command!.title, new RegExp(`Stale: ${literal(invalid)}$`));
      assert.equal(previews.state(preview.document.uri)?.staleReason, invalid);
      assert.equal(lens.command!.command, 'butane.checkConfig', 'the lens opens the full report');
      assert.equal(previewEditorOf(source)?.document.getText(), good.slice(0, -1), 'the last good output stays');

      // A YAML error: the reason follows the new failure.
      await replaceAll(editor, GOOD.replace('version: 1.6.0\n', 'version: 1.6.0\nbogus: [\n'));
      const yaml = cliReason(source);
      assert.notEqual(yaml, invalid);
      await waitFor(() => previews.state(preview.document.uri)?.staleReason === yaml, `the stale reason to become "${yaml}"`);
      assert.match((await staleLens(preview.document.uri))!.command!.title, new RegExp(`Stale: ${literal(yaml)}$`));
      assert.equal(previewEditorOf(source)?.document.getText(), good.slice(0, -1), 'still the last good output');

      // Fixed differently: the output is the CLI's for the new text, and the mark is gone.
      await replaceAll(editor, GOOD.replace('hello', 'fixed'));
      const fixed = runCli(['--pretty'], source.fsPath).stdout;
      await waitFor(() => previewEditorOf(source)?.document.getText() === fixed.slice(0, -1), 'the preview to show the fixed output');
      await waitFor(async () => (await staleLens(preview.document.uri)) === undefined, 'the stale CodeLens to go');
      assert.equal(previews.state(preview.document.uri)?.staleReason, undefined);
    });

    test('a config that never translated: an empty preview that says "No output" and why', async () => {
      const source = scratchConfig(GOOD.replace('/etc/motd', 'etc/motd'), 'never.bu');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false, viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('butane.openPreviewToSide');
      const preview = await waitFor(() => previewEditorOf(source), 'the preview editor');
      const lens = await waitFor(() => staleLens(preview.document.uri), 'the "No output" CodeLens');
      assert.match(lens.command!.title, new RegExp(`No output: ${literal(cliReason(source))}$`));
      assert.equal(preview.document.getText(), '');
    });
  });
}
