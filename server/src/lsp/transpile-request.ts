// butane/transpile: the cached analysis of an open document, shaped for the preview.
import { formatPath, transpileParsed, TranslateResult } from '../core';
import { buildSourceMap } from '../core/preview/source-map';
import { Analysis, AnalysisInputs } from './analysis';
import { LineIndex } from './line-index';
import { TranspileMapEntry, TranspileParams, TranspileReportEntry, TranspileResult } from './protocol';

/** What `butane --strict` prints instead of output when the report is not empty. */
export const STRICT_FAILURE = 'Config produced warnings and --strict was specified';

/** Per-analysis memo: the `--raw` rerun and the maps are computed at most once per document version. */
interface Extras {
  raw?: TranslateResult;
  maps: Map<TranslateResult, TranspileMapEntry[]>;
}
const extrasOf = new WeakMap<Analysis, Extras>();

function extras(analysis: Analysis): Extras {
  let e = extrasOf.get(analysis);
  if (!e) {
    e = { maps: new Map() };
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

function mapOf(analysis: Analysis, result: TranslateResult): TranspileMapEntry[] {
  const e = extras(analysis);
  let map = e.maps.get(result);
  if (!map) {
    const entries = buildSourceMap(result, analysis.parsed?.root ?? null);
    const outputLines = new LineIndex(result.output ?? '');
    map = entries.map((entry) => ({
      output: outputLines.range(entry.outputRange[0], entry.outputRange[1]),
      source: analysis.lines.range(entry.sourceRange[0], entry.sourceRange[1]),
      outputPath: formatPath(entry.output),
      sourcePath: formatPath(entry.source),
    }));
    e.maps.set(result, map);
  }
  return map;
}

/**
 * The answer to butane/transpile. `params.raw` and `params.includeMap` are optional (see
 * TranspileParams); `inputs` (files directory and host of the analysis) is only needed for `raw`.
 */
export function transpileResultOf(analysis: Analysis, params?: Partial<TranspileParams>, inputs?: Pick<AnalysisInputs, 'filesDir' | 'host'>): TranspileResult {
  const result = resultFor(analysis, params, inputs);
  if (!result) {
    return {
      output: null,
      language: 'json',
      report: [],
      fatal: `internal error: ${analysis.internalError ?? 'no result'}`.split('\n')[0],
      version: analysis.version,
      map: null,
    };
  }
  const report: TranspileReportEntry[] = result.report.map((entry) => ({
    kind: entry.kind,
    code: entry.code,
    message: entry.message,
    path: entry.path ? formatPath(entry.path) : null,
    line: entry.line,
    col: entry.col,
    range: analysis.ranges.entryRange(entry),
  }));
  // Like the CLI with --strict: any report entry at all means no output.
  const strictFailure = analysis.strict && result.fatal === undefined && result.report.length > 0;
  const output = strictFailure ? null : result.output ?? null;
  return {
    output,
    language: result.outputLanguage,
    report,
    fatal: strictFailure ? STRICT_FAILURE : result.fatal ?? null,
    version: analysis.version,
    map: params?.includeMap && output !== null ? mapOf(analysis, result) : null,
    variant: result.variant,
    variantVersion: result.version,
    ignitionVersion: result.ignitionVersion,
  };
}
