// butane/transpile: one document version's preview (from the cached analysis, or spliced by the
// incremental path), shaped for the request's options.
import { formatPath, transpileParsed, TranslateResult } from '../core';
import { buildSourceMap } from '../core/preview/source-map';
import { OffsetRange, jsonOutputRanges } from '../core/preview/output-ranges';
import { OutputIndexes, OutputItems, outputIndexesOf, outputItemsOf } from '../core/incremental/preview-splice';
import { Analysis, AnalysisInputs } from './analysis';
import { LineIndex } from './line-index';
import { TranspileMapEntry, TranspileParams, TranspileReportEntry, TranspileResult } from './protocol';

/** What `butane --strict` prints instead of output when the report is not empty. */
export const STRICT_FAILURE = 'Config produced warnings and --strict was specified';

/**
 * One version's preview before the request's options apply: what the engine printed (before the
 * strict rule), the placed report, and, once asked for, the map and where the list entries sit
 * in the output. Comes from a full run (`analysis` set) or from a splice of the previous version.
 */
export interface PreviewSnapshot {
  version: number;
  strict: boolean;
  /** Set when the engine threw (no result at all). */
  internalError?: string;
  output?: string;
  language: 'json' | 'yaml';
  report: TranspileReportEntry[];
  fatal?: string;
  variant?: string;
  variantVersion?: string;
  ignitionVersion?: string;
  /** Where the entries of the incremental lists sit in `output` (json output only), and which source entry each is. */
  items?: OutputItems;
  outputIndexes?: OutputIndexes;
  map?: TranspileMapEntry[];
  /** The full run behind the snapshot, if any (for `raw` reruns and maps built on demand). */
  analysis?: Analysis;
  result?: TranslateResult;
}

/** Per-analysis memo: the `--raw` rerun and the snapshots are computed at most once per document version. */
interface Extras {
  raw?: TranslateResult;
  snapshots: Map<TranslateResult | undefined, PreviewSnapshot>;
}
const extrasOf = new WeakMap<Analysis, Extras>();

function extras(analysis: Analysis): Extras {
  let e = extrasOf.get(analysis);
  if (!e) {
    e = { snapshots: new Map() };
    extrasOf.set(analysis, e);
  }
  return e;
}

/**
 * The run the request asks for: the cached analysis, or for `raw` on an openshift config a
 * second run with `--raw` (the analysis itself always runs as the CLI without flags does).
 */
function resultFor(analysis: Analysis, params: Partial<TranspileParams> | undefined, inputs: Pick<AnalysisInputs, 'filesDir' | 'host'> | undefined): TranslateResult | undefined {
  const result = analysis.result;
  if (!result || !params?.raw || !analysis.parsed || result.variant !== 'openshift') return result;
  const e = extras(analysis);
  e.raw ??= transpileParsed(analysis.parsed, { pretty: true, raw: true, strict: analysis.strict, filesDir: inputs?.filesDir, host: inputs?.host });
  return e.raw;
}

/** The snapshot of a full run (the analysis' own result, or its `raw` rerun). */
export function snapshotOf(analysis: Analysis, result: TranslateResult | undefined = analysis.result): PreviewSnapshot {
  const e = extras(analysis);
  let snapshot = e.snapshots.get(result);
  if (snapshot) return snapshot;
  if (!result) {
    snapshot = { version: analysis.version, strict: analysis.strict, internalError: analysis.internalError ?? 'no result', language: 'json', report: [], analysis };
  } else {
    snapshot = {
      version: analysis.version,
      strict: analysis.strict,
      output: result.output,
      language: result.outputLanguage,
      report: result.report.map((entry) => ({
        kind: entry.kind,
        code: entry.code,
        message: entry.message,
        path: entry.path ? formatPath(entry.path) : null,
        line: entry.line,
        col: entry.col,
        range: analysis.ranges.entryRange(entry),
      })),
      fatal: result.fatal,
      variant: result.variant,
      variantVersion: result.version,
      ignitionVersion: result.ignitionVersion,
      analysis,
      result,
    };
  }
  e.snapshots.set(result, snapshot);
  return snapshot;
}

