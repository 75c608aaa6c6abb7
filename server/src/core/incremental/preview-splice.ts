// Incremental preview, output side: after an edit confined to one list entry (see list-items.ts),
// the new preview is the previous one with that entry's part replaced by the stand-in run's:
// - the output text: the entry's JSON object is cut out of the previous pretty output and the
//   stand-in's entry put in its place. Both sit at the same depth (root, section, list, entry), so
//   the Go-style pretty printer wrote them with the same indentation: the bytes are those a full
//   run would print, as long as the entry translates on its own (checked by the caller);
// - the source map: the entry's links replaced by the stand-in's (renumbered, moved by lines),
//   the links after it moved by whole lines on each side;
// - the report: the entry's findings replaced by the stand-in's where their order is certain.
// Anything this cannot place with certainty answers undefined, and the caller runs the pipeline.
import { OffsetRange, pathKey } from '../preview/output-ranges';
import { INCREMENTAL_LISTS } from './list-items';

export interface LinePosition {
  line: number;
  character: number;
}

export interface LineRange {
  start: LinePosition;
  end: LinePosition;
}

/** One preview link in line/character form (the shape of the protocol's TranspileMapEntry). */
export interface LinkedRanges {
  output: LineRange;
  source: LineRange;
  outputPath: string;
  sourcePath: string;
}

/** One report entry as the preview sends it (the shape of the protocol's TranspileReportEntry). */
export interface PlacedFinding {
  kind: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  path: string | null;
  line?: number;
  col?: number;
  range?: LineRange;
}

/** Output offsets [start, end) of every entry of the incremental lists, keyed "storage.files" etc. */
export type OutputItems = ReadonlyMap<string, readonly OffsetRange[]>;

/** The entries of the incremental lists in an output's value ranges (from jsonOutputRanges). */
export function outputItemsOf(ranges: ReadonlyMap<string, OffsetRange>): Map<string, OffsetRange[]> {
  const items = new Map<string, OffsetRange[]>();
  for (const { parent, list } of INCREMENTAL_LISTS) {
    const found: OffsetRange[] = [];
    for (let i = 0; ; i++) {
      const r = ranges.get(pathKey([parent, list, i]));
      if (!r) break;
      found.push(r);
    }
    items.set(`${parent}.${list}`, found);
  }
  return items;
}

/**
 * Per list, the output index of each source entry (generated entries may come first, e.g. the
 * mount units of filesystems): read from a run's translations, which record for every output
 * entry the source entry it came from. Entries of other origin have none.
 */
export type OutputIndexes = ReadonlyMap<string, readonly number[]>;

export function outputIndexesOf(items: OutputItems, translationOf: (outputPath: string) => { readonly from: readonly (string | number)[] } | undefined): Map<string, number[]> {
  const indexes = new Map<string, number[]>();
  for (const { parent, list } of INCREMENTAL_LISTS) {
    const key = `${parent}.${list}`;
    const byOutput = items.get(key) ?? [];
    const bySource: number[] = [];
    for (let j = 0; j < byOutput.length; j++) {
      const from = translationOf(listPath(key, j))?.from;
      if (from && from.length === 3 && from[0] === parent && from[1] === list && typeof from[2] === 'number') bySource[from[2]] = j;
    }
    indexes.set(key, bySource);
  }
  return indexes;
}

/** The spliceable part of a preview: output text, where its entries sit, and optionally the map. */
export interface SpliceablePreview {
  output: string;
  items: OutputItems;
  outputIndexes: OutputIndexes;
  map?: readonly LinkedRanges[];
}

/** What the stand-in run produced for its one entry (index 0 of the list). */
export interface StandInPreview {
  output: string;
  items: OutputItems;
  outputIndexes: OutputIndexes;
  map?: readonly LinkedRanges[];
}

/** Where the entry sits in the source, before and after the edit (0-based lines). */
export interface SourcePlacement {
  /** List key, e.g. "storage.files", and the entry's index in it. */
  list: string;
  index: number;
  /** First line of the entry's segment (the same before and after the edit). */
  line: number;
  /** Column of the entry's dash: the edit lies after it, text up to it stays where it was. */
  dashColumn: number;
  /** First line after the segment in the old text. */
  oldEndLine: number;
  /** Lines the edit added (negative: removed). */
  lineDelta: number;
  /** Stand-in line + lineOffset = document line. */
  lineOffset: number;
}

