// Writes DEFLATE blocks the way Go's compress/flate huffmanBitWriter (pre-Go 1.26) chooses them:
// for each batch of tokens it prices a fixed-code block, a dynamic-code block and, when the raw
// bytes are at hand and fit, a stored block, and writes the cheapest.

import { alignToByte, bitLength, writeBits, writeBytes } from './bitSink';
import {
  FIXED_LITERAL_CODES, FIXED_LITERAL_LENGTHS, FIXED_OFFSET_CODES, FIXED_OFFSET_LENGTHS, buildHuffmanCode, codeBitLength,
} from './huffmanCode';
import {
  LENGTH_BASE, LENGTH_CODE_OF, LENGTH_EXTRA_BITS, LENGTH_SHIFT, MATCH_FLAG, OFFSET_BASE, OFFSET_CODE_OF, OFFSET_EXTRA_BITS,
  OFFSET_MASK,
} from './tokens';
import { dynamicBlockLowerBound } from './blockBound';

const LITERAL_SYMBOLS = 286;
const OFFSET_SYMBOLS = 30;
const CODEGEN_SYMBOLS = 19;
const END_BLOCK = 256;
const LENGTH_CODES_START = 257;
const MAX_STORE_BLOCK = 65535;
const FIXED_OFFSET_BITS: i64 = 5;
/** Blocks of at most this many tokens first check whether a dynamic block could beat the fixed one. */
const SMALL_BLOCK_TOKENS = 512;
/** Order in which the code-length code lengths are transmitted (RFC 1951 3.2.7). */
const CODEGEN_ORDER = memory.data<u8>([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);

/**
 * Bits the stream may reach after its data blocks (i64.MAX_VALUE = no limit). A block that would
 * certainly end beyond it is not written: writeBlock returns false instead.
 */
export let limitBits: i64 = i64.MAX_VALUE;

export function setLimitBits(bits: i64): void {
  limitBits = bits;
}

const literalFreq = memory.data(LITERAL_SYMBOLS * 4, 4);
const offsetFreq = memory.data(OFFSET_SYMBOLS * 4, 4);
const codegenFreq = memory.data(CODEGEN_SYMBOLS * 4, 4);
/** Run-length encoded code lengths: symbols 0-18, each of 16/17/18 followed by its repeat argument. */
const codegen = memory.data(2 * (LITERAL_SYMBOLS + OFFSET_SYMBOLS));
let codegenLength = 0;
/** The literal and distance code lengths back to back, as generateCodegen reads them. */
const allLengths = memory.data(LITERAL_SYMBOLS + OFFSET_SYMBOLS);
const literalLengths = memory.data(LITERAL_SYMBOLS);
const literalCodes = memory.data(LITERAL_SYMBOLS * 2, 2);
const offsetLengths = memory.data(OFFSET_SYMBOLS);
const offsetCodes = memory.data(OFFSET_SYMBOLS * 2, 2);
const codegenLengths = memory.data(CODEGEN_SYMBOLS);
const codegenCodes = memory.data(CODEGEN_SYMBOLS * 2, 2);

@inline function freqAt(table: usize, i: i32): i32 {
  return load<i32>(table + (<usize>i << 2));
}
@inline function byteAt(table: usize, i: i32): i32 {
  return <i32>load<u8>(table + <usize>i);
}
@inline function writeSymbol(codes: usize, lengths: usize, sym: i32): void {
  writeBits(<u32>load<u16>(codes + (<usize>sym << 1)), <u32>load<u8>(lengths + <usize>sym));
}

/**
 * Writes `count` tokens (an end-of-block marker is appended here). The raw data the tokens cover
 * is [inputStart, inputEnd), or inputStart is 0 when it is no longer in the window (then a stored
 * block is not an option). Returns false, having written nothing, when the stream is sure to
 * exceed limitBits.
 */
export function writeBlock(tokens: usize, count: i32, eof: bool, inputStart: usize, inputEnd: usize): bool {
  const numLiterals = countSymbols(tokens, count);
  let numOffsets = OFFSET_SYMBOLS;
  while (numOffsets > 0 && freqAt(offsetFreq, numOffsets - 1) == 0) numOffsets--;

  const inputLength = <i64>(inputEnd - inputStart);
  const storable = inputStart != 0 && inputLength <= MAX_STORE_BLOCK;
  const storedBits: i64 = storable ? (inputLength + 5) * 8 : 0;
  // Extra bits cost the same in fixed and dynamic blocks (so they do not sway that choice), but
  // count against stored blocks and the bit limit.
  let extraBits: i64 = 0;
  for (let lc = LENGTH_CODES_START + 8; lc < numLiterals; lc++) {
    extraBits += <i64>freqAt(literalFreq, lc) * byteAt(LENGTH_EXTRA_BITS, lc - LENGTH_CODES_START);
  }
  for (let oc = 4; oc < numOffsets; oc++) extraBits += <i64>freqAt(offsetFreq, oc) * byteAt(OFFSET_EXTRA_BITS, oc);

  let matches: i64 = 0;
  for (let oc = 0; oc < numOffsets; oc++) matches += freqAt(offsetFreq, oc);
  // What a fixed block writes (tokens, end of block, extra bits); the size Go compares also
  // counts the distance code pretended below for a block without matches.
  const fixedBits: i64 = 3 + codeBitLength(FIXED_LITERAL_LENGTHS, literalFreq, LITERAL_SYMBOLS) + FIXED_OFFSET_BITS * matches + extraBits;
  const pretendOffset = numOffsets == 0;
  const fixedSize = fixedBits + (pretendOffset ? FIXED_OFFSET_BITS : 0);

  // Under a limit: give up when every kind of block would certainly end beyond it (stored blocks
  // write at least a 3-bit header and 4 length bytes; the dynamic bound is only worked out when
  // the two cheap ones already exceed the room).
  const room = limitBits == i64.MAX_VALUE ? i64.MAX_VALUE : limitBits - bitLength();
  let dynamicBound: i64 = -1;
  const sentOffsets = numOffsets > 1 ? numOffsets : 1;
  if (fixedBits > room && (!storable || 35 + 8 * inputLength > room)) {
    dynamicBound = dynamicBlockLowerBound(literalFreq, numLiterals, offsetFreq, sentOffsets, extraBits);
    if (dynamicBound > room) return false;
  }
  // In small blocks the dynamic header often outweighs what its codes save: when even its lower
  // bound is no smaller than the fixed block, the fixed block wins the comparison below anyway
  // and the dynamic codes need not be built.
  if (dynamicBound < 0 && count <= SMALL_BLOCK_TOKENS) {
    dynamicBound = dynamicBlockLowerBound(literalFreq, numLiterals, offsetFreq, sentOffsets, extraBits);
  }

  let dynamic = false;
  let size = fixedSize;
  let numCodegens = 0;
  if (dynamicBound < fixedSize) {
    // A dynamic header needs at least one distance code, so when no match was found pretend one
    // was; it takes part in the sizes compared but is never written.
    if (pretendOffset) {
      store<i32>(offsetFreq, 1);
      numOffsets = 1;
    }
    buildHuffmanCode(literalLengths, literalCodes, LITERAL_SYMBOLS, literalFreq, 15);
    buildHuffmanCode(offsetLengths, offsetCodes, OFFSET_SYMBOLS, offsetFreq, 15);
    generateCodegen(numLiterals, numOffsets);
    buildHuffmanCode(codegenLengths, codegenCodes, CODEGEN_SYMBOLS, codegenFreq, 7);
    numCodegens = CODEGEN_SYMBOLS;
    while (numCodegens > 4 && freqAt(codegenFreq, byteAt(CODEGEN_ORDER, numCodegens - 1)) == 0) numCodegens--;
    const header: i64 =
      3 + 5 + 5 + 4 + 3 * numCodegens +
      codeBitLength(codegenLengths, codegenFreq, CODEGEN_SYMBOLS) +
      freqAt(codegenFreq, 16) * 2 + freqAt(codegenFreq, 17) * 3 + freqAt(codegenFreq, 18) * 7;
    const dynamicSize = header + codeBitLength(literalLengths, literalFreq, LITERAL_SYMBOLS) +
      codeBitLength(offsetLengths, offsetFreq, OFFSET_SYMBOLS) + extraBits;
    if (dynamicSize < size) {
      size = dynamicSize;
      dynamic = true;
    }
  }

  if (storable && storedBits < size) {
    if (35 + 8 * inputLength > room) return false;
    writeStoredHeader(<i32>inputLength, eof);
    writeBytes(inputStart, <usize>inputLength);
    return true;
  }
  const litLengths = dynamic ? literalLengths : FIXED_LITERAL_LENGTHS;
  const litCodes = dynamic ? literalCodes : FIXED_LITERAL_CODES;
  const offLengths = dynamic ? offsetLengths : FIXED_OFFSET_LENGTHS;
  const offCodes = dynamic ? offsetCodes : FIXED_OFFSET_CODES;
  // The exact size is known now: stop before writing any token if it is over the limit.
  if (size - (pretendOffset ? byteAt(offLengths, 0) : 0) > room) return false;
  if (dynamic) {
    writeDynamicHeader(numLiterals, numOffsets, numCodegens, eof);
  } else {
    writeBits(eof ? 3 : 2, 3);
  }
  writeTokens(tokens, count, litLengths, litCodes, offLengths, offCodes);
  writeSymbol(litCodes, litLengths, END_BLOCK);
  return true;
}

/** A stored-block header; with length 0 it is the empty block Go uses for flushes and the final block. */
export function writeStoredHeader(length: i32, eof: bool): void {
  writeBits(eof ? 1 : 0, 3);
  alignToByte();
  writeBits(<u32>length, 16);
  writeBits(<u32>~length & 0xffff, 16);
}

/** Counts the literal/length and distance symbols of the tokens (and one end of block); returns how many literal/length codes are in use. */
function countSymbols(tokens: usize, count: i32): i32 {
  memory.fill(literalFreq, 0, LITERAL_SYMBOLS * 4);
  memory.fill(offsetFreq, 0, OFFSET_SYMBOLS * 4);
  for (let i = 0; i < count; i++) {
    const t = load<u32>(tokens + (<usize>i << 2));
    if (t < MATCH_FLAG) {
      const p = literalFreq + (<usize>t << 2);
      store<i32>(p, load<i32>(p) + 1);
    } else {
      const lc = <usize>load<u8>(LENGTH_CODE_OF + <usize>((t - MATCH_FLAG) >> LENGTH_SHIFT));
      const p = literalFreq + ((<usize>LENGTH_CODES_START + lc) << 2);
      store<i32>(p, load<i32>(p) + 1);
      const q = offsetFreq + (<usize>offsetCodeOf(t & OFFSET_MASK) << 2);
      store<i32>(q, load<i32>(q) + 1);
    }
  }
  const end = literalFreq + (END_BLOCK << 2);
  store<i32>(end, load<i32>(end) + 1);
  let numLiterals = LITERAL_SYMBOLS;
  while (freqAt(literalFreq, numLiterals - 1) == 0) numLiterals--;
  return numLiterals;
}

@inline function offsetCodeOf(xoffset: u32): i32 {
  return <i32>load<u8>(OFFSET_CODE_OF + <usize>xoffset);
}

/** Run-length encodes the literal and distance code lengths (RFC 1951 3.2.7) and counts the symbols. */
function generateCodegen(numLiterals: i32, numOffsets: i32): void {
  const freq = codegenFreq;
  memory.fill(freq, 0, CODEGEN_SYMBOLS * 4);
  memory.copy(allLengths, literalLengths, <usize>numLiterals);
  memory.copy(allLengths + <usize>numLiterals, offsetLengths, <usize>numOffsets);
  const total = numLiterals + numOffsets;

  const out = codegen;
  let n: usize = 0;
  let i = 0;
  while (i < total) {
    const size = byteAt(allLengths, i);
    let run = 1;
    while (i + run < total && byteAt(allLengths, i + run) == size) run++;
    i += run;
    let count = run;
    if (size != 0) {
      // The first one literally, then repeats of 3-6 with code 16.
      store<u8>(out + n++, <u8>size);
      countCodegen(size);
      count--;
      while (count >= 3) {
        const r = count < 6 ? count : 6;
        store<u8>(out + n++, 16);
        store<u8>(out + n++, <u8>(r - 3));
        countCodegen(16);
        count -= r;
      }
    } else {
      while (count >= 11) {
        const r = count < 138 ? count : 138;
        store<u8>(out + n++, 18);
        store<u8>(out + n++, <u8>(r - 11));
        countCodegen(18);
        count -= r;
      }
      if (count >= 3) {
        store<u8>(out + n++, 17);
        store<u8>(out + n++, <u8>(count - 3));
        countCodegen(17);
        count = 0;
      }
    }
    for (; count > 0; count--) {
      store<u8>(out + n++, <u8>size);
      countCodegen(size);
    }
  }
  codegenLength = <i32>n;
}

@inline function countCodegen(sym: i32): void {
  const p = codegenFreq + (<usize>sym << 2);
  store<i32>(p, load<i32>(p) + 1);
}

function writeDynamicHeader(numLiterals: i32, numOffsets: i32, numCodegens: i32, eof: bool): void {
  writeBits(eof ? 5 : 4, 3);
  writeBits(<u32>(numLiterals - 257), 5);
  writeBits(<u32>(numOffsets - 1), 5);
  writeBits(<u32>(numCodegens - 4), 4);
  for (let i = 0; i < numCodegens; i++) writeBits(<u32>byteAt(codegenLengths, byteAt(CODEGEN_ORDER, i)), 3);
  for (let i = 0; i < codegenLength; i++) {
    const sym = byteAt(codegen, i);
    writeSymbol(codegenCodes, codegenLengths, sym);
    if (sym == 16) writeBits(<u32>byteAt(codegen, ++i), 2);
    else if (sym == 17) writeBits(<u32>byteAt(codegen, ++i), 3);
    else if (sym == 18) writeBits(<u32>byteAt(codegen, ++i), 7);
  }
}

function writeTokens(tokens: usize, count: i32, litLengths: usize, litCodes: usize, offLengths: usize, offCodes: usize): void {
  for (let i = 0; i < count; i++) {
    const t = load<u32>(tokens + (<usize>i << 2));
    if (t < MATCH_FLAG) {
      writeSymbol(litCodes, litLengths, <i32>t);
      continue;
    }
    const length = (t - MATCH_FLAG) >> LENGTH_SHIFT;
    const lc = byteAt(LENGTH_CODE_OF, <i32>length);
    writeSymbol(litCodes, litLengths, lc + LENGTH_CODES_START);
    const lengthExtra = byteAt(LENGTH_EXTRA_BITS, lc);
    if (lengthExtra > 0) writeBits(length - <u32>byteAt(LENGTH_BASE, lc), <u32>lengthExtra);
    const offset = t & OFFSET_MASK;
    const oc = offsetCodeOf(offset);
    writeSymbol(offCodes, offLengths, oc);
    const offsetExtra = byteAt(OFFSET_EXTRA_BITS, oc);
    if (offsetExtra > 0) writeBits(offset - load<u32>(OFFSET_BASE + (<usize>oc << 2)), <u32>offsetExtra);
  }
}
