// The palette commands around the preview: open it, go from output to source, write the
// output to a file, and print the report as the CLI would.
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { createHash } from 'node:crypto';
import { writeAtomically } from './atomic-write';
import { cliReportText } from './cli-report';
import type { ButaneLanguageClient } from '../language-client';
import { IgnitionPreview, PREVIEW_SCHEME } from './preview';
import { requestTranspile } from './transpile-client';

export { writeAtomically } from './atomic-write';

/** workspaceState key: target path -> sha256 of the bytes this extension last wrote there. */
const WRITTEN_KEY = 'butane.writtenOutputs';

/** The Butane document a command applies to: an explicit uri, the active Butane editor, or the preview's source. */
function targetSource(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg.scheme === PREVIEW_SCHEME ? IgnitionPreview.sourceOf(arg) : arg;
  const active = vscode.window.activeTextEditor?.document;
  if (!active) return undefined;
  if (active.languageId === 'butane') return active.uri;
  if (active.uri.scheme === PREVIEW_SCHEME) return IgnitionPreview.sourceOf(active.uri);
  return undefined;
}

/** The output file beside the source: `a.bu` -> `a.ign`, or `a.yaml` for a MachineConfig. */
export function defaultOutputPath(sourcePath: string, language: 'json' | 'yaml'): string {
  const dir = nodePath.dirname(sourcePath);
  const base = nodePath.basename(sourcePath).replace(/\.(bu|butane|ya?ml)$/i, '');
  const ext = language === 'json' ? '.ign' : '.yaml';
  const name = base + ext === nodePath.basename(sourcePath) ? `${base}.machineconfig${ext}` : base + ext;
  return nodePath.join(dir, name);
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

export function registerPreviewCommands(
  context: vscode.ExtensionContext,
  client: ButaneLanguageClient,
  preview: IgnitionPreview,
  output: vscode.LogOutputChannel,
): void {
  const report = vscode.window.createOutputChannel('Butane Check');
  context.subscriptions.push(report);

  const needSource = (arg: unknown) => {
    const source = targetSource(arg);
    if (!source) void vscode.window.showWarningMessage('Butane: open a Butane config first.');
    return source;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('butane.openPreviewToSide', async (arg?: unknown) => {
      const source = needSource(arg);
      return source && preview.open(source, true);
    }),
    vscode.commands.registerCommand('butane.openPreview', async (arg?: unknown) => {
      const source = needSource(arg);
      return source && preview.open(source, false);
    }),
    vscode.commands.registerCommand('butane.togglePreviewLock', () => preview.toggleLock()),
    // The title-bar pair: the icon shows the state (open or closed padlock), a click changes it.
    vscode.commands.registerCommand('butane.lockPreview', () => (preview.locked ? undefined : preview.toggleLock())),
    vscode.commands.registerCommand('butane.unlockPreview', () => (preview.locked ? preview.toggleLock() : undefined)),

    vscode.commands.registerCommand('butane.goToSource', async (previewUri?: vscode.Uri, position?: vscode.Position) => {
      const editor = vscode.window.activeTextEditor;
      const uri = previewUri ?? editor?.document.uri;
      const at = position ?? editor?.selection.active;
      if (!uri || uri.scheme !== PREVIEW_SCHEME || !at) {
        void vscode.window.showWarningMessage('Butane: place the cursor in the Ignition preview first.');
        return undefined;
      }
      const link = preview.linkedSource(uri, at);
      if (!link) {
        void vscode.window.showInformationMessage('Butane: this part of the output has no source line (it is generated).');
        return undefined;
      }
      const document = await vscode.workspace.openTextDocument(link.source);
      const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
      const target = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
      target.selection = new vscode.Selection(link.range.start, link.range.start);
      target.revealRange(link.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return link.range;
    }),

    vscode.commands.registerCommand('butane.transpileToFile', async (arg?: unknown, targetArg?: vscode.Uri) => {
      const source = needSource(arg);
      if (!source) return undefined;
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showWarningMessage('Butane: this workspace is not trusted; Transpile to File writes nothing here.');
        return undefined;
      }
      const result = await requestTranspile(client, source, false);
      if (!result || result.output === null) {
        const why = result?.fatal ?? 'the language server did not answer';
        void vscode.window.showErrorMessage(`Butane: no output written: ${why}`, 'Check Config').then((c) => c && vscode.commands.executeCommand('butane.checkConfig', source));
        return undefined;
      }
      if (source.scheme !== 'file' && !targetArg) {
        void vscode.window.showWarningMessage('Butane: save the config to a file first.');
        return undefined;
      }
      let target = targetArg?.fsPath ?? defaultOutputPath(source.fsPath, result.language);
      const bytes = result.output + '\n'; // the CLI ends its output with a newline
      const written = context.workspaceState.get<Record<string, string>>(WRITTEN_KEY, {});
      const existing = await fs.readFile(target, 'utf8').catch(() => undefined);
      if (existing !== undefined && written[target] !== sha(existing)) {
        const choice = await vscode.window.showWarningMessage(
          `${nodePath.basename(target)} already exists and was not written by Butane: Transpile to File. Overwrite it?`,
          { modal: true },
          'Overwrite',
          'Choose Another File…',
        );
        if (choice === 'Choose Another File…') {
          const picked = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(target), saveLabel: 'Write Output' });
          if (!picked) return undefined;
          target = picked.fsPath;
        } else if (choice !== 'Overwrite') return undefined;
      }
      // Through a symlink the pointee is replaced; an existing file keeps its mode (see atomic-write.ts).
      await writeAtomically(target, bytes, source.scheme === 'file' ? source.fsPath : undefined);
      await context.workspaceState.update(WRITTEN_KEY, { ...written, [target]: sha(bytes) });
      output.info(`Transpiled ${source.fsPath} to ${target}`);
      void vscode.window.setStatusBarMessage(`Butane: wrote ${nodePath.basename(target)}`, 4000);
      return vscode.Uri.file(target);
    }),

    vscode.commands.registerCommand('butane.checkConfig', async (arg?: unknown) => {
      const source = needSource(arg);
      if (!source) return undefined;
      const result = await requestTranspile(client, source, false);
      if (!result) return undefined;
      const document = await vscode.workspace.openTextDocument(source);
      const fileName = vscode.workspace.asRelativePath(source, false);
      const text = cliReportText(result, fileName, document.getText());
      report.clear();
      report.appendLine(`$ butane --pretty${vscode.workspace.getConfiguration('butane', source).get('strict') ? ' --strict' : ''} ${fileName}`);
      report.append(text === '' ? 'No errors or warnings.\n' : text);
      report.show(true);
      return text;
    }),
  );
}
