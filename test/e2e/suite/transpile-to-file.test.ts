// "Butane: Transpile to File…" when the target already exists: a file it did not write is only
// replaced after a modal question (Cancel leaves it untouched), a file it wrote itself is
// replaced without one, and every write replaces the file whole (temporary file + rename).
// The modal is answered through a stub of showWarningMessage here; run-ui.mjs clicks the real one.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { chmodSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { runCli, scratchConfig, stubMessages } from './support';
import { waitFor } from './wait';

const CONFIG = 'variant: fcos\nversion: 1.6.0\nstorage:\n  files:\n    - path: /etc/motd\n      contents:\n        inline: hello\n';
const FOREIGN = '{"written":"by hand, not by the extension"}\n';

const transpileToFile = (source: vscode.Uri, target?: vscode.Uri) =>
  vscode.commands.executeCommand<vscode.Uri | undefined>('butane.transpileToFile', source, target);

/** Leftovers of an interrupted atomic write would be hidden `.<name>.<hex>.tmp` files beside the target. */
const tempFilesBeside = (target: string) => readdirSync(dirname(target)).filter((n) => n.endsWith('.tmp'));

export function defineTranspileToFileTests(): void {
  suite('Transpile to File over an existing file', () => {
    let source: vscode.Uri;
    let target: string;

    suiteSetup(async () => {
      source = scratchConfig(CONFIG, 'motd.bu');
      target = source.fsPath.replace(/\.bu$/, '.ign');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false });
      // The server has the document once Check Config gets an answer for it.
      await waitFor(async () => (await vscode.commands.executeCommand<string>('butane.checkConfig', source)) !== undefined, 'the server to know the config');
    });
    suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    test('a file it did not write: a modal question first; Cancel leaves the file untouched', async () => {
      writeFileSync(target, FOREIGN);
      const before = statSync(target);
      const stub = stubMessages('Warning', () => undefined); // Cancel (or Escape) answers undefined
      try {
        assert.equal(await transpileToFile(source), undefined, 'nothing written');
      } finally {
        stub.restore();
      }
      assert.equal(stub.calls.length, 1, JSON.stringify(stub.calls));
      assert.ok(stub.calls[0].modal, 'the question is modal');
      assert.match(stub.calls[0].message, /^motd\.ign already exists/);
      assert.deepEqual(stub.calls[0].items, ['Overwrite', 'Choose Another File…']);
      const after = statSync(target);
      assert.equal(readFileSync(target, 'utf8'), FOREIGN);
      assert.equal(after.ino, before.ino, 'the same file');
      assert.equal(after.mtimeMs, before.mtimeMs, 'not even rewritten');
    });

    test('Overwrite replaces it whole with the bytes of the CLI, through a rename', async () => {
      // A second name for the old file: written in place, it would change too; replaced by a rename, it keeps the old bytes.
      const oldName = join(dirname(target), 'old-motd.ign');
      linkSync(target, oldName);
      const stub = stubMessages('Warning', () => 'Overwrite');
      let written: vscode.Uri | undefined;
      try {
        written = await transpileToFile(source);
      } finally {
        stub.restore();
      }
      assert.equal(stub.calls.length, 1);
      assert.equal(written?.fsPath, target);
      assert.equal(readFileSync(target, 'utf8'), runCli(['--pretty'], source.fsPath).stdout);
      assert.equal(readFileSync(oldName, 'utf8'), FOREIGN, 'the old file was replaced, not rewritten in place');
      assert.notEqual(statSync(target).ino, statSync(oldName).ino);
      assert.deepEqual(tempFilesBeside(target), []);
    });

    test('a file it wrote itself is replaced without a question', async () => {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false });
      const at = editor.document.getText().indexOf('hello');
      await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 5)), 'hello again'));
      assert.ok(await editor.document.save(), 'saved, so that the CLI reads the same text');
      const stub = stubMessages('Warning', () => undefined);
      let written: vscode.Uri | undefined;
      try {
        written = await waitFor(async () => await transpileToFile(source), 'Transpile to File to write');
      } finally {
        stub.restore();
      }
      assert.deepEqual(stub.calls, [], 'no question');
      assert.equal(written.fsPath, target);
      const expected = runCli(['--pretty'], source.fsPath).stdout;
      assert.match(expected, /hello%20again/);
      assert.equal(readFileSync(target, 'utf8'), expected);
      assert.deepEqual(tempFilesBeside(target), []);
    });

    test('once changed by someone else, the file is asked about again', async () => {
      writeFileSync(target, FOREIGN);
      const stub = stubMessages('Warning', () => undefined);
      try {
        assert.equal(await transpileToFile(source), undefined);
      } finally {
        stub.restore();
      }
      assert.equal(stub.calls.length, 1);
      assert.ok(stub.calls[0].modal);
      assert.equal(readFileSync(target, 'utf8'), FOREIGN);
    });

    test('Choose Another File… writes to the file picked in the save dialog instead', async () => {
      const picked = vscode.Uri.file(join(dirname(target), 'picked.ign'));
      const window = vscode.window as unknown as Record<string, unknown>;
      const originalSave = window.showSaveDialog;
      let asked: vscode.SaveDialogOptions | undefined;
      window.showSaveDialog = async (options: vscode.SaveDialogOptions) => {
        asked = options;
        return picked;
      };
      const stub = stubMessages('Warning', () => 'Choose Another File…');
      let written: vscode.Uri | undefined;
      try {
        written = await transpileToFile(source);
      } finally {
        stub.restore();
        window.showSaveDialog = originalSave;
      }
      assert.equal(asked?.defaultUri?.fsPath, target, 'the dialog starts at the default target');
      assert.equal(written?.fsPath, picked.fsPath);
      assert.equal(readFileSync(picked.fsPath, 'utf8'), runCli(['--pretty'], source.fsPath).stdout);
      assert.equal(readFileSync(target, 'utf8'), FOREIGN, 'the default target stays untouched');
    });
  });

  suite('Transpile to File keeps permissions and links', () => {
    let source: vscode.Uri;
    let target: string;
    const overwrite = async () => {
      const stub = stubMessages('Warning', () => 'Overwrite');
      try {
        return await transpileToFile(source);
      } finally {
        stub.restore();
      }
    };

    suiteSetup(async () => {
      source = scratchConfig(CONFIG, 'secret.bu');
      target = source.fsPath.replace(/\.bu$/, '.ign');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false });
      await waitFor(async () => (await vscode.commands.executeCommand<string>('butane.checkConfig', source)) !== undefined, 'the server to know the config');
    });
    suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    test('a chmod 600 target stays 0600 and gets the bytes of the CLI', async () => {
      writeFileSync(target, FOREIGN);
      chmodSync(target, 0o600);
      assert.equal((await overwrite())?.fsPath, target);
      assert.equal(statSync(target).mode & 0o777, 0o600, 'not made world-readable');
      assert.equal(readFileSync(target, 'utf8'), runCli(['--pretty'], source.fsPath).stdout);
      assert.deepEqual(tempFilesBeside(target), []);
    });

    test('a symlink target stays a link; the file it points to gets the bytes and keeps its mode', async () => {
      const elsewhere = join(mkdtempSync(join(tmpdir(), 'butane-e2e-pointee-')), 'real.ign');
      writeFileSync(elsewhere, FOREIGN);
      chmodSync(elsewhere, 0o640);
      const link = join(dirname(target), 'linked.ign');
      symlinkSync(elsewhere, link);
      const stub = stubMessages('Warning', () => 'Overwrite');
      try {
        assert.equal((await transpileToFile(source, vscode.Uri.file(link)))?.fsPath, link);
      } finally {
        stub.restore();
      }
      assert.equal(stub.calls.length, 1, 'asked first: the pointee was not written by the extension');
      assert.ok(lstatSync(link).isSymbolicLink(), 'still a symlink');
      assert.equal(readlinkSync(link), elsewhere);
      assert.equal(readFileSync(elsewhere, 'utf8'), runCli(['--pretty'], source.fsPath).stdout);
      assert.equal(statSync(elsewhere).mode & 0o777, 0o640);
      assert.deepEqual(tempFilesBeside(elsewhere), [], 'the temporary file lived beside the pointee and is gone');
      assert.deepEqual(tempFilesBeside(link), []);
    });
  });
}
