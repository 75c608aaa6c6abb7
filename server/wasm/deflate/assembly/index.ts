// Entry points of the module. A call works on the input the caller copied to inputPointer(n) and
// leaves its result at outputPointer(); the return value is the result's length, or -1 when it
// would be longer than the limit given. The module keeps its tables between calls; each call's
// output is the same as from a fresh module.

import { INPUT_START, ensureMemory } from './memory';
import { resetSink, sinkLength } from './bitSink';
import { setLimitBits } from './blockWriter';
import { compress, resetCompressor } from './level9';
import { crc32 } from './crc32';
import { buildHuffmanCode } from './huffmanCode';

/** gzip header as Go's compress/gzip writes it for an empty Header at BestCompression: no name/comment/extra, mtime 0, XFL 2, OS 255. */
const GZIP_HEADER_BYTES: usize = 10;
/** Header and trailer (CRC-32 and size). */
const GZIP_FRAMING_BYTES: i64 = 18;

/** Makes room for an input of `length` bytes and returns where the caller puts it. */
export function inputPointer(length: usize): usize {
  ensureMemory(outputBase(length) + 1024);
  return INPUT_START;
}

/** Where the result of the last call starts. */
let resultStart: usize = 0;

export function outputPointer(): usize {
  return resultStart;
}

function outputBase(inputLength: usize): usize {
  return (INPUT_START + inputLength + 15) & ~(15 as usize);
}

/**
 * Raw DEFLATE stream (no zlib/gzip framing) of the input, byte-identical to Go's level 9, at
 * `start` in memory; false when it would be longer than `maxBytes` (-1: no limit).
 */
function deflateAt(inputLength: usize, maxBytes: i64, start: usize): i32 {
  resultStart = start;
  resetSink(start);
  resetCompressor();
  // The stream ends with a final empty stored block after the data blocks: 3 bits, padding to a
  // byte boundary and 4 bytes, so data blocks ending at bit B give ceil((B + 3) / 8) + 4 bytes.
  setLimitBits(maxBytes < 0 ? i64.MAX_VALUE : 8 * (maxBytes - 4) - 3);
  if (!compress(INPUT_START, inputLength)) return -1;
  const length = <i64>sinkLength();
  return maxBytes < 0 || length <= maxBytes ? <i32>length : -1;
}

/** DEFLATE stream of the input (at most `maxBytes` long, a whole number; -1: no limit), or -1. */
export function deflate(inputLength: usize, maxBytes: f64): i32 {
  return deflateAt(inputLength, <i64>maxBytes, outputBase(inputLength));
}

/** gzip of the input as Go's compress/gzip writer at BestCompression makes it (at most `maxBytes` long, a whole number; -1: no limit), or -1. */
export function gzip(inputLength: usize, maxBytesIn: f64): i32 {
  const maxBytes = <i64>maxBytesIn;
  const start = outputBase(inputLength);
  const bodyLimit = maxBytes < 0 ? -1 : maxBytes - GZIP_FRAMING_BYTES;
  if (maxBytes >= 0 && bodyLimit < 0) return -1;
  const body = deflateAt(inputLength, bodyLimit, start + GZIP_HEADER_BYTES);
  if (body < 0) return -1;
  // The header goes in front of the stream the sink wrote; the trailer after it.
  // ID1 ID2 CM=8 FLG=0 MTIME=0 (little-endian), then XFL=2 OS=255.
  store<u64>(start, 0x00000000_00088b1f);
  store<u16>(start + 8, 0xff02);
  resultStart = start;
  const end = start + GZIP_HEADER_BYTES + <usize>body;
  ensureMemory(end + 8);
  store<u32>(end, crc32(INPUT_START, inputLength));
  store<u32>(end + 4, <u32>inputLength);
  return body + <i32>(GZIP_HEADER_BYTES + 8);
}

/**
 * Code lengths of Go's length-limited Huffman code for `size` (at most 286) frequencies (i32) at
 * the input pointer, limited to `maxBits`: `size` bytes at the output pointer. For tests.
 */
export function huffmanLengths(size: i32, maxBits: i32): usize {
  const start = outputBase(<usize>size * 4);
  ensureMemory(start + <usize>size * 3);
  resultStart = start;
  buildHuffmanCode(start, start + <usize>size, size, INPUT_START, maxBits);
  return start;
}
