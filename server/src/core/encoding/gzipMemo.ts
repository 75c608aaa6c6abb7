// Recently compressed payloads, so re-transpiling a document (the language server does it after every
// edit) does not deflate its unchanged files again. gzipGo is deterministic, so a remembered stream
// is exactly the stream compressing again would give; entries are found by a hash and then compared
// byte for byte. A payload whose stream was found longer than a limit is remembered as such.

import { gzipGoWithin } from './gzip';

/** Total input bytes kept; the least recently used entries go first. */
const MAX_REMEMBERED_BYTES = 8 << 20;
/** Larger payloads are compressed every time (one alone would crowd out everything else). */
const MAX_ENTRY_BYTES = 1 << 20;

interface Entry {
  input: Uint8Array;
  /** The stream, or null when it is known to be longer than `longerThan` bytes. */
  gzip: Uint8Array | null;
  longerThan: number;
}

/** Insertion order = recency order (a hit is moved to the end). */
const entries = new Map<string, Entry>();
let rememberedBytes = 0;
/** Off for one-shot processes (the CLI), where nothing is compressed twice and hashing is pure cost. */
let enabled = true;

/** gzipGo(bytes), answered from memory when the same bytes were compressed recently. Do not modify the result. */
export function gzipGoMemo(bytes: Uint8Array): Uint8Array {
  return gzipGoMemoWithin(bytes, Infinity)!;
}

/** gzipGoWithin(bytes, maxLength), answered from memory when possible. Do not modify the result. */
export function gzipGoMemoWithin(bytes: Uint8Array, maxLength: number): Uint8Array | null {
  if (!enabled || bytes.length > MAX_ENTRY_BYTES) return gzipGoWithin(bytes, maxLength);
  const key = `${bytes.length}:${fnv1a(bytes)}`;
  const hit = entries.get(key);
  if (hit !== undefined && sameBytes(hit.input, bytes)) {
    if (hit.gzip !== null) {
      entries.delete(key);
      entries.set(key, hit);
      return hit.gzip.length <= maxLength ? hit.gzip : null;
    }
    if (maxLength <= hit.longerThan) {
      entries.delete(key);
      entries.set(key, hit);
      return null;
    }
  }
  const gzip = gzipGoWithin(bytes, maxLength);
  if (hit !== undefined) forget(key, hit);
  entries.set(key, { input: bytes.slice(), gzip, longerThan: maxLength });
  rememberedBytes += bytes.length;
  for (const [oldKey, old] of entries) {
    if (rememberedBytes <= MAX_REMEMBERED_BYTES) break;
    forget(oldKey, old);
  }
  return gzip;
}

/** Drops every remembered stream (benchmarks use it to measure compression from scratch). */
export function clearGzipMemo(): void {
  entries.clear();
  rememberedBytes = 0;
}

/** Turns remembering on or off (off also forgets everything); a process that transpiles once has no use for it. */
export function setGzipMemoEnabled(on: boolean): void {
  enabled = on;
  if (!on) clearGzipMemo();
}

function forget(key: string, entry: Entry): void {
  entries.delete(key);
  rememberedBytes -= entry.input.length;
}

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
