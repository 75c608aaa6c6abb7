// Writes DEFLATE blocks the way Go's compress/flate huffmanBitWriter (pre-Go 1.26) chooses them:
// for each batch of tokens it prices a fixed-code block, a dynamic-code block and, when the raw
// bytes are at hand and fit, a stored block, and writes the cheapest.

import { BitSink } from './bitSink';
import { FIXED_LITERAL_CODE, FIXED_OFFSET_CODE, HuffmanCode, buildHuffmanCode } from './huffmanCode';
import * as T from './deflateTokens';
import { dynamicBlockLowerBound } from './deflateBlockBound';

// Module-level copies: the per-token loops below should not go through import bindings.
const LENGTH_BASE = T.LENGTH_BASE;
const LENGTH_EXTRA_BITS = T.LENGTH_EXTRA_BITS;
const OFFSET_BASE = T.OFFSET_BASE;
const OFFSET_EXTRA_BITS = T.OFFSET_EXTRA_BITS;
const LENGTH_CODE_OF = T.LENGTH_CODE_OF;
const OFFSET_CODE_OF = T.OFFSET_CODE_OF;
const MATCH_FLAG = T.MATCH_FLAG;
const LENGTH_SHIFT = T.LENGTH_SHIFT;
const OFFSET_MASK = T.OFFSET_MASK;

const LITERAL_SYMBOLS = 286;
const OFFSET_SYMBOLS = 30;
const CODEGEN_SYMBOLS = 19;
const END_BLOCK = 256;
const LENGTH_CODES_START = 257;
const MAX_STORE_BLOCK = 65535;
const FIXED_OFFSET_BITS = 5;
/** Blocks of at most this many tokens first check whether a dynamic block could beat the fixed one. */
const SMALL_BLOCK_TOKENS = 512;
/** Order in which the code-length code lengths are transmitted (RFC 1951 3.2.7). */
const CODEGEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Thrown by writeBlock when the stream is sure to exceed `limitBits`; nothing of that block is written. */
export const DEFLATE_LIMIT_EXCEEDED = new Error('deflate: the stream would exceed its limit');

export class DeflateBlockWriter {
  /**
   * Bits the stream may reach after its data blocks (Infinity = no limit). A block that would
   * certainly end beyond it throws DEFLATE_LIMIT_EXCEEDED instead of being written.
   */
  limitBits = Infinity;

  private readonly literalFreq = new Int32Array(LITERAL_SYMBOLS);
  private readonly offsetFreq = new Int32Array(OFFSET_SYMBOLS);
  private readonly codegenFreq = new Int32Array(CODEGEN_SYMBOLS);
  /** Run-length encoded code lengths: symbols 0-18, each of 16/17/18 followed by its repeat argument. */
  private readonly codegen = new Uint8Array(2 * (LITERAL_SYMBOLS + OFFSET_SYMBOLS));
  private codegenLength = 0;
  /** The literal and distance code lengths back to back, as generateCodegen reads them. */
  private readonly allLengths = new Uint8Array(LITERAL_SYMBOLS + OFFSET_SYMBOLS);
  private readonly literalCode = new HuffmanCode(LITERAL_SYMBOLS);
  private readonly offsetCode = new HuffmanCode(OFFSET_SYMBOLS);
  private readonly codegenCode = new HuffmanCode(CODEGEN_SYMBOLS);

  constructor(readonly out: BitSink) {}

