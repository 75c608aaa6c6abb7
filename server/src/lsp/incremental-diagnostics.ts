// Diagnostics per document version, incremental: an edit inside one entry of a long list
// (storage.files, systemd.units, passwd.users, ...) re-analyses a stand-in document holding only
// that entry and splices its findings into the previous diagnostics; anything else runs the full
// pipeline. See core/incremental/list-items.ts for when the splice is exact.
import { Diagnostic } from 'vscode-languageserver';
import { ItemIndex, ItemSegment, acceptIdentity, moveIdentity, buildItemIndex, diffTexts, identityFieldOf, newlinesIn, segmentOfChange, shiftIndex, standInDocument, standInEntry } from '../core/incremental/list-items';
import { Analysis, AnalysisInputs, AnalyzedDocument, Logger, analyze } from './analysis';
import { diagnosticsOf } from './diagnostics';

interface DocumentState {
  text: string;
  version: number;
  inputsKey: string;
  /** Null when the last full analysis found the document outside the incremental shape. */
  index: ItemIndex | null;
  diagnostics: Diagnostic[];
  readsFiles: boolean;
}

export interface IncrementalStats {
  full: number;
  spliced: number;
}

/** Whether the pipeline ran to the end without errors: only then are entries independent. */
function runWasClean(analysis: Analysis): boolean {
  const r = analysis.result;
  if (!r || analysis.internalError !== undefined || r.fatal !== undefined) return false;
  return !r.report.some((e) => e.kind === 'error');
}

function shiftDiagnostic(d: Diagnostic, lines: number): Diagnostic {
  if (lines === 0) return d;
  return {
    ...d,
    range: { start: { line: d.range.start.line + lines, character: d.range.start.character }, end: { line: d.range.end.line + lines, character: d.range.end.character } },
  };
}

export class IncrementalDiagnostics {
  private readonly states = new Map<string, DocumentState>();
  readonly stats: IncrementalStats = { full: 0, spliced: 0 };

  /**
   * @param fullAnalysis the full pipeline run (shared with other features through their cache).
   */
  constructor(
    private readonly log: Logger,
    private readonly fullAnalysis: (doc: AnalyzedDocument, inputs: AnalysisInputs) => Analysis = (doc, inputs) => analyze(doc, inputs, log),
  ) {}

  diagnosticsFor(doc: AnalyzedDocument, inputs: AnalysisInputs): Diagnostic[] {
    const text = doc.getText();
    const previous = this.states.get(doc.uri);
    if (previous && previous.version === doc.version && previous.inputsKey === inputs.key && previous.text === text) return previous.diagnostics;
    if (previous && previous.index && previous.inputsKey === inputs.key) {
      const spliced = this.trySplice(doc, previous, text, inputs);
      if (spliced) {
        this.stats.spliced++;
        this.states.set(doc.uri, spliced);
        return spliced.diagnostics;
      }
    }
    this.stats.full++;
    const analysis = this.fullAnalysis(doc, inputs);
    const diagnostics = diagnosticsOf(analysis);
    let index: ItemIndex | null = null;
    if (analysis.parsed && runWasClean(analysis)) index = buildItemIndex(analysis.parsed);
    this.states.set(doc.uri, { text, version: doc.version, inputsKey: inputs.key, index, diagnostics, readsFiles: inputs.host !== undefined });
    return diagnostics;
  }

  private trySplice(doc: AnalyzedDocument, previous: DocumentState, text: string, inputs: AnalysisInputs): DocumentState | undefined {
    const index = previous.index!;
    const change = diffTexts(previous.text, text);
    if (change.start === change.oldEnd && change.start === change.newEnd) {
      return { ...previous, version: doc.version };
    }
    const segment = segmentOfChange(index, change);
    if (!segment) return undefined;
    const newSegmentEnd = segment.end + (change.newEnd - change.oldEnd);
    const standIn = standInDocument(index, segment, text.slice(segment.start, newSegmentEnd));
    if (!standIn) return undefined;
    const analysis = analyze({ uri: doc.uri, version: doc.version, getText: () => standIn.text }, inputs, this.log);
    const item = analysis.parsed && runWasClean(analysis) ? standInEntry(analysis.parsed, segment, identityFieldOf(segment)) : undefined;
    if (!item) return undefined;
    // Entries checked together: links (targets, parents) and units next to files under /etc/systemd.
    if (segment.list === 'links') return undefined;
    if (segment.parent === 'systemd' && (index.identities.systemdPaths || index.identities.templateUnits)) return undefined;
    if (!acceptIdentity(index, segment, item)) return undefined;
    const prefix = [segment.parent, segment.list, 0];
    if (!analysis.result!.report.every((e) => e.path !== null && prefix.every((p, i) => e.path![i] === p))) return undefined;

    const lineOffset = segment.line - standIn.itemLine;
    const entryDiagnostics: Diagnostic[] = [];
    for (const d of diagnosticsOf(analysis)) {
      if (d.range.start.line < standIn.itemLine) return undefined;
      entryDiagnostics.push(renumberPath(shiftDiagnostic(d, lineOffset), segment));
    }

    const oldSegmentLines = newlinesIn(previous.text, segment.start, segment.end);
    const oldEndLine = segment.line + oldSegmentLines;
    const lineDelta = newlinesIn(text, change.start, change.newEnd) - change.oldNewlines;
    const diagnostics: Diagnostic[] = [];
    for (const d of previous.diagnostics) {
      const line = d.range.start.line;
      if (line < segment.line) diagnostics.push(d);
      else if (line >= oldEndLine) diagnostics.push(shiftDiagnostic(d, lineDelta));
    }
    diagnostics.push(...entryDiagnostics);
    moveIdentity(index, segment, item);
    return { text, version: doc.version, inputsKey: inputs.key, readsFiles: previous.readsFiles, index: shiftIndex(index, segment, change, text, item), diagnostics };
  }

  /** Whether the document's findings depend on files on disk (a files directory is in use). */
  readsFiles(uri: string): boolean {
    return this.states.get(uri)?.readsFiles === true;
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }

  clear(): void {
    this.states.clear();
  }
}

/** Findings of the stand-in name entry 0; in the document it is entry `segment.index`. */
function renumberPath(d: Diagnostic, segment: ItemSegment): Diagnostic {
  const data = d.data as { path?: string } | undefined;
  if (!data?.path) return d;
  const from = `$.${segment.parent}.${segment.list}.0`;
  if (data.path !== from && !data.path.startsWith(from + '.')) return d;
  return { ...d, data: { ...data, path: `$.${segment.parent}.${segment.list}.${segment.index}` + data.path.slice(from.length) } };
}
