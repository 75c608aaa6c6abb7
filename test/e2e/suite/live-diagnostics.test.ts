// Live diagnostics in a real editor: typing makes a reference error appear, and typing it away
// makes it disappear. The message is the Butane CLI's ("path not absolute" for a relative path).
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './wait';

const CONFIG = ['variant: fcos', 'version: 1.5.0', 'storage:', '  files:', '    - path: /etc/motd', '      contents:', '        inline: hello', ''].join('\n');
const PATH_LINE = 4;
const SLASH = new vscode.Position(PATH_LINE, '    - path: '.length);

const errorsOf = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error && d.source === 'butane');

export function defineLiveDiagnosticsTests(): void {
  suite('Live diagnostics while typing', () => {
    test('deleting the leading slash of a path shows "path not absolute" on it; typing it back clears it', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'butane', content: CONFIG });
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      // A version that the server has analysed: an error typed elsewhere first shows up, then goes.
      await editor.edit((e) => e.delete(new vscode.Range(SLASH, SLASH.translate(0, 1))));
      const errors = await waitFor(() => errorsOf(document.uri).length > 0 && errorsOf(document.uri), 'the relative-path error');
      assert.deepEqual(
        errors.map((d) => [d.message, d.range.start.line]),
        [['path not absolute', PATH_LINE]],
      );
      await editor.edit((e) => e.insert(SLASH, '/'));
      await waitFor(() => errorsOf(document.uri).length === 0, 'the error to disappear after typing the slash back');
      assert.equal(document.getText(), CONFIG);
    });
  });
}
