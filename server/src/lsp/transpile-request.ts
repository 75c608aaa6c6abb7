// butane/transpile: the cached analysis of an open document, shaped for the preview.
import { formatPath } from '../core';
import { Analysis } from './analysis';
import { TranspileReportEntry, TranspileResult } from './protocol';

/** What `butane --strict` prints instead of output when the report is not empty. */
export const STRICT_FAILURE = 'Config produced warnings and --strict was specified';

export function transpileResultOf(analysis: Analysis): TranspileResult {
  const result = analysis.result;
  if (!result) {
    return {
      output: null,
      language: 'json',
      report: [],
      fatal: `internal error: ${analysis.internalError ?? 'no result'}`.split('\n')[0],
      version: analysis.version,
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
  return {
    output: strictFailure ? null : result.output ?? null,
    language: result.outputLanguage,
    report,
    fatal: strictFailure ? STRICT_FAILURE : result.fatal ?? null,
    version: analysis.version,
  };
}