  /**
   * Writes `count` tokens (an end-of-block marker is appended here). `input` is the raw data the
   * tokens cover, or null when it is no longer in the window (then a stored block is not an option).
   */
  writeBlock(tokens: Uint32Array, count: number, eof: boolean, input: Uint8Array | null): void {
    const numLiterals = this.countSymbols(tokens, count);
    let numOffsets = OFFSET_SYMBOLS;
    while (numOffsets > 0 && this.offsetFreq[numOffsets - 1] === 0) numOffsets--;

    const storable = input !== null && input.length <= MAX_STORE_BLOCK;
    const storedBits = storable ? (input.length + 5) * 8 : 0;
    // Extra bits cost the same in fixed and dynamic blocks (so they do not sway that choice), but
    // count against stored blocks and the bit limit.
    let extraBits = 0;
    for (let lc = LENGTH_CODES_START + 8; lc < numLiterals; lc++) {
      extraBits += this.literalFreq[lc] * LENGTH_EXTRA_BITS[lc - LENGTH_CODES_START];
    }
    for (let oc = 4; oc < numOffsets; oc++) extraBits += this.offsetFreq[oc] * OFFSET_EXTRA_BITS[oc];

    let matches = 0;
    for (let oc = 0; oc < numOffsets; oc++) matches += this.offsetFreq[oc];
    // What a fixed block writes (tokens, end of block, extra bits); the size Go compares also
    // counts the distance code pretended below for a block without matches.
    const fixedBits = 3 + FIXED_LITERAL_CODE.bitLength(this.literalFreq) + FIXED_OFFSET_BITS * matches + extraBits;
    const pretendOffset = numOffsets === 0;
    const fixedSize = fixedBits + (pretendOffset ? FIXED_OFFSET_BITS : 0);

    // Under a limit: give up when every kind of block would certainly end beyond it (stored blocks
    // write at least a 3-bit header and 4 length bytes; the dynamic bound is only worked out when
    // the two cheap ones already exceed the room).
    const room = this.limitBits - this.out.bitLength();
    let dynamicBound = -1;
    if (fixedBits > room && (!storable || 35 + 8 * input.length > room)) {
      dynamicBound = dynamicBlockLowerBound(this.literalFreq, numLiterals, this.offsetFreq, Math.max(numOffsets, 1), extraBits);
      if (dynamicBound > room) throw DEFLATE_LIMIT_EXCEEDED;
    }
    // In small blocks the dynamic header often outweighs what its codes save: when even its lower
    // bound is no smaller than the fixed block, the fixed block wins the comparison below anyway
    // and the dynamic codes need not be built.
    if (dynamicBound < 0 && count <= SMALL_BLOCK_TOKENS) {
      dynamicBound = dynamicBlockLowerBound(this.literalFreq, numLiterals, this.offsetFreq, Math.max(numOffsets, 1), extraBits);
    }

    let litCode = FIXED_LITERAL_CODE;
    let offCode = FIXED_OFFSET_CODE;
    let size = fixedSize;
    let numCodegens = 0;
    if (dynamicBound < fixedSize) {
      // A dynamic header needs at least one distance code, so when no match was found pretend one
      // was; it takes part in the sizes compared but is never written.
      if (pretendOffset) {
        this.offsetFreq[0] = 1;
        numOffsets = 1;
      }
      buildHuffmanCode(this.literalCode, this.literalFreq, 15);
      buildHuffmanCode(this.offsetCode, this.offsetFreq, 15);
      this.generateCodegen(numLiterals, numOffsets);
      buildHuffmanCode(this.codegenCode, this.codegenFreq, 7);
      const dynamic = this.dynamicSize(extraBits);
      if (dynamic.size < size) {
        size = dynamic.size;
        numCodegens = dynamic.numCodegens;
        litCode = this.literalCode;
        offCode = this.offsetCode;
      }
    }

    if (storable && storedBits < size) {
      if (35 + 8 * input.length > room) throw DEFLATE_LIMIT_EXCEEDED;
      this.writeStoredHeader(input.length, eof);
      this.out.writeBytes(input);
      return;
    }
    // The exact size is known now: stop before writing any token if it is over the limit.
    if (size - (pretendOffset ? offCode.lengths[0] : 0) > room) throw DEFLATE_LIMIT_EXCEEDED;
    if (litCode === FIXED_LITERAL_CODE) {
      this.out.writeBits(eof ? 3 : 2, 3);
    } else {
      this.writeDynamicHeader(numLiterals, numOffsets, numCodegens, eof);
    }
    this.writeTokens(tokens, count, litCode, offCode);
    this.out.writeBits(litCode.codes[END_BLOCK], litCode.lengths[END_BLOCK]);
  }

  /** A stored-block header; with length 0 it is the empty block Go uses for flushes and the final block. */
  writeStoredHeader(length: number, eof: boolean): void {
    this.out.writeBits(eof ? 1 : 0, 3);
    this.out.alignToByte();
    this.out.writeBits(length, 16);
    this.out.writeBits(~length & 0xffff, 16);
  }

  /** Counts the literal/length and distance symbols of the tokens (and one end of block); returns how many literal/length codes are in use. */
  private countSymbols(tokens: Uint32Array, count: number): number {
    const literalFreq = this.literalFreq;
    const offsetFreq = this.offsetFreq;
    literalFreq.fill(0);
    offsetFreq.fill(0);
    for (let i = 0; i < count; i++) {
      const t = tokens[i];
      if (t < MATCH_FLAG) {
        literalFreq[t]++;
      } else {
        literalFreq[LENGTH_CODES_START + LENGTH_CODE_OF[(t - MATCH_FLAG) >>> LENGTH_SHIFT]]++;
        offsetFreq[OFFSET_CODE_OF[t & OFFSET_MASK]]++;
      }
    }
    literalFreq[END_BLOCK]++;
    let numLiterals = LITERAL_SYMBOLS;
    while (literalFreq[numLiterals - 1] === 0) numLiterals--;
    return numLiterals;
  }

