// butane/transpile: the cached analysis of an open document, shaped for the preview.
import { formatPath } from '../core';
import { Analysis } from './analysis';
import { TranspileReportEntry, TranspileResult } from './protocol';

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
  return {
    output: result.output ?? null,
    language: result.outputLanguage,
    report,
    fatal: result.fatal ?? null,
    version: analysis.version,
  };
}
