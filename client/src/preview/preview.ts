// The Ignition preview: a read-only virtual document (JSON, or YAML for an OpenShift
// MachineConfig) holding what `butane --pretty` prints for the followed Butane document,
// refreshed as the user types and linked both ways with the source.
//
// When the config stops translating the preview keeps the last good output; JSON has no
// comments, so staleness is shown by a CodeLens on the first line ("Stale: …" with the
// reason), the status bar item, and a warning background on the whole preview.
import * as vscode from 'vscode';
import type { TranspileMapEntry, TranspileResult } from '../../../server/src/lsp/protocol';
import type { ButaneLanguageClient } from '../language-client';
import { isButaneDocument, requestTranspile } from './transpile-client';
import type { DiskChangeSignal } from './disk-changes';

export const PREVIEW_SCHEME = 'butane-preview';
/** Context key for `when` clauses: the preview is locked to its source (lock/unlock title-bar icons). */
export const PREVIEW_LOCKED_CONTEXT = 'butane.previewLocked';
/**
 * Tab title prefix of a locked preview, as the Markdown preview shows it. A text document's tab
 * title is the last segment of its uri, so a locked preview is a document of its own uri.
 */
const LOCKED_PREFIX = '[Locked] ';
/** Typing pause after which the links (the map) are fetched for the new output. */
const MAP_DELAY_MS = 250;

interface PreviewState {
  /** The preview document's uri (the key of its state). */
  uri: vscode.Uri;
  source: vscode.Uri;
  /** Last good output (what the document shows). */
  output: string;
  language: 'json' | 'yaml';
  map: TranspileMapEntry[];
  /** Why the shown output is not that of the current text; undefined when it is current. */
  staleReason?: string;
  version: number;
}

const toRange = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
  new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

const contains = (r: vscode.Range, p: vscode.Position) => r.contains(p);

/**
 * The innermost map entry whose `side` range contains `position`. On a tie (a list item and
 * its first member share a source range) the later entry wins: the map is in output order, so
 * that is the deeper one.
 */
export function innermostEntry(map: readonly TranspileMapEntry[], side: 'output' | 'source', position: vscode.Position): TranspileMapEntry | undefined {
  let best: TranspileMapEntry | undefined;
  let bestSize = Infinity;
  for (const e of map) {
    const r = toRange(e[side]);
    if (!contains(r, position)) continue;
    // Size in lines first, then characters: nested members are smaller.
    const size = (r.end.line - r.start.line) * 1e6 + (r.end.character - r.start.character);
    if (size <= bestSize) {
      best = e;
      bestSize = size;
    }
  }
  return best;
}