  /** Run-length encodes the literal and distance code lengths (RFC 1951 3.2.7) and counts the symbols. */
  private generateCodegen(numLiterals: number, numOffsets: number): void {
    const freq = this.codegenFreq;
    freq.fill(0);
    const lengths = this.allLengths;
    lengths.set(this.literalCode.lengths.subarray(0, numLiterals), 0);
    lengths.set(this.offsetCode.lengths.subarray(0, numOffsets), numLiterals);
    const total = numLiterals + numOffsets;

    const out = this.codegen;
    let n = 0;
    let i = 0;
    while (i < total) {
      const size = lengths[i];
      let run = 1;
      while (i + run < total && lengths[i + run] === size) run++;
      i += run;
      let count = run;
      if (size !== 0) {
        // The first one literally, then repeats of 3-6 with code 16.
        out[n++] = size;
        freq[size]++;
        count--;
        while (count >= 3) {
          const r = count < 6 ? count : 6;
          out[n++] = 16;
          out[n++] = r - 3;
          freq[16]++;
          count -= r;
        }
      } else {
        while (count >= 11) {
          const r = count < 138 ? count : 138;
          out[n++] = 18;
          out[n++] = r - 11;
          freq[18]++;
          count -= r;
        }
        if (count >= 3) {
          out[n++] = 17;
          out[n++] = count - 3;
          freq[17]++;
          count = 0;
        }
      }
      for (; count > 0; count--) {
        out[n++] = size;
        freq[size]++;
      }
    }
    this.codegenLength = n;
  }

  private dynamicSize(extraBits: number): { size: number; numCodegens: number } {
    let numCodegens = CODEGEN_SYMBOLS;
    while (numCodegens > 4 && this.codegenFreq[CODEGEN_ORDER[numCodegens - 1]] === 0) numCodegens--;
    const header =
      3 + 5 + 5 + 4 + 3 * numCodegens +
      this.codegenCode.bitLength(this.codegenFreq) +
      this.codegenFreq[16] * 2 + this.codegenFreq[17] * 3 + this.codegenFreq[18] * 7;
    const size = header + this.literalCode.bitLength(this.literalFreq) + this.offsetCode.bitLength(this.offsetFreq) + extraBits;
    return { size, numCodegens };
  }

  private writeDynamicHeader(numLiterals: number, numOffsets: number, numCodegens: number, eof: boolean): void {
    const out = this.out;
    out.writeBits(eof ? 5 : 4, 3);
    out.writeBits(numLiterals - 257, 5);
    out.writeBits(numOffsets - 1, 5);
    out.writeBits(numCodegens - 4, 4);
    for (let i = 0; i < numCodegens; i++) out.writeBits(this.codegenCode.lengths[CODEGEN_ORDER[i]], 3);
    const cg = this.codegen;
    for (let i = 0; i < this.codegenLength; i++) {
      const sym = cg[i];
      out.writeBits(this.codegenCode.codes[sym], this.codegenCode.lengths[sym]);
      if (sym === 16) out.writeBits(cg[++i], 2);
      else if (sym === 17) out.writeBits(cg[++i], 3);
      else if (sym === 18) out.writeBits(cg[++i], 7);
    }
  }

  private writeTokens(tokens: Uint32Array, count: number, lit: HuffmanCode, off: HuffmanCode): void {
    const out = this.out;
    for (let i = 0; i < count; i++) {
      const t = tokens[i];
      if (t < MATCH_FLAG) {
        out.writeBits(lit.codes[t], lit.lengths[t]);
        continue;
      }
      const length = (t - MATCH_FLAG) >>> LENGTH_SHIFT;
      const lc = LENGTH_CODE_OF[length];
      out.writeBits(lit.codes[lc + LENGTH_CODES_START], lit.lengths[lc + LENGTH_CODES_START]);
      const lengthExtra = LENGTH_EXTRA_BITS[lc];
      if (lengthExtra > 0) out.writeBits(length - LENGTH_BASE[lc], lengthExtra);
      const offset = t & OFFSET_MASK;
      const oc = OFFSET_CODE_OF[offset];
      out.writeBits(off.codes[oc], off.lengths[oc]);
      const offsetExtra = OFFSET_EXTRA_BITS[oc];
      if (offsetExtra > 0) out.writeBits(offset - OFFSET_BASE[oc], offsetExtra);
    }
  }
}
