// Status bar item on Butane editors: `fcos 1.6.0 → Ignition 3.5.0` with error and warning
// counts; clicking it opens the preview to the side.
import * as vscode from 'vscode';
import type { TranspileResult } from '../../../server/src/lsp/protocol';
import type { ButaneLanguageClient } from '../language-client';
import { isButaneDocument, requestTranspile } from './transpile-client';

/** The item's text for a transpile answer (exported for tests). */
export function statusText(result: TranspileResult): string {
  const errors = result.report.filter((r) => r.kind === 'error').length + (result.output === null && result.fatal && !result.report.some((r) => r.kind === 'error') ? 1 : 0);
  const warnings = result.report.filter((r) => r.kind === 'warning').length;
  const header = result.variant && result.variantVersion ? `${result.variant} ${result.variantVersion}` : 'Butane';
  const target = result.language === 'yaml' ? 'MachineConfig' : `Ignition ${result.ignitionVersion ?? '?'}`;
  return `${header} → ${target} $(error) ${errors} $(warning) ${warnings}`;
}

export class ButaneStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('butane.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: ButaneLanguageClient) {
    this.item.name = 'Butane';
    this.item.command = 'butane.openPreviewToSide';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(150);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('butane') && this.schedule(0)),
    );
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
    this.item.text = statusText(result);
    this.item.tooltip = result.output === null ? `Does not translate: ${result.fatal ?? 'see Problems'}. Click to open the Ignition preview.` : 'Click to open the Ignition preview to the side.';
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
