// Diagnostics per document version, incremental: an edit inside one entry of a long list
// (storage.files, systemd.units, passwd.users, ...) re-analyses a stand-in document holding only
// that entry and splices its findings into the previous diagnostics; anything else runs the full
// pipeline. See core/incremental/list-items.ts for when the splice is exact.
import { Diagnostic, Range } from 'vscode-languageserver';
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
  /** Why full runs happened after an edit, by reason (for measuring the hit rate). */
  fallbacks: Record<string, number>;
}

/** The fatal of a run whose Ignition validation ran over everything (its errors are in the report). */
const VALIDATION_FAILED = 'config generated was invalid';

/**
 * Whether the pipeline got through the Ignition validation: then every entry's findings are in
 * the report. An earlier stop (YAML or Butane errors) leaves validation findings out everywhere.
 */
function runReachedValidation(analysis: Analysis): boolean {
  const r = analysis.result;
  if (!r || analysis.internalError !== undefined) return false;
  return r.fatal === undefined || r.fatal === VALIDATION_FAILED;
}

function sameDiagnostics(a: Diagnostic[], b: Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  const key = (d: Diagnostic) => JSON.stringify([d.range, d.severity, d.code, d.message]);
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.every((k, i) => k === right[i]);
}

function shiftRange(r: Range, lines: number): Range {
  return { start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } };
}

/** Moves a diagnostic by whole lines, with its related locations (all in the same document). */
function shiftDiagnostic(d: Diagnostic, lines: number): Diagnostic {
  if (lines === 0) return d;
  const moved: Diagnostic = { ...d, range: shiftRange(d.range, lines) };
  if (d.relatedInformation) moved.relatedInformation = d.relatedInformation.map((ri) => ({ ...ri, location: { ...ri.location, range: shiftRange(ri.location.range, lines) } }));
  return moved;
}

export class IncrementalDiagnostics {
  private readonly states = new Map<string, DocumentState>();
  readonly stats: IncrementalStats = { full: 0, spliced: 0, fallbacks: {} };

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
    if (previous && !previous.index) this.fallback('previous version not clean or not indexable');
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
    if (analysis.parsed && runReachedValidation(analysis)) index = buildItemIndex(analysis.parsed);
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
    if (!segment) return this.fallback('edit outside one list entry');
    const newSegmentEnd = segment.end + (change.newEnd - change.oldEnd);
    const standIn = standInDocument(index, segment, text.slice(segment.start, newSegmentEnd));
    if (!standIn) return undefined;
    const analysis = analyze({ uri: doc.uri, version: doc.version, getText: () => standIn.text }, inputs, this.log);
    const item = analysis.parsed && runReachedValidation(analysis) ? standInEntry(analysis.parsed, segment, identityFieldOf(segment)) : undefined;
    if (!item) return this.fallback('entry has errors or changed shape');
    // Entries checked together: links (targets, parents) and units next to files under /etc/systemd.
    if (segment.list === 'links') return this.fallback('link entry');
    if (segment.parent === 'systemd' && (index.identities.systemdPaths || index.identities.templateUnits)) return this.fallback('unit with related units or files');
    if (!acceptIdentity(index, segment, item)) return this.fallback('identity change with possible conflicts');
    const prefix = [segment.parent, segment.list, 0];
    if (!analysis.result!.report.every((e) => e.path !== null && prefix.every((p, i) => e.path![i] === p))) return this.fallback('finding outside the entry');

    const lineOffset = segment.line - standIn.itemLine;
    const entryDiagnostics = this.entryDiagnostics(analysis, standIn.itemLine, lineOffset, segment);
    if (!entryDiagnostics) return this.fallback('finding outside the entry');

    const oldSegmentLines = newlinesIn(previous.text, segment.start, segment.end);
    const oldEndLine = segment.line + oldSegmentLines;
    // The entry's old findings must be its own (none from checks across entries, e.g. a duplicate
    // of an earlier entry): the stand-in of its old text must have found exactly them.
    const oldFindings = previous.diagnostics.filter((d) => d.range.start.line >= segment.line && d.range.start.line < oldEndLine);
    if (oldFindings.length > 0) {
      const oldStandIn = standInDocument(index, segment, previous.text.slice(segment.start, segment.end))!;
      const oldAnalysis = analyze({ uri: doc.uri, version: previous.version, getText: () => oldStandIn.text }, inputs, this.log);
      const own = oldAnalysis.result ? this.entryDiagnostics(oldAnalysis, oldStandIn.itemLine, lineOffset, segment) : undefined;
      if (!own || !sameDiagnostics(own, oldFindings)) return this.fallback('entry has findings from checks across entries');
    }
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

  /** The stand-in's findings placed in the document, or undefined if one lies outside the entry. */
  private entryDiagnostics(analysis: Analysis, itemLine: number, lineOffset: number, segment: ItemSegment): Diagnostic[] | undefined {
    const out: Diagnostic[] = [];
    for (const d of diagnosticsOf(analysis)) {
      if (d.range.start.line < itemLine) return undefined;
      out.push(renumberPath(shiftDiagnostic(d, lineOffset), segment));
    }
    return out;
  }

  private fallback(reason: string): undefined {
    this.stats.fallbacks[reason] = (this.stats.fallbacks[reason] ?? 0) + 1;
    return undefined;
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
  const from = `$.${segment.parent}.${segment.list}.0`;
  const to = `$.${segment.parent}.${segment.list}.${segment.index}`;
  // Some messages name a path too (e.g. "context tree does not match content tree at $...").
  if (typeof d.message === 'string' && d.message.includes(from)) {
    const pattern = new RegExp(from.replace(/[.$]/g, '\\$&') + '(?![0-9])', 'g');
    d = { ...d, message: (d.message as string).replace(pattern, to) };
  }
  const data = d.data as { path?: string } | undefined;
  if (!data?.path) return d;
  if (data.path !== from && !data.path.startsWith(from + '.')) return d;
  return { ...d, data: { ...data, path: to + data.path.slice(from.length) } };
}