/** Value ranges of a json output, or undefined (yaml output, none, or not parseable). */
function jsonRanges(snapshot: PreviewSnapshot): Map<string, OffsetRange> | undefined {
  if (snapshot.output === undefined || snapshot.language !== 'json') return undefined;
  try {
    return jsonOutputRanges(snapshot.output);
  } catch {
    return undefined;
  }
}

/** Fills in where the list entries sit in the output (for a later splice); false when it cannot. */
export function ensureItems(snapshot: PreviewSnapshot, ranges = snapshot.items ? undefined : jsonRanges(snapshot)): boolean {
  if (snapshot.items) return snapshot.outputIndexes !== undefined;
  const translations = snapshot.result?.translations?.set;
  if (!ranges || !translations) return false;
  snapshot.items = outputItemsOf(ranges);
  snapshot.outputIndexes = outputIndexesOf(snapshot.items, (path) => translations.get(path));
  return true;
}

/** Fills in the map of a full run's snapshot; false for a spliced snapshot without one. */
export function ensureMap(snapshot: PreviewSnapshot): boolean {
  if (snapshot.map) return true;
  const { analysis, result } = snapshot;
  if (!analysis || !result) return false;
  const ranges = jsonRanges(snapshot);
  if (ranges && !snapshot.items) ensureItems(snapshot, ranges);
  const entries = buildSourceMap(result, analysis.parsed?.root ?? null, ranges);
  const outputLines = new LineIndex(result.output ?? '');
  snapshot.map = entries.map((entry) => ({
    output: outputLines.range(entry.outputRange[0], entry.outputRange[1]),
    source: analysis.lines.range(entry.sourceRange[0], entry.sourceRange[1]),
    outputPath: formatPath(entry.output),
    sourcePath: formatPath(entry.source),
  }));
  return true;
}

/**
 * The answer to butane/transpile from a snapshot. `params.raw` and `params.includeMap` are
 * optional (see TranspileParams); `inputs` (files directory and host) is only needed for `raw`,
 * which reruns an openshift config from the snapshot's analysis.
 */
export function answerOf(snapshot: PreviewSnapshot, params?: Partial<TranspileParams>, inputs?: Pick<AnalysisInputs, 'filesDir' | 'host'>): TranspileResult {
  if (params?.raw && snapshot.variant === 'openshift' && snapshot.analysis) {
    const raw = resultFor(snapshot.analysis, params, inputs);
    // (The snapshot may stand for a later version with the same text: keep its version.)
    if (raw !== snapshot.result) snapshot = { ...snapshotOf(snapshot.analysis, raw), version: snapshot.version };
  }
  if (snapshot.internalError !== undefined) {
    return {
      output: null,
      language: 'json',
      report: [],
      fatal: `internal error: ${snapshot.internalError}`.split('\n')[0],
      version: snapshot.version,
      map: null,
    };
  }
  // Like the CLI with --strict: any report entry at all means no output.
  const strictFailure = snapshot.strict && snapshot.fatal === undefined && snapshot.report.length > 0;
  const output = strictFailure ? null : snapshot.output ?? null;
  return {
    output,
    language: snapshot.language,
    report: snapshot.report,
    fatal: strictFailure ? STRICT_FAILURE : snapshot.fatal ?? null,
    version: snapshot.version,
    map: params?.includeMap && output !== null && ensureMap(snapshot) ? snapshot.map! : null,
    variant: snapshot.variant,
    variantVersion: snapshot.variantVersion,
    ignitionVersion: snapshot.ignitionVersion,
  };
}

/**
 * The answer to butane/transpile for a full analysis. `params.raw` and `params.includeMap` are
 * optional (see TranspileParams); `inputs` (files directory and host of the analysis) is only needed for `raw`.
 */
export function transpileResultOf(analysis: Analysis, params?: Partial<TranspileParams>, inputs?: Pick<AnalysisInputs, 'filesDir' | 'host'>): TranspileResult {
  return answerOf(snapshotOf(analysis), params, inputs);
}
