// Diagnostics per document version, incremental: an edit inside one entry of a long list
// (storage.files, systemd.units, passwd.users, ...) re-analyses a stand-in document holding only
// that entry and splices its findings into the previous diagnostics; anything else runs the full
// pipeline. See core/incremental/list-items.ts for when the splice is exact.
// Once a document has been previewed, the same stand-in run also splices its preview (output
// text, map, report; core/incremental/preview-splice.ts), so one edit costs one small run for
// both diagnostics and preview.
import { Diagnostic, Range } from 'vscode-languageserver';
import { ItemIndex, ItemSegment, acceptIdentity, moveIdentity, buildItemIndex, diffTexts, identityFieldOf, newlinesIn, plainIdentity, segmentOfChange, shiftIndex, standInDocument, standInEntry } from '../core/incremental/list-items';
import { PlacedFinding, SourcePlacement, renumbered, splicePreview, spliceReport } from '../core/incremental/preview-splice';
import { YNode } from '../core/yaml/types';
import { Analysis, AnalysisInputs, AnalyzedDocument, Logger, analyze, describe } from './analysis';
import { diagnosticsOf } from './diagnostics';
import { PreviewSnapshot, ensureItems, ensureMap, snapshotOf } from './transpile-request';

interface DocumentState {
  text: string;
  version: number;
  inputsKey: string;
  /** Null when the last full analysis found the document outside the incremental shape. */
  index: ItemIndex | null;
  diagnostics: Diagnostic[];
  readsFiles: boolean;
  /** This version's preview, kept once the document has been previewed. */
  preview?: PreviewSnapshot;
  /** While the preview fails (an error in the entry being typed), the newest earlier version with output. */
  lastOutput?: OutputBase;
}

/** A version whose preview has output: what a later version's preview can be spliced into. */
interface OutputBase {
  text: string;
  index: ItemIndex;
  preview: PreviewSnapshot;
}

function outputBaseOf(state: DocumentState): OutputBase | undefined {
  if (state.preview?.output !== undefined && state.index) return { text: state.text, index: state.index, preview: state.preview };
  return state.lastOutput;
}

export interface IncrementalStats {
  full: number;
  spliced: number;
  /** Why full runs happened after an edit, by reason (for measuring the hit rate). */
  fallbacks: Record<string, number>;
  /** Previews spliced from a stand-in run, and previews that needed a full run after an edit. */
  previewSpliced: number;
  previewFull: number;
}

