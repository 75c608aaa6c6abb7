// The preview of an `openshift` config: a MachineConfig in YAML (language yaml), or with the
// `butane.preview.raw` setting the plain Ignition JSON of the CLI's --raw; Transpile to File
// writes the same bytes as the CLI in either form (worker.yaml / worker.ign).
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { previewEditorOf, runCli, scratchConfig } from './support';
import { waitFor } from './wait';

const OPENSHIFT = [
  'variant: openshift',
  'version: 4.20.0',
  'metadata:',
  '  name: 99-worker-motd',
  '  labels:',
  '    machineconfiguration.openshift.io/role: worker',
  'storage:',
  '  files:',
  '    - path: /etc/motd',
  '      contents:',
  '        inline: hello',
  '',
].join('\n');

const setRaw = (value: boolean | undefined) => vscode.workspace.getConfiguration('butane').update('preview.raw', value, vscode.ConfigurationTarget.Global);

const previewIn = (source: vscode.Uri, languageId: string) => waitFor(() => {
  const editor = previewEditorOf(source);
  return editor?.document.languageId === languageId && editor.document.getText() !== '' && editor;
}, `the ${languageId} preview`);

export function defineOpenShiftPreviewTests(): void {
  suite('OpenShift preview', () => {
    teardown(async () => {
      await setRaw(undefined);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('a MachineConfig in YAML, the CLI\'s bytes; butane.preview.raw switches it to the JSON of --raw and back', async () => {
      const source = scratchConfig(OPENSHIFT, 'worker.bu');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false, viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('butane.openPreviewToSide');

      const yaml = await previewIn(source, 'yaml');
      const machineConfig = runCli(['--pretty'], source.fsPath);
      assert.equal(machineConfig.status, 0, machineConfig.stderr);
      assert.match(machineConfig.stdout, /^kind: MachineConfig$/m);
      assert.equal(yaml.document.getText() + '\n', machineConfig.stdout);
      assert.notEqual(yaml.viewColumn, vscode.ViewColumn.One, 'beside the source');

      await setRaw(true);
      const json = await previewIn(source, 'json');
      assert.equal(json.document.getText() + '\n', runCli(['--pretty', '--raw'], source.fsPath).stdout);
      assert.equal(json.viewColumn, yaml.viewColumn, 'in the same place as the YAML preview');

      await setRaw(false);
      const back = await previewIn(source, 'yaml');
      assert.equal(back.document.getText() + '\n', machineConfig.stdout);
    });

    test('Transpile to File writes the MachineConfig to worker.yaml, and with butane.preview.raw the Ignition to worker.ign', async () => {
      const source = scratchConfig(OPENSHIFT, 'worker.bu');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false });
      const yaml = await waitFor(async () => await vscode.commands.executeCommand<vscode.Uri>('butane.transpileToFile', source), 'Transpile to File to write');
      assert.equal(yaml.fsPath, source.fsPath.replace(/\.bu$/, '.yaml'));
      assert.equal(readFileSync(yaml.fsPath, 'utf8'), runCli(['--pretty'], source.fsPath).stdout);

      await setRaw(true);
      const ign = await waitFor(async () => await vscode.commands.executeCommand<vscode.Uri>('butane.transpileToFile', source), 'Transpile to File to write');
      assert.equal(ign.fsPath, source.fsPath.replace(/\.bu$/, '.ign'));
      assert.equal(readFileSync(ign.fsPath, 'utf8'), runCli(['--pretty', '--raw'], source.fsPath).stdout);
    });
  });
}
