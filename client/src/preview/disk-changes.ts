// When a file on disk changes (say a `local:` file or something under a `trees` folder), the
// language server re-analyses the documents that read files and publishes their diagnostics
// again. The preview and the status bar show the same analysis, so they refresh then too.
//
// The signal is "diagnostics published for a Butane document after a disk change": the server
// publishes only after it dropped its stale analysis, so a transpile request made then sees the
// new file contents (asking right at the file event could race the server's own notification).
// Diagnostics are also published after every edit; those publishes are not passed on, since
// edits already refresh both views. For a short while after a disk change every publish is
// passed on (not only the first), so that a publish of an edit made meanwhile cannot take the
// place of the one that follows the server's re-analysis.
import * as vscode from 'vscode';
import { isButaneDocument } from './transpile-client';

/** How long after a disk change publishes are passed on: the server waits a little before it re-analyses, and may be busy. */
const WINDOW_MS = 10_000;

export class DiskChangeSignal implements vscode.Disposable {
  private readonly fired = new vscode.EventEmitter<vscode.Uri>();
  /** A Butane document whose analysis may have changed because a file on disk did. */
  readonly onDidAffectDocument = this.fired.event;
  /** Open Butane documents -> until when (ms) their publishes are passed on, after a disk change. */
  private readonly pending = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [this.fired];

  constructor() {
    // Created, changed or deleted: any of them can change what a `local`/`trees` reference reads.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const onDisk = (uri: vscode.Uri) => this.diskChanged(uri);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onDisk),
      watcher.onDidChange(onDisk),
      watcher.onDidDelete(onDisk),
      vscode.languages.onDidChangeDiagnostics((e) => this.diagnosticsChanged(e.uris)),
    );
  }

  private diskChanged(changed: vscode.Uri): void {
    const until = Date.now() + WINDOW_MS;
    for (const document of vscode.workspace.textDocuments) {
      // Saving a config is a disk change of its own text, which the editor already has.
      if (isButaneDocument(document) && document.uri.toString() !== changed.toString()) this.pending.set(document.uri.toString(), until);
    }
  }

  private diagnosticsChanged(uris: readonly vscode.Uri[]): void {
    if (this.pending.size === 0) return;
    const now = Date.now();
    for (const uri of uris) {
      const key = uri.toString();
      const until = this.pending.get(key);
      if (until === undefined) continue;
      if (until < now) this.pending.delete(key);
      else this.fired.fire(uri);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
