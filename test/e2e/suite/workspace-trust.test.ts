// Workspace trust and `local:` files. fixtures/ws/local-file/motd.bu reads motd.txt beside it
// when butane.filesDir is "." (the CLI's `-d .`).
//   untrusted (restricted mode, how run-api.mjs starts): nothing is read; the error is the CLI's
//   without -d, a second diagnostic says why the setting is not used, and Transpile to File
//   refuses to write; once the user grants trust (a real click on the Trust button), the server
//   restarts and reads the file;
//   trusted (every suite after that one): the file is read, the preview shows the bytes of `butane -d`.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { clickInWorkbench, previewEditorOf, runCli, stubMessages } from './support';
import { waitFor } from './wait';

// The CLI's message for `local` without a files directory (reference: butane v0.29.0 without -d).
const NO_FILES_DIR = 'local file paths are relative to a files directory that must be specified with -d/--files-dir';
const LOCAL_LINE = 7; // `        local: motd.txt`, 0-based

function localFileConfig(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, 'local-file', 'motd.bu');
}

/** A diagnostic's code; with a documentation link VS Code hands it over as `{ value, target }`. */
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

const setFilesDir = (value: string | undefined) =>
  vscode.workspace.getConfiguration('butane').update('filesDir', value, vscode.ConfigurationTarget.Global);

export function defineTrustedLocalFileTests(): void {
  suite('Trusted workspace: local files', () => {
    teardown(async () => {
      await setFilesDir(undefined);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('with butane.filesDir "." the local file is read: no problems, the preview has the bytes of `butane -d`', async () => {
      assert.equal(vscode.workspace.isTrusted, true);
      const source = localFileConfig();
      await setFilesDir('.');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false, viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('butane.openPreviewToSide');
      const expected = runCli(['--pretty', '-d', dirname(source.fsPath)], source.fsPath);
      assert.equal(expected.status, 0, expected.stderr);
      assert.match(expected.stdout, /data:,hello%20from%20a%20local%20file%0A/);
      await waitFor(() => previewEditorOf(source)?.document.getText() === expected.stdout.slice(0, -1), 'the preview with the local file inlined');
      assert.deepEqual(vscode.languages.getDiagnostics(source).map((d) => d.message), []);
    });
  });
}

export function defineUntrustedWorkspaceTests(): void {
  suite('Untrusted workspace: local files are not read', () => {
    suiteTeardown(async () => {
      await setFilesDir(undefined);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('the workspace is in restricted mode and the extension is active', async () => {
      assert.equal(vscode.workspace.isTrusted, false);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(localFileConfig()), { preview: false });
      await waitFor(() => vscode.extensions.getExtension('butane-tools.butane-tools')?.isActive, 'the extension to activate');
    });

    test('with butane.filesDir set, `local` gets the CLI\'s error without -d, and a diagnostic says why the setting is not used', async () => {
      const source = localFileConfig();
      await setFilesDir('.');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false });
      const describe = () => JSON.stringify(vscode.languages.getDiagnostics(source).map((d) => [codeOf(d), d.message, d.range.start.line]));
      const diagnostics = await waitFor(() => {
        const all = vscode.languages.getDiagnostics(source);
        return all.some((d) => codeOf(d) === 'butane.untrusted-workspace') && all;
      }, 'the untrusted-workspace diagnostic').catch((e: Error) => assert.fail(`${e.message}; diagnostics now: ${describe()}`));
      const error = diagnostics.find((d) => d.severity === vscode.DiagnosticSeverity.Error && d.message === NO_FILES_DIR);
      assert.ok(error, JSON.stringify(diagnostics.map((d) => d.message)));
      assert.equal(error.range.start.line, LOCAL_LINE);
      const why = diagnostics.find((d) => codeOf(d) === 'butane.untrusted-workspace')!;
      assert.equal(why.message, 'butane.filesDir is ".", but local files are read only in a trusted workspace');
      assert.equal(why.range.start.line, LOCAL_LINE);
      // The same text with a trusted files directory translates (the file is there to be read).
      assert.equal(runCli(['--pretty', '-d', dirname(source.fsPath)], source.fsPath).status, 0);
    });

    test('Transpile to File writes nothing and says why', async () => {
      const source = localFileConfig();
      const stub = stubMessages('Warning', () => undefined);
      try {
        assert.equal(await vscode.commands.executeCommand('butane.transpileToFile', source), undefined);
      } finally {
        stub.restore();
      }
      assert.deepEqual(stub.calls.map((c) => c.message), ['Butane: this workspace is not trusted; Transpile to File writes nothing here.']);
      assert.ok(!existsSync(source.fsPath.replace(/\.bu$/, '.ign')));
    });

    test('granting trust (the Trust button of the Workspace Trust editor) restarts the server, which then reads the file: no problems, the report and the open preview of `butane -d`', async () => {
      const source = localFileConfig();
      await setFilesDir('.');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false, viewColumn: vscode.ViewColumn.One });
      await waitFor(() => vscode.languages.getDiagnostics(source).some((d) => d.message === NO_FILES_DIR), 'the error before the grant');
      await vscode.commands.executeCommand('butane.openPreviewToSide');
      const preview = await waitFor(() => previewEditorOf(source), 'the preview before the grant');
      assert.equal(preview.document.getText(), '', 'no output while the file is not read');
      const messages = stubMessages('Information', () => undefined);
      try {
        await vscode.commands.executeCommand('workbench.trust.manage');
        clickInWorkbench('.workspace-trust-editor .monaco-button', '^Trust'); // not "Don't Trust"
        await waitFor(() => vscode.workspace.isTrusted, 'the workspace to be trusted');
        await waitFor(() => messages.calls.length > 0, 'the message about the restart');
        assert.deepEqual(messages.calls.map((c) => c.message), ['Butane: workspace trusted; `local` and `trees` files are now read from disk.']);
      } finally {
        messages.restore();
      }
      await waitFor(() => vscode.languages.getDiagnostics(source).length === 0 && vscode.languages.getDiagnostics(source), 'the diagnostics to go once the file is read');
      const withFilesDir = runCli(['--pretty', '-d', dirname(source.fsPath)], source.fsPath);
      const checked = await vscode.commands.executeCommand<string>('butane.checkConfig', source);
      assert.equal(checked, withFilesDir.stderr, 'the report of `butane -d` (empty)');
      // The open preview follows without an edit: the output of `butane -d`.
      await waitFor(() => previewEditorOf(source)?.document.getText() === withFilesDir.stdout.slice(0, -1), 'the preview to show the output with the file read');
    });
  });
}
