// Reading Go-typed values out of plain JSON objects: an absent key (or null) is Go's zero value
// for value types and nil for pointers and slices. Also the collector rules report into.
import { Path, PathSegment, ReportEntry, Severity } from '../types';
import { Finding } from './messages';
import { IgnitionVersion } from './versions';
import { GoInt, isGoInt } from '../util/go-int';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A struct value (absent = zero struct). */
export const sub = (o: Obj, key: string): Obj => (isObj(o[key]) ? (o[key] as Obj) : {});
/** A slice (absent = nil, no elements). */
export const list = (o: Obj, key: string): unknown[] => (Array.isArray(o[key]) ? (o[key] as unknown[]) : []);
/** A string field that is not a pointer (absent = ""). */
export const str = (o: Obj, key: string): string => (typeof o[key] === 'string' ? (o[key] as string) : '');
/** Pointer fields: undefined when nil. */
export const pStr = (o: Obj, key: string): string | undefined => (typeof o[key] === 'string' ? (o[key] as string) : undefined);
/** Ints are exact: a bigint beyond ±2^53 (util/go-int.ts). */
export const pInt = (o: Obj, key: string): GoInt | undefined => (isGoInt(o[key]) ? (o[key] as GoInt) : undefined);
export const pBool = (o: Obj, key: string): boolean | undefined => (typeof o[key] === 'boolean' ? (o[key] as boolean) : undefined);
/** A non-pointer int (absent = 0). */
export const int = (o: Obj, key: string): GoInt => pInt(o, key) ?? 0;
export const isNil = (o: Obj, key: string): boolean => o[key] === undefined || o[key] === null;

/** util.NilOrEmpty / NotEmpty / IsTrue / IsFalse */
export const nilOrEmpty = (s: string | undefined): boolean => s === undefined || s === '';
export const notEmpty = (s: string | undefined): boolean => s !== undefined && s !== '';
export const isTrue = (b: boolean | undefined): boolean => b === true;
export const isFalse = (b: boolean | undefined): boolean => b === false;

export class Collector {
  readonly entries: ReportEntry[] = [];
  constructor(
    readonly version: IgnitionVersion,
    /** Minor version number, 0 for 3.0.0 ... 7 for 3.7.0-experimental. */
    readonly minor: number,
  ) {}

  add(kind: Severity, path: Path, finding: Finding | undefined): void {
    if (!finding) return;
    this.entries.push({ kind, path: [...path], tag: 'json', message: finding.message, code: finding.code });
  }
  error(path: Path, finding: Finding | undefined): void {
    this.add('error', path, finding);
  }
  warn(path: Path, finding: Finding | undefined): void {
    this.add('warning', path, finding);
  }
  /**
   * error(at(path, a, b, ...), finding), building the longer path only when there is a finding
   * (nearly every check finds nothing).
   */
  errorAt(finding: Finding | undefined, path: Path, a: PathSegment, b?: PathSegment, c?: PathSegment, d?: PathSegment): void {
    if (finding) this.entries.push(entry('error', path, finding, a, b, c, d));
  }
  warnAt(finding: Finding | undefined, path: Path, a: PathSegment, b?: PathSegment, c?: PathSegment, d?: PathSegment): void {
    if (finding) this.entries.push(entry('warning', path, finding, a, b, c, d));
  }
}

function entry(kind: Severity, path: Path, finding: Finding, a: PathSegment, b?: PathSegment, c?: PathSegment, d?: PathSegment): ReportEntry {
  const full = [...path, a];
  if (b !== undefined) full.push(b);
  if (c !== undefined) full.push(c);
  if (d !== undefined) full.push(d);
  return { kind, path: full, tag: 'json', message: finding.message, code: finding.code };
}

export const at = (path: Path, ...more: PathSegment[]): Path => [...path, ...more];

/** A validation rule for one Go type: what its Validate method reports for value `v` at `path`. */
export type Rule = (v: unknown, path: Path, out: Collector) => void;

/** Helper for struct rules: the value as an object (zero struct when absent). */
export const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
