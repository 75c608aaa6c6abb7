// Small helpers for building and judging report entries in the translate flow.
import { Path, PathTag, ReportEntry } from '../../types';

export function errorAt(tag: PathTag, path: Path, message: string, code: string): ReportEntry {
  return { kind: 'error', tag, path: [...path], message, code };
}

export function warningAt(tag: PathTag, path: Path, message: string, code: string): ReportEntry {
  return { kind: 'warning', tag, path: [...path], message, code };
}

/** vcontext's Report.IsFatal: any error entry makes the report fatal. */
export function isFatal(entries: readonly ReportEntry[]): boolean {
  return entries.some((e) => e.kind === 'error');
}

/** Prepends `prefix` to every entry's path (translate.PrefixReport); entries without a path stay. */
export function prefixReport(entries: readonly ReportEntry[], prefix: Path): ReportEntry[] {
  return entries.map((e) => (e.path === null ? e : { ...e, path: [...prefix, ...e.path] }));
}
