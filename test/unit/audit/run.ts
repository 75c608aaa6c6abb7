// Runs a Butane document through the whole pipeline and renders its report as the CLI's
// --raw-errors lines, so audit tests can state the reference's expected lines directly.
import { transpile, formatRawEntry } from '../../../server/src/core';
import { TranslateOptions, TranslateResult } from '../../../server/src/core/types';

export interface Run {
  result: TranslateResult;
  /** "error at $.path, line L col C: message" lines, in report order. */
  lines: string[];
  ok: boolean;
}

export function run(source: string, options: TranslateOptions = {}): Run {
  const result = transpile(source, options);
  return { result, lines: result.report.map((e) => formatRawEntry(e)), ok: result.fatal === undefined };
}
