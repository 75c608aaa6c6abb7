// Status bar item on Butane editors: `fcos 1.6.0 → Ignition 3.5.0` with error and warning
// counts; clicking it opens the preview to the side.
import * as vscode from 'vscode';
import type { ButaneLanguageClient } from '../language-client';
import { isButaneDocument, requestTranspile } from './transpile-client';
import type { DiskChangeSignal } from './disk-changes';
import { statusText } from './status-text';

export { statusText } from './status-text';

export class ButaneStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('butane.status', vscode.StatusBarAlignment.Right, 100);
  private readonly updated = new vscode.EventEmitter<void>();
  /** Fires after the item's text was set (for tests). */
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[] = [this.item, this.updated];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: ButaneLanguageClient, diskChanges?: DiskChangeSignal) {
    this.item.name = 'Butane';
    this.item.command = 'butane.openPreviewToSide';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(150);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('butane') && this.schedule(0)),
    );
    if (diskChanges) {
      // A `local`/`trees` file changed and the server re-analysed the active config: new counts.
      this.disposables.push(diskChanges.onDidAffectDocument((uri) => uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && this.schedule(0)));
    }
    this.schedule(0);
  }

  /** Last text shown (for tests). */
  get text(): string {
    return this.item.text;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!isButaneDocument(document)) {
      this.item.hide();
      return;
    }
    const result = await requestTranspile(this.client, document.uri, false).catch(() => undefined);
    if (!result || vscode.window.activeTextEditor?.document !== document) return;
    this.item.text = statusText(result, document.getText());
    this.updated.fire();
    this.item.tooltip = result.output === null ? `Does not translate: ${result.fatal ?? 'see Problems'}. Click to open the Ignition preview.` : 'Click to open the Ignition preview to the side.';
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
