// API-level tests of the extension, run by mocha inside a real VS Code extension host
// (code-server here, desktop VS Code through @vscode/test-electron elsewhere).
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './wait';

const EXTENSION_ID = 'butane-tools.butane-tools';

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

const errorsOf = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

export function defineTests(): void {
  suite('Butane extension (API level)', () => {
    test('activates when a .bu file opens, with language id butane', async () => {
      const document = await open('syntax-error.bu');
      assert.equal(document.languageId, 'butane');
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is installed`);
      await waitFor(() => extension.isActive, 'the extension to activate');
    });

    test('.butane is butane, .ign is ignition, other YAML stays yaml', async () => {
      assert.equal((await open('valid.butane')).languageId, 'butane');
      assert.equal((await open('config.ign')).languageId, 'ignition');
      assert.equal((await open('plain.yaml')).languageId, 'yaml');
    });

    test('a file without extension whose first line is variant: is butane (firstLine)', async () => {
      assert.equal((await open('butane-config')).languageId, 'butane');
    });

    test('a .yaml file whose first line is variant: becomes butane', async () => {
      const document = await open('detected.yaml');
      await waitFor(
        () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString() && d.languageId === 'butane'),
        'detected.yaml to switch to butane',
      );
    });

    test('a YAML syntax error is reported as an error on its line', async () => {
      // The reference prints "yaml: line 2: mapping values are not allowed in this context" for this file.
      const uri = fixture('syntax-error.bu');
      await open('syntax-error.bu');
      const errors = await waitFor(() => errorsOf(uri).length > 0 && errorsOf(uri), 'a diagnostic on syntax-error.bu');
      assert.equal(errors.length, 1, JSON.stringify(errors.map((d) => d.message)));
      assert.equal(errors[0].range.start.line, 1);
      assert.match(errors[0].message, /mapping values are not allowed in this context/);
    });

    // Absence of diagnostics needs a witness: documents are analysed in the order they open, so
    // once a .bu opened afterwards has its error, the document under test would have had its own.
    async function diagnosticsSettledFor(name: string): Promise<vscode.Diagnostic[]> {
      const uri = fixture(name);
      await open(name);
      const witness = await vscode.workspace.openTextDocument({ language: 'butane', content: 'variant: fcos\nversion: 1.5.0: x\n' });
      await waitFor(() => errorsOf(witness.uri).length > 0, 'the diagnostic on a fresh untitled witness');
      return vscode.languages.getDiagnostics(uri);
    }

    test('a valid Ignition config gets no Butane diagnostics', async () => {
      assert.deepEqual((await diagnosticsSettledFor('config.ign')).map((d) => d.message), []);
    });

    test('a valid minimal config (fcos 1.5.0) shows no problems', async () => {
      assert.deepEqual((await diagnosticsSettledFor('valid.butane')).map((d) => d.message), []);
    });

    test('completion and hover requests answer without failing', async () => {
      const uri = fixture('valid.butane');
      await open('valid.butane');
      const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 0));
      assert.ok(completions && Array.isArray(completions.items));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 2));
      assert.ok(Array.isArray(hovers));
    });

    test('Butane: Show Output and Butane: Restart Language Server run; diagnostics come back after a restart', async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const c of ['butane.showOutput', 'butane.restartServer']) assert.ok(commands.includes(c), c);
      await vscode.commands.executeCommand('butane.showOutput');
      const uri = fixture('syntax-error.bu');
      await open('syntax-error.bu');
      const before = await waitFor(() => errorsOf(uri)[0], 'diagnostics before the restart');
      await vscode.commands.executeCommand('butane.restartServer');
      // Stopping the client drops its diagnostics; the new server publishes fresh objects.
      const after = await waitFor(() => errorsOf(uri).find((d) => d !== before), 'diagnostics from the restarted server');
      assert.equal(after.message, before.message);
    });

    test('butane.* settings are contributed with their defaults', () => {
      const config = vscode.workspace.getConfiguration('butane');
      assert.equal(config.get('filesDir'), '');
      assert.equal(config.get('strict'), false);
      assert.equal(config.get('trace.server'), 'off');
    });
  });
}
