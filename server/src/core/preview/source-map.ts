// The preview's two-way links: which source range produced which range of the output text.
// Built from the translation set the pipeline returns (output path -> source path) plus the
// positions of both paths: the output's from a scan of the output text, the source's from the
// YAML tree (positions.ts).
import { rangeOf } from '../positions';
import { Path, TranslateResult } from '../types';
import { YNode } from '../yaml/types';
import { OffsetRange, outputRanges, pathKey } from './output-ranges';

export interface SourceMapEntry {
  /** The output path (`to` of the translation). */
  output: Path;
  /** The source path (`from` of the translation). */
  source: Path;
  /** UTF-16 [start, end) in the output text: from the member's key (or item) to the end of its value. */
  outputRange: OffsetRange;
  /** UTF-16 [start, end) in the source text: from the key (when there is one) to the end of the value. */
  sourceRange: OffsetRange;
}

/**
 * Links for one transpiled document, ordered by output position. Translations whose source
 * is the whole document (e.g. the MachineConfig's `spec.config`) are left out: they link
 * nothing useful. Returns [] when there is no output or no translation set.
 */
export function buildSourceMap(
  result: Pick<TranslateResult, 'output' | 'outputLanguage' | 'translations'>,
  sourceRoot: YNode | null,
  /** The output's value ranges when the caller has them already (outputRanges of the same text). */
  knownRanges?: ReadonlyMap<string, OffsetRange>,
): SourceMapEntry[] {
  const output = result.output;
  const set = result.translations?.set;
  if (output === undefined || !set || !sourceRoot) return [];
  let ranges: ReadonlyMap<string, OffsetRange>;
  try {
    ranges = knownRanges ?? outputRanges(output, result.outputLanguage);
  } catch {
    return [];
  }
  const entries: SourceMapEntry[] = [];
  for (const { from, to } of set.values()) {
    if (from.length === 0) continue;
    const outputRange = ranges.get(pathKey(to));
    if (!outputRange) continue; // e.g. a zero value the output omits
    const source = rangeOf(sourceRoot, from);
    // A source path that is not in the document (e.g. `ignition` when only `version` is written)
    // would resolve to an ancestor and link far too much.
    if (!source || !source.exact) continue;
    const start = source.keyRange ? source.keyRange[0] : source.valueRange[0];
    entries.push({ output: to, source: from, outputRange, sourceRange: [start, Math.max(start, source.valueRange[1])] });
  }
  entries.sort((a, b) => a.outputRange[0] - b.outputRange[0] || b.outputRange[1] - a.outputRange[1]);
  return entries;
}

/** The innermost entry whose range (output or source side) contains `offset`; on a tie the later (deeper) entry. */
export function innermostAt(entries: readonly SourceMapEntry[], side: 'outputRange' | 'sourceRange', offset: number): SourceMapEntry | undefined {
  let best: SourceMapEntry | undefined;
  for (const e of entries) {
    const [start, end] = e[side];
    if (offset < start || offset > end) continue;
    if (!best || end - start <= best[side][1] - best[side][0]) best = e;
  }
  return best;
}