/** Versions without a butane/transpile request after which a document's preview stops being kept. */
const PREVIEW_IDLE_VERSIONS = 100;

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
  readonly stats: IncrementalStats = { full: 0, spliced: 0, fallbacks: {}, previewSpliced: 0, previewFull: 0 };
  /** Documents whose preview was asked for (kept up to date from then on), and whether with the map. */
  private readonly previewed = new Map<string, { map: boolean; version: number }>();

  /**
   * @param fullAnalysis the full pipeline run (shared with other features through their cache).
   */
  constructor(
    private readonly log: Logger,
    private readonly fullAnalysis: (doc: AnalyzedDocument, inputs: AnalysisInputs) => Analysis = (doc, inputs) => analyze(doc, inputs, log),
  ) {}

  diagnosticsFor(doc: AnalyzedDocument, inputs: AnalysisInputs): Diagnostic[] {
    return this.stateFor(doc, inputs).diagnostics;
  }

  /**
   * The preview of the document's version: spliced from the previous version's when the edit
   * allowed it, else from the full run (shared with the analysis cache). From the first call on,
   * every later version's preview is kept up to date (with the map once one was asked for).
   */
  previewFor(doc: AnalyzedDocument, inputs: AnalysisInputs, withMap: boolean): PreviewSnapshot {
    const wanted = this.previewed.get(doc.uri) ?? { map: false, version: doc.version };
    wanted.map ||= withMap;
    wanted.version = doc.version;
    this.previewed.set(doc.uri, wanted);
    const state = this.stateFor(doc, inputs);
    if (!state.preview || (withMap && state.preview.output !== undefined && !ensureMap(state.preview))) {
      this.stats.previewFull++;
      state.preview = this.fullPreview(this.fullAnalysis(doc, inputs), wanted.map);
    }
    return state.preview;
  }

  private fullPreview(analysis: Analysis, withMap: boolean): PreviewSnapshot {
    const preview = snapshotOf(analysis);
    ensureItems(preview);
    if (withMap) ensureMap(preview);
    return preview;
  }

  private stateFor(doc: AnalyzedDocument, inputs: AnalysisInputs): DocumentState {
    const text = doc.getText();
    const previous = this.states.get(doc.uri);
    if (previous && previous.version === doc.version && previous.inputsKey === inputs.key && previous.text === text) return previous;
    // A preview closed long ago is no longer kept up to date (a request takes it up again).
    const kept = this.previewed.get(doc.uri);
    if (kept && doc.version - kept.version > PREVIEW_IDLE_VERSIONS) this.previewed.delete(doc.uri);
    if (previous && !previous.index) this.fallback('previous version not clean or not indexable');
    if (previous && previous.index && previous.inputsKey === inputs.key) {
      const spliced = this.trySplice(doc, previous, text, inputs);
      if (spliced) {
        this.stats.spliced++;
        this.states.set(doc.uri, spliced);
        return spliced;
      }
    }
    this.stats.full++;
    const analysis = this.fullAnalysis(doc, inputs);
    const diagnostics = diagnosticsOf(analysis);
    let index: ItemIndex | null = null;
    if (analysis.parsed && runReachedValidation(analysis)) index = buildItemIndex(analysis.parsed);
    const previewed = this.previewed.get(doc.uri);
    const preview = previewed ? this.fullPreview(analysis, previewed.map) : undefined;
    const state: DocumentState = { text, version: doc.version, inputsKey: inputs.key, index, diagnostics, readsFiles: inputs.host !== undefined, preview };
    this.states.set(doc.uri, state);
    return state;
  }

  private trySplice(doc: AnalyzedDocument, previous: DocumentState, text: string, inputs: AnalysisInputs): DocumentState | undefined {
    const index = previous.index!;
    const change = diffTexts(previous.text, text);
    if (change.start === change.oldEnd && change.start === change.newEnd) {
      return { ...previous, version: doc.version, preview: previous.preview && { ...previous.preview, version: doc.version } };
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
    const placement: SourcePlacement = { list: `${segment.parent}.${segment.list}`, index: segment.index, line: segment.line, dashColumn: segment.dashColumn, oldEndLine, lineDelta, lineOffset };
    const entryText = text.slice(segment.start, newSegmentEnd);
    const preview = previous.preview && this.previewed.has(doc.uri) ? this.splicedPreview(previous, text, entryText, analysis, standIn.itemLine, segment, item, placement, doc.version) : undefined;
    const lastOutput = preview && preview.output === undefined ? outputBaseOf(previous) : undefined;
    moveIdentity(index, segment, item);
    return { text, version: doc.version, inputsKey: inputs.key, readsFiles: previous.readsFiles, index: shiftIndex(index, segment, change, text, item), diagnostics, preview, lastOutput };
  }

  /**
   * The previous preview with the edited entry's part replaced by the stand-in's, or undefined
   * (then the preview comes from a full run) when that might differ from a full run.
   */
  private splicedPreview(
    previous: DocumentState,
    text: string,
    entryText: string,
    standIn: Analysis,
    standInItemLine: number,
    segment: ItemSegment,
    item: YNode,
    at: SourcePlacement,
    version: number,
  ): PreviewSnapshot | undefined {
    const base = previous.preview!;
    const index = previous.index!;
    try {
      const reason = this.previewBlocker(base, standIn, index, segment, item);
      if (reason) return this.previewFallback(reason);
      const standInPreview = snapshotOf(standIn);
      const placed = standInPreview.report.map((f) => placeFinding(f, at));
      const report = spliceReport(base.report, placed, at);
      if (!report) return this.previewFallback('findings whose order is not certain');
      const failed = report.some((f) => f.kind === 'error');
      const spliced: PreviewSnapshot = {
        version,
        strict: base.strict,
        language: 'json',
        report,
        fatal: failed ? VALIDATION_FAILED : undefined,
        variant: base.variant,
        variantVersion: base.variantVersion,
        ignitionVersion: base.ignitionVersion,
      };
      if (failed) {
        this.stats.previewSpliced++;
        return spliced;
      }
      const into = this.outputToSpliceInto(previous, text, entryText, standInItemLine, segment, at);
      const out = into?.preview;
      if (!into || out?.output === undefined || !out.items || !out.outputIndexes || standInPreview.output === undefined) return this.previewFallback('no previous output to splice into');
      if (!ensureItems(standInPreview) || (out.map && !ensureMap(standInPreview))) return this.previewFallback('stand-in output not indexable');
      const spliceText = splicePreview(
        { output: out.output, items: out.items, outputIndexes: out.outputIndexes, map: out.map },
        { output: standInPreview.output, items: standInPreview.items!, outputIndexes: standInPreview.outputIndexes!, map: standInPreview.map },
        into.at,
        (reason) => this.previewFallback(reason),
      );
      if (!spliceText) return undefined;
      this.stats.previewSpliced++;
      return { ...spliced, output: spliceText.output, items: spliceText.items, outputIndexes: spliceText.outputIndexes, map: spliceText.map as PreviewSnapshot['map'] };
    } catch (err) {
      this.log(`preview splice failed: ${describe(err)}`);
      return this.previewFallback('internal error');
    }
  }

  /**
   * The preview with output to splice the entry into, and where the entry sits relative to its
   * text: the previous version's, or when that one failed, the newest earlier one with output,
   * provided everything typed since lies inside this same entry (then only the entry differs).
   */
  private outputToSpliceInto(previous: DocumentState, text: string, entryText: string, standInItemLine: number, segment: ItemSegment, at: SourcePlacement): { preview: PreviewSnapshot; at: SourcePlacement } | undefined {
    if (previous.preview?.output !== undefined) return { preview: previous.preview, at };
    const base = previous.lastOutput;
    if (!base) return undefined;
    const change = diffTexts(base.text, text);
    const seg = segmentOfChange(base.index, change);
    if (!seg || seg.parent !== segment.parent || seg.list !== segment.list || seg.index !== segment.index) return undefined;
    if (text.slice(seg.start, seg.end + (change.newEnd - change.oldEnd)) !== entryText) return undefined;
    const oldEndLine = seg.line + newlinesIn(base.text, seg.start, seg.end);
    const lineDelta = newlinesIn(text, change.start, change.newEnd) - change.oldNewlines;
    return { preview: base.preview, at: { ...at, line: seg.line, dashColumn: seg.dashColumn, oldEndLine, lineDelta, lineOffset: seg.line - standInItemLine } };
  }

  /** Why the entry's output might depend on more than the entry itself, if it might. */
  private previewBlocker(base: PreviewSnapshot, standIn: Analysis, index: ItemIndex, segment: ItemSegment, item: YNode): string | undefined {
    if (base.internalError !== undefined || base.language !== 'json' || base.variant === 'openshift') return 'not plain Ignition output';
    if (base.fatal !== undefined && base.fatal !== VALIDATION_FAILED) return 'previous run stopped before validation';
    if (standIn.result?.outputLanguage !== 'json') return 'not plain Ignition output';
    // Trees, boot_device, grub, quadlets... add entries of their own to these lists.
    if (!index.identities.simpleShape) return 'config generates entries';
    if (segment.parent === 'systemd' && index.identities.hasFilesystems) {
      // Mount units generated for filesystems merge with a written unit of the same name.
      const names = [segment.identityPlain, plainIdentity(item, 'name')];
      if (names.some((n) => n === undefined || n.endsWith('.mount') || n.endsWith('.swap'))) return 'unit may merge with a generated mount unit';
    }
    return undefined;
  }

  private previewFallback(reason: string): undefined {
    return this.fallback(`preview: ${reason}`);
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

  /** Forgets a closed document, including that it was previewed. */
  close(uri: string): void {
    this.states.delete(uri);
    this.previewed.delete(uri);
  }

  clear(): void {
    this.states.clear();
  }
}

/** A stand-in finding placed in the document: entry index, lines and paths in messages. */
function placeFinding(f: PlacedFinding, at: SourcePlacement): PlacedFinding {
  const shift = (r: NonNullable<PlacedFinding['range']>) => ({ start: { line: r.start.line + at.lineOffset, character: r.start.character }, end: { line: r.end.line + at.lineOffset, character: r.end.character } });
  return {
    ...f,
    message: renumbered(f.message, at.list, at.index),
    path: f.path === null ? null : renumbered(f.path, at.list, at.index),
    line: f.line === undefined ? undefined : f.line + at.lineOffset,
    range: f.range && shift(f.range),
  };
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
