// Maps report entries with "json" (Ignition-side) paths back to the Butane source through a
// TranslationSet, as the reference's TranslateReportPaths does.
import { Path, ReportEntry } from '../../types';
import { TranslationSet } from '../translation-set';

/** camelCase → snake_case the reference's way: every capital and every "MiB" gets a leading "_". */
export function snakeCase(key: string): string {
  return key.replace(/(MiB|[A-Z])/g, '_$1').toLowerCase();
}

export function snakePath(path: Path): Path {
  return path.map((seg) => (typeof seg === 'string' ? snakeCase(seg) : seg));
}

/**
 * Entries already on "yaml" paths are kept. A "json" path found in `ts` becomes its source path;
 * one that is missing is only snake-cased and keeps its "json" tag, hoping the two trees line up
 * (they do not for a MachineConfig, whose Ignition config sits under spec.config).
 */
export function translateReportPaths(entries: readonly ReportEntry[], ts: TranslationSet): ReportEntry[] {
  return entries.map((entry) => {
    if (entry.tag === 'yaml') return entry;
    const path = entry.path ?? [];
    const found = ts.lookup(path);
    if (found) return { ...entry, tag: 'yaml', path: [...found.from] };
    return { ...entry, path: entry.path === null ? null : snakePath(path) };
  });
}