const listPath = (list: string, index: number) => `$.${list}.${index}`;
const isUnder = (path: string, prefix: string) => path === prefix || (path.startsWith(prefix) && path.charCodeAt(prefix.length) === 46 /* . */);
const before = (a: LinePosition, b: LinePosition) => a.line < b.line || (a.line === b.line && a.character < b.character);
const samePosition = (a: LinePosition, b: LinePosition) => a.line === b.line && a.character === b.character;
const moved = (p: LinePosition, lines: number): LinePosition => (lines === 0 ? p : { line: p.line + lines, character: p.character });
const movedRange = (r: LineRange, lines: number): LineRange => (lines === 0 ? r : { start: moved(r.start, lines), end: moved(r.end, lines) });

/** Paths and messages of the stand-in name entry 0; in the document it is entry `index`. */
export function renumbered(text: string, list: string, index: number): string {
  const from = listPath(list, 0);
  if (!text.includes(from)) return text;
  const pattern = new RegExp(from.replace(/[.$]/g, '\\$&') + '(?![0-9])', 'g');
  return text.replace(pattern, listPath(list, index));
}

/** The new output text and entry offsets, or undefined when the entry is not where expected. */
function spliceText(base: SpliceablePreview, standIn: StandInPreview, at: SourcePlacement, outputIndex: number): { output: string; items: Map<string, OffsetRange[]> } | undefined {
  const oldItems = base.items.get(at.list);
  const standInItems = standIn.items.get(at.list);
  if (!oldItems || outputIndex >= oldItems.length || !standInItems || standInItems.length !== 1 || standIn.outputIndexes.get(at.list)?.[0] !== 0) return undefined;
  const [oldStart, oldEnd] = oldItems[outputIndex];
  const entryText = standIn.output.slice(standInItems[0][0], standInItems[0][1]);
  const output = base.output.slice(0, oldStart) + entryText + base.output.slice(oldEnd);
  const sizeDelta = entryText.length - (oldEnd - oldStart);
  const items = new Map<string, OffsetRange[]>();
  for (const [list, ranges] of base.items) {
    items.set(
      list,
      ranges.map((r, i): OffsetRange => {
        if (list === at.list && i === outputIndex) return [oldStart, oldStart + entryText.length];
        return r[0] >= oldEnd ? [r[0] + sizeDelta, r[1] + sizeDelta] : (r as OffsetRange);
      }),
    );
  }
  return { output, items };
}

/** The run of links under the entry's output path: [first, end) indexes, undefined if not contiguous or mixed. */
function entryLinks(map: readonly LinkedRanges[], outputPrefix: string, sourcePrefix: string): [number, number] | undefined {
  let first = -1;
  let end = -1;
  for (let i = 0; i < map.length; i++) {
    const e = map[i];
    const outIn = isUnder(e.outputPath, outputPrefix);
    // A link from inside the entry to outside it (or the reverse) means the entry does not translate alone.
    if (outIn !== isUnder(e.sourcePath, sourcePrefix)) return undefined;
    if (!outIn) continue;
    if (first < 0) first = i;
    else if (end >= 0) return undefined;
    if (i + 1 === map.length || !isUnder(map[i + 1].outputPath, outputPrefix)) end = i + 1;
  }
  if (first < 0 || map[first].outputPath !== outputPrefix || map[first].sourcePath !== sourcePrefix) return undefined;
  return [first, end];
}

