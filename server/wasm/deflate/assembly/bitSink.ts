// LSB-first bit output, as DEFLATE packs its bits, into the output region at the top of the
// linear memory (which grows when the output needs more room).

import { ensureMemory, memoryEnd } from './memory';

/** Where the output of the current call starts. */
let base: usize = 0;
/** Bytes written so far (pending bits not included). */
let length: usize = 0;
/** Pending bits (fewer than 32 between calls). */
let bits: u64 = 0;
let nbits: u32 = 0;
/** Output byte offsets below this need no memory check (8 bytes of slack kept). */
let room: usize = 0;

/** Starts a new output at `start`. */
export function resetSink(start: usize): void {
  base = start;
  length = 0;
  bits = 0;
  nbits = 0;
  ensureMemory(start + 1024);
  room = memoryEnd() - start - 8;
}

/** Appends the low `count` bits of `value` (count <= 24). */
export function writeBits(value: u32, count: u32): void {
  bits |= <u64>(value & ((1 << count) - 1)) << nbits;
  nbits += count;
  if (nbits >= 32) {
    if (length >= room) grow(8);
    store<u32>(base + length, <u32>bits);
    length += 4;
    bits >>= 32;
    nbits -= 32;
  }
}

/** Bits written so far, pending ones included. */
export function bitLength(): i64 {
  return (<i64>length << 3) + <i64>nbits;
}

/** Pads the pending bits with zeros up to a byte boundary. */
export function alignToByte(): void {
  if (length >= room) grow(8);
  while (nbits > 0) {
    store<u8>(base + length, <u8>bits);
    length++;
    bits >>= 8;
    nbits = nbits > 8 ? nbits - 8 : 0;
  }
  bits = 0;
}

/** Raw bytes; the stream must be byte aligned. */
export function writeBytes(src: usize, count: usize): void {
  alignToByte();
  if (length + count >= room) grow(count + 8);
  memory.copy(base + length, src, count);
  length += count;
}

/** Output bytes so far; the stream must be byte aligned. */
export function sinkLength(): usize {
  return length;
}

/** Makes room for `extra` more bytes (the output grows by at least half each time). */
function grow(extra: usize): void {
  const want = length + extra + 8;
  const size = want > length + (length >> 1) ? want : length + (length >> 1);
  ensureMemory(base + size + 8);
  room = memoryEnd() - base - 8;
}
