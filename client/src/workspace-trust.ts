// The server reads `local`/`trees` files only in a trusted workspace (it learns this from
// its initialization options). When the user grants trust, restart it so that it may.
import * as vscode from 'vscode';
import type { ButaneLanguageClient } from './language-client';

export function restartOnTrustGrant(context: vscode.ExtensionContext, client: ButaneLanguageClient, output: vscode.LogOutputChannel): void {
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      if (!client.running) return; // started later with the new value anyway
      output.info('Workspace trusted: restarting the Butane language server so that it may read local files.');
      await client.restart();
      void vscode.window.showInformationMessage('Butane: workspace trusted; `local` and `trees` files are now read from disk.');
    }),
  );
}