function spliceMap(map: readonly LinkedRanges[], standInMap: readonly LinkedRanges[], at: SourcePlacement, outputIndex: number): LinkedRanges[] | undefined {
  const run = entryLinks(map, listPath(at.list, outputIndex), listPath(at.list, at.index));
  const standInRun = entryLinks(standInMap, listPath(at.list, 0), listPath(at.list, 0));
  if (!run || !standInRun) return undefined;
  const oldEntry = map[run[0]];
  const newEntry = standInMap[standInRun[0]];
  // Same depth, same indentation: the entry starts at the same column.
  if (oldEntry.output.start.character !== newEntry.output.start.character) return undefined;
  const outShift = oldEntry.output.start.line - newEntry.output.start.line;
  const outDelta = newEntry.output.end.line - newEntry.output.start.line - (oldEntry.output.end.line - oldEntry.output.start.line);
  const oldOutEnd = oldEntry.output.end;
  const newSourceEnd = moved(newEntry.source.end, at.lineOffset);
  const oldSourceEnd = oldEntry.source.end;

  const outputPosition = (p: LinePosition) => (before(p, oldOutEnd) ? p : moved(p, outDelta));
  let unplaceable = false;
  const sourcePosition = (p: LinePosition): LinePosition => {
    if (p.line < at.line || (p.line === at.line && p.character <= at.dashColumn)) return p;
    if (p.line >= at.oldEndLine) return moved(p, at.lineDelta);
    // Inside the edited entry: only an enclosing link (the list, its section) ending where the entry ends.
    if (samePosition(p, oldSourceEnd)) return newSourceEnd;
    unplaceable = true;
    return p;
  };
  const shift = (e: LinkedRanges): LinkedRanges => {
    const output = { start: outputPosition(e.output.start), end: outputPosition(e.output.end) };
    const source = { start: sourcePosition(e.source.start), end: sourcePosition(e.source.end) };
    if (output.start === e.output.start && output.end === e.output.end && source.start === e.source.start && source.end === e.source.end) return e;
    return { output, source, outputPath: e.outputPath, sourcePath: e.sourcePath };
  };
  const out: LinkedRanges[] = [];
  for (let i = 0; i < run[0]; i++) out.push(shift(map[i]));
  for (let i = standInRun[0]; i < standInRun[1]; i++) {
    const e = standInMap[i];
    out.push({
      output: movedRange(e.output, outShift),
      source: movedRange(e.source, at.lineOffset),
      outputPath: renumbered(e.outputPath, at.list, outputIndex),
      sourcePath: renumbered(e.sourcePath, at.list, at.index),
    });
  }
  for (let i = run[1]; i < map.length; i++) out.push(shift(map[i]));
  return unplaceable ? undefined : out;
}

/**
 * The preview after the edit: output text, entry offsets and (when both sides have one) the map.
 * Undefined when the splice cannot be shown to equal a full run.
 */
export function splicePreview(base: SpliceablePreview, standIn: StandInPreview, at: SourcePlacement, why: (reason: string) => void = () => undefined): SpliceablePreview | undefined {
  const outputIndex = base.outputIndexes.get(at.list)?.[at.index];
  if (outputIndex === undefined) return void why('entry not found in the output');
  const text = spliceText(base, standIn, at, outputIndex);
  if (!text) return void why('entry not found in the output');
  const spliced = { ...text, outputIndexes: base.outputIndexes };
  if (!base.map) return spliced;
  if (!standIn.map) return void why('no stand-in map');
  const map = spliceMap(base.map, standIn.map, at, outputIndex);
  return map ? { ...spliced, map } : void why('entry links not placeable');
}

const sameKind = (a: PlacedFinding, b: PlacedFinding) => a.code === b.code && a.kind === b.kind && a.path === b.path;

/**
 * The report after the edit: the entry's old findings out, the stand-in's (already placed in the
 * document) in. The reference orders findings by check phase, then by where they are; the new ones
 * can be placed with certainty when nothing else is reported, when the entry had and has none,
 * or when they match the old ones kind by kind (each then takes its predecessor's place).
 */
export function spliceReport(report: readonly PlacedFinding[], entryFindings: readonly PlacedFinding[], at: SourcePlacement): PlacedFinding[] | undefined {
  const prefix = listPath(at.list, at.index);
  const inSegment = (line: number) => line >= at.line && line < at.oldEndLine;
  const own: number[] = [];
  let others = 0;
  for (let i = 0; i < report.length; i++) {
    const f = report[i];
    const mine = f.path !== null && isUnder(f.path, prefix);
    const lines = [f.line !== undefined ? f.line - 1 : undefined, f.range?.start.line, f.range?.end.line].filter((l): l is number => l !== undefined);
    // Findings of the entry sit in it; findings elsewhere (cross-entry checks) must not.
    if (mine ? !lines.every(inSegment) || lines.length === 0 : lines.some(inSegment)) return undefined;
    if (mine) own.push(i);
    else others++;
  }
  const shiftFinding = (f: PlacedFinding): PlacedFinding => {
    if (at.lineDelta === 0) return f;
    const lineMoves = f.line !== undefined && f.line - 1 >= at.oldEndLine;
    const rangeMoves = f.range !== undefined && f.range.start.line >= at.oldEndLine;
    if (!lineMoves && !rangeMoves) return f;
    return { ...f, line: lineMoves ? f.line! + at.lineDelta : f.line, range: rangeMoves ? movedRange(f.range!, at.lineDelta) : f.range };
  };
  if (others === 0) return [...entryFindings];
  if (own.length === 0 && entryFindings.length === 0) return report.map(shiftFinding);
  if (own.length !== entryFindings.length || !own.every((i, k) => sameKind(report[i], entryFindings[k]))) return undefined;
  const out = report.map(shiftFinding);
  own.forEach((i, k) => (out[i] = entryFindings[k]));
  return out;
}
