// "Butane: Check Config" prints the report the way the CLI prints it on stderr (without
// --raw-errors). Free of `vscode` so a test can compare it with the CLI.
import { formatPrettyReport } from '../../../server/src/core/report-format';
import type { ReportEntry } from '../../../server/src/core/types';
import type { TranspileReportEntry, TranspileResult } from '../../../server/src/lsp/protocol';

const STRICT_FAILURE = 'Config produced warnings and --strict was specified';

/** The CLI's stderr for this answer: each finding with its source excerpt, then the closing line on failure. */
export function cliReportText(result: Pick<TranspileResult, 'report' | 'fatal'>, fileName: string, source: string): string {
  const entries = result.report.map(
    (e: TranspileReportEntry): ReportEntry => ({
      kind: e.kind,
      code: e.code,
      message: e.message,
      tag: 'yaml',
      // The wire path is already formatted (`$.a.0.b`); as one segment after `$.` it prints the same.
      path: e.path && e.path !== '$' ? [e.path.slice(2)] : null,
      line: e.line,
      col: e.col,
    }),
  );
  let text = formatPrettyReport(entries, fileName, source);
  if (result.fatal !== null) text += result.fatal === STRICT_FAILURE ? `${result.fatal}\n` : `Error translating config: ${result.fatal}\n`;
  return text;
}
