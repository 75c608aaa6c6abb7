// Entry point of the VS Code extension: the language client, commands and detection of
// Butane files saved under a YAML extension.
import * as vscode from 'vscode';
import { ButaneLanguageClient, SERVED_LANGUAGES } from './language-client';
import { registerYamlDetection } from './yaml-detection';
import { restartOnTrustGrant } from './workspace-trust';
import { IgnitionPreview } from './preview/preview';
import { ButaneStatusBar } from './preview/status-bar';
import { DiskChangeSignal } from './preview/disk-changes';
import { registerPreviewCommands } from './preview/commands';

let languageClient: ButaneLanguageClient | undefined;

const isServedLanguage = (d: vscode.TextDocument): boolean => SERVED_LANGUAGES.includes(d.languageId);

/** What `activate` returns: the preview and the status bar item, for the real-editor tests. */
export interface ButaneExtensionApi {
  preview: IgnitionPreview;
  statusBar: ButaneStatusBar;
}

export async function activate(context: vscode.ExtensionContext): Promise<ButaneExtensionApi> {
  const output = vscode.window.createOutputChannel('Butane', { log: true });
  const client = new ButaneLanguageClient(context, output);
  languageClient = client;
  context.subscriptions.push(output, client);

  context.subscriptions.push(
    vscode.commands.registerCommand('butane.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('butane.restartServer', () => client.restart()),
  );
  restartOnTrustGrant(context, client, output);

  const diskChanges = new DiskChangeSignal();
  const preview = new IgnitionPreview(client, diskChanges);
  const statusBar = new ButaneStatusBar(client, diskChanges);
  context.subscriptions.push(diskChanges, preview, statusBar);
  registerPreviewCommands(context, client, preview, output);

  // Activation also happens for plain YAML files (to detect Butane in them); the server is
  // only started once a document it serves (see SERVED_LANGUAGES) is actually open.
  registerYamlDetection(context);
  if (vscode.workspace.textDocuments.some(isServedLanguage)) {
    await client.start();
  } else {
    const waitForButane = vscode.workspace.onDidOpenTextDocument((d) => {
      if (!isServedLanguage(d)) return;
      waitForButane.dispose();
      void client.start();
    });
    context.subscriptions.push(waitForButane);
  }
  return { preview, statusBar };
}

export async function deactivate(): Promise<void> {
  await languageClient?.stop();
  languageClient = undefined;
}