export class IgnitionPreview implements vscode.TextDocumentContentProvider, vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensesChanged.event;
  private readonly stateChanged = new vscode.EventEmitter<void>();
  /** Fires after every refresh (for the status bar and tests). */
  readonly onDidRefresh = this.stateChanged.event;

  /** Preview document uri -> state. */
  private readonly states = new Map<string, PreviewState>();
  /** The preview that follows the active Butane editor (unless locked). */
  private current: vscode.Uri | undefined;
  locked = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly highlight = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
    isWholeLine: true,
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.rangeHighlightForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  private readonly staleDecoration = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('diffEditor.removedLineBackground'),
    isWholeLine: true,
  });

  constructor(private readonly client: ButaneLanguageClient, diskChanges?: DiskChangeSignal) {
    if (diskChanges) {
      // A `local`/`trees` file changed and the server re-analysed the source: show the new output.
      this.disposables.push(diskChanges.onDidAffectDocument((source) => this.previewsOf(source).length > 0 && this.schedule(source)));
    }
    void this.setLockedContext();
    this.disposables.push(
      vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
      vscode.languages.registerCodeLensProvider({ scheme: PREVIEW_SCHEME }, this),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isButaneDocument(e.document) && this.previewsOf(e.document.uri).length > 0) this.schedule(e.document.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('butane')) for (const s of this.states.values()) this.schedule(s.source);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.follow(editor)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorateAll()),
      // The lock belongs to the locked preview: once its last tab is closed, a new preview follows
      // the active editor again (the document itself may close much later).
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        if (this.locked && e.closed.length > 0 && this.current && !this.hasTab(this.current)) this.setLocked(false);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.scheme === PREVIEW_SCHEME) {
          this.states.delete(d.uri.toString());
          if (this.current?.toString() === d.uri.toString()) {
            this.current = undefined;
            // The lock belonged to that preview: the next one follows the active editor again.
            if (this.locked) this.setLocked(false);
          }
        }
      }),
      this.changed,
      this.lensesChanged,
      this.stateChanged,
      this.highlight,
      this.staleDecoration,
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }

  /**
   * The preview uri of a source: the file name plus the output's extension, so VS Code picks the
   * language; `[Locked] ` in front for a locked preview, so that its tab says so.
   */
  static previewUri(source: vscode.Uri, language: 'json' | 'yaml', locked = false): vscode.Uri {
    const base = source.path.split('/').pop() ?? 'config.bu';
    const name = (locked ? LOCKED_PREFIX : '') + (language === 'json' ? `${base} (Ignition).json` : `${base} (MachineConfig).yaml`);
    return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: '/' + name, query: source.toString() });
  }

  /** Whether a preview uri is that of a locked preview (its tab title starts with `[Locked] `). */
  static isLockedUri(preview: vscode.Uri): boolean {
    return preview.path.startsWith('/' + LOCKED_PREFIX);
  }

  static sourceOf(preview: vscode.Uri): vscode.Uri {
    return vscode.Uri.parse(preview.query);
  }

  state(preview: vscode.Uri): PreviewState | undefined {
    return this.states.get(preview.toString());
  }

  /** The preview currently following the active Butane editor, if open. */
  get currentPreview(): vscode.Uri | undefined {
    return this.current;
  }

  private previewsOf(source: vscode.Uri): vscode.Uri[] {
    return [...this.states.values()].filter((s) => s.source.toString() === source.toString()).map((s) => s.uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const state = this.states.get(uri.toString());
    return state?.output ?? '';
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const state = this.states.get(document.uri.toString());
    if (!state) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses: vscode.CodeLens[] = [];
    if (state.staleReason !== undefined) {
      lenses.push(new vscode.CodeLens(top, { title: `$(warning) ${state.version === -1 ? 'No output' : 'Stale'}: ${state.staleReason}`, command: 'butane.checkConfig', arguments: [state.source], tooltip: 'The config does not translate any more; this is the last good output. Click for the full report.' }));
    }
    // One "go to source" lens per list item (a file, a unit, a user...): the granularity users navigate by.
    for (const e of state.map) {
      if (!/\.\d+$/.test(e.outputPath)) continue;
      const line = e.source.start.line;
      lenses.push(new vscode.CodeLens(new vscode.Range(e.output.start.line, 0, e.output.start.line, 0), {
        title: `Butane source: line ${line + 1}`,
        command: 'butane.goToSource',
        arguments: [document.uri, new vscode.Position(e.output.start.line, e.output.start.character)],
      }));
    }
    return lenses;
  }

  /** Opens the preview of `source` (beside or in the active column) and shows it. */
  async open(source: vscode.Uri, toSide: boolean): Promise<vscode.TextEditor | undefined> {
    const result = await requestTranspile(this.client, source, true);
    const language = result?.language ?? 'json';
    const uri = IgnitionPreview.previewUri(source, language, this.locked);
    this.apply(uri, source, result);
    this.current = uri;
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
      preserveFocus: toSide,
      preview: false,
    });
    this.decorateAll();
    return editor;
  }

  /** Follows the active Butane editor: the open preview switches to it unless locked. */
  private async follow(editor: vscode.TextEditor | undefined): Promise<void> {
    if (this.locked || !this.current || !isButaneDocument(editor?.document)) return;
    if (!vscode.workspace.getConfiguration('butane').get<boolean>('preview.followActiveEditor', true)) return;
    const source = editor.document.uri;
    if (IgnitionPreview.sourceOf(this.current).toString() === source.toString()) return;
    const old = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.current?.toString());
    if (!old) return;
    const result = await requestTranspile(this.client, source, true);
    const uri = IgnitionPreview.previewUri(source, result?.language ?? 'json');
    this.apply(uri, source, result);
    this.current = uri;
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { viewColumn: old.viewColumn, preserveFocus: true, preview: true });
    this.decorateAll();
  }

  /**
   * Locks the preview to its source or unlocks it. The open preview is replaced by the document
   * of the other uri (same state, same editor column), so that its tab title shows the lock.
   */
  async toggleLock(): Promise<void> {
    this.setLocked(!this.locked);
    void vscode.window.showInformationMessage(this.locked ? 'Butane: the preview is locked to its current source.' : 'Butane: the preview follows the active Butane editor.');
    const old = this.current;
    const state = old && this.states.get(old.toString());
    if (!old || !state || IgnitionPreview.isLockedUri(old) === this.locked) return;
    const uri = IgnitionPreview.previewUri(state.source, state.language, this.locked);
    this.states.set(uri.toString(), { ...state, uri });
    this.current = uri;
    const document = await vscode.workspace.openTextDocument(uri);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === old.toString());
    for (const tab of tabs) {
      await vscode.window.showTextDocument(document, { viewColumn: tab.group.viewColumn, preserveFocus: !tab.isActive || !tab.group.isActive, preview: false });
    }
    await vscode.window.tabGroups.close(tabs, true);
    this.states.delete(old.toString());
    this.decorateAll();
  }

  private hasTab(uri: vscode.Uri): boolean {
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()));
  }

  private setLocked(locked: boolean): void {
    this.locked = locked;
    void this.setLockedContext();
  }

  private setLockedContext(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', PREVIEW_LOCKED_CONTEXT, this.locked);
  }

  private schedule(source: vscode.Uri): void {
    const key = source.toString();
    clearTimeout(this.timers.get(key));
    // A short delay merges a burst of keystrokes into one request.
    this.timers.set(key, setTimeout(() => void this.refresh(source), 15));
  }

  /**
   * Keystroke path: the output first, without the map (the map costs a scan of the output and
   * a lookup per translation); the map follows once typing pauses, from the same cached
   * analysis on the server, so it costs nothing when the text did not change meanwhile.
   */
  async refresh(source: vscode.Uri, includeMap = false): Promise<void> {
    const result = await requestTranspile(this.client, source, includeMap).catch(() => undefined);
    if (!includeMap && result?.output != null) {
      const key = 'map:' + source.toString();
      clearTimeout(this.timers.get(key));
      this.timers.set(key, setTimeout(() => void this.refresh(source, true), MAP_DELAY_MS));
    }
    for (const uri of this.previewsOf(source)) {
      const language = result?.output != null ? result.language : this.states.get(uri.toString())?.language;
      if (language && language !== this.states.get(uri.toString())?.language) {
        // The variant changed between Ignition and MachineConfig: show the other kind of document.
        const next = IgnitionPreview.previewUri(source, language, IgnitionPreview.isLockedUri(uri));
        this.apply(next, source, result);
        if (this.current?.toString() === uri.toString()) this.current = next;
        const old = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
        if (old) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(next), { viewColumn: old.viewColumn, preserveFocus: true });
        continue;
      }
      this.apply(uri, source, result);
    }
  }

  private apply(uri: vscode.Uri, source: vscode.Uri, result: TranspileResult | undefined): void {
    const key = uri.toString();
    const previous = this.states.get(key);
    if (result && result.output !== null) {
      // Without a map in the answer, the old one stays until the map request answers.
      const map = result.map ?? (previous?.language === result.language ? previous.map : []);
      this.states.set(key, { uri, source, output: result.output, language: result.language, map, version: result.version });
    } else {
      const reason = result ? result.fatal ?? 'the config does not translate' : 'the language server did not answer';
      this.states.set(key, {
        uri,
        source,
        output: previous?.output ?? '',
        language: previous?.language ?? result?.language ?? 'json',
        map: previous?.map ?? [],
        staleReason: reason,
        version: previous?.version ?? -1,
      });
    }
    if (previous?.output !== this.states.get(key)?.output) this.changed.fire(uri);
    this.lensesChanged.fire();
    this.decorateAll();
    this.stateChanged.fire();
  }

  private decorateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.scheme !== PREVIEW_SCHEME) continue;
      const state = this.states.get(editor.document.uri.toString());
      const stale = state?.staleReason !== undefined;
      editor.setDecorations(this.staleDecoration, stale ? [new vscode.Range(0, 0, Math.max(0, editor.document.lineCount - 1), 0)] : []);
    }
  }

  /** Source cursor -> highlight and reveal the output it produced. */
  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    if (!isButaneDocument(e.textEditor.document)) return;
    if (!vscode.workspace.getConfiguration('butane').get<boolean>('preview.highlightLinkedOutput', true)) return;
    const source = e.textEditor.document.uri;
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.scheme !== PREVIEW_SCHEME) continue;
      const state = this.states.get(editor.document.uri.toString());
      if (!state || state.source.toString() !== source.toString()) continue;
      const entry = innermostEntry(state.map, 'source', e.selections[0].active);
      const ranges = entry ? state.map.filter((m) => m.sourcePath === entry.sourcePath).map((m) => toRange(m.output)) : [];
      editor.setDecorations(this.highlight, ranges);
      if (ranges[0]) editor.revealRange(ranges[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  /** The output range the source position is linked to (for tests and commands). */
  linkedOutput(preview: vscode.Uri, sourcePosition: vscode.Position): vscode.Range | undefined {
    const state = this.states.get(preview.toString());
    const entry = state && innermostEntry(state.map, 'source', sourcePosition);
    return entry ? toRange(entry.output) : undefined;
  }

  /** Preview position -> the source range that produced it. */
  linkedSource(preview: vscode.Uri, outputPosition: vscode.Position): { source: vscode.Uri; range: vscode.Range } | undefined {
    const state = this.states.get(preview.toString());
    const entry = state && innermostEntry(state.map, 'output', outputPosition);
    return entry && state ? { source: state.source, range: toRange(entry.source) } : undefined;
  }
}
