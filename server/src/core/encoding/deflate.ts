// DEFLATE compression making the same choices as Go's compress/flate at BestCompression (level 9):
// 4-byte hash chains over a 32 KiB window, lazy matching, blocks of at most 16384 tokens, each
// written by DeflateBlockWriter, and a final empty stored block. Written for one Write followed
// by Close, which is how Butane drives its gzip writer.

import { BitSink } from './bitSink';
import { DEFLATE_LIMIT_EXCEEDED, DeflateBlockWriter } from './deflateBlockWriter';
import { LENGTH_SHIFT as TOKEN_LENGTH_SHIFT, MATCH_FLAG as TOKEN_MATCH_FLAG } from './deflateTokens';

// Copied into module constants so the hot loop does not go through import bindings.
const MATCH_FLAG = TOKEN_MATCH_FLAG;
const LENGTH_SHIFT = TOKEN_LENGTH_SHIFT;

const WINDOW_SIZE = 1 << 15;
const WINDOW_MASK = WINDOW_SIZE - 1;
const MIN_MATCH = 4; // Go never emits matches shorter than 4 bytes
const BASE_MATCH = 3;
const MAX_MATCH = 258;
const MAX_BLOCK_TOKENS = 1 << 14;
const HASH_BITS = 17;
const HASH_SIZE = 1 << HASH_BITS;
const HASH_MUL = 0x1e35a7bd;
const MAX_HASH_OFFSET = 1 << 24;
/** Lookahead the matcher wants before it works on a position (unless flushing). */
const MIN_LOOKAHEAD = MIN_MATCH + MAX_MATCH;

// Level 9 tuning: a match this long needs no better one; look at most this many chain links;
// lazy matching continues while the pending match is shorter than LAZY.
const GOOD = 32;
const LAZY = 258;
const NICE = 258;
const CHAIN = 4096;

/** Raw DEFLATE stream (no zlib/gzip framing) of `input`, byte-identical to Go's level 9. */
export function deflateGo(input: Uint8Array): Uint8Array {
  return deflateGoWithin(input, Infinity)!;
}

/**
 * deflateGo(input) when that stream is at most `maxBytes` long, else null. A longer stream is
 * given up as soon as a lower bound on its size shows it cannot fit, often before any Huffman code
 * is built or any bit written.
 */
export function deflateGoWithin(input: Uint8Array, maxBytes: number): Uint8Array | null {
  // One compressor serves every call: its ~750 KiB of tables used to be allocated (and collected)
  // for each file. Compression is synchronous and never re-entered, so sharing is safe.
  shared ??= new GoDeflater();
  return shared.deflateWithin(input, maxBytes);
}

let shared: GoDeflater | undefined;

/**
 * A level-9 compressor that keeps its window, hash chains and block writer between streams. Each
 * stream's output is the same as from a new compressor (the shared one is tested against fresh ones).
 */
export class GoDeflater {
  private readonly sink = new BitSink();
  private readonly writer = new DeflateBlockWriter(this.sink);
  private readonly compressor = new Level9Compressor(this.writer);

  deflate(input: Uint8Array): Uint8Array {
    return this.deflateWithin(input, Infinity)!;
  }

  /** The stream of `input`, or null when it would be longer than `maxBytes`. */
  deflateWithin(input: Uint8Array, maxBytes: number): Uint8Array | null {
    this.sink.reset();
    this.compressor.reset();
    // The stream ends with a final empty stored block after the data blocks: 3 bits, padding to a
    // byte boundary and 4 bytes, so data blocks ending at bit B give ceil((B + 3) / 8) + 4 bytes.
    this.writer.limitBits = maxBytes === Infinity ? Infinity : 8 * (maxBytes - 4) - 3;
    try {
      this.compressor.write(input);
      this.compressor.close();
    } catch (err) {
      // Reset above leaves nothing of a stream given up behind for the next one.
      if (err === DEFLATE_LIMIT_EXCEEDED) return null;
      throw err;
    }
    const out = this.sink.finish();
    return out.length <= maxBytes ? out : null;
  }
}

class Level9Compressor {
  private readonly window = new Uint8Array(2 * WINDOW_SIZE);
  private windowEnd = 0;
  /** Next position to look at; window[index..windowEnd) is not processed yet. */
  private index = 0;
  /** Where the data of the pending tokens starts (MAX when it has slid out of the window). */
  private blockStart = 0;
  /** True when window[index - 1] is still owed as a literal (lazy matching held it back). */
  private byteAvailable = false;

  // Hash chains hold positions biased by hashOffset, so anything below hashOffset means "empty".
  private readonly hashHead = new Int32Array(HASH_SIZE);
  private readonly hashPrev = new Int32Array(WINDOW_SIZE);
  private hashOffset = 1;
  private chainHead = -1;
  private maxInsertIndex = 0;

  private readonly tokens = new Uint32Array(MAX_BLOCK_TOKENS + 1);
  private tokenCount = 0;
  /** The match found at the previous position, waiting to see whether the next one is longer. */
  private length = MIN_MATCH - 1;
  private offset = 0;
  private sync = false;

  constructor(private readonly writer: DeflateBlockWriter) {}

  /**
   * Prepares for a new stream without clearing the hash tables: the new stream's hashOffset starts
   * above every position stored so far, so old entries read as negative positions, exactly like the
   * empty entries of fresh tables. Only when the offsets grow large are the tables cleared.
   */
  reset(): void {
    const nextOffset = this.hashOffset + this.windowEnd;
    if (nextOffset > MAX_HASH_OFFSET) {
      this.hashHead.fill(0);
      this.hashPrev.fill(0);
      this.hashOffset = 1;
    } else {
      this.hashOffset = nextOffset;
    }
    this.windowEnd = 0;
    this.index = 0;
    this.blockStart = 0;
    this.byteAvailable = false;
    this.chainHead = -1;
    this.maxInsertIndex = 0;
    this.tokenCount = 0;
    this.length = MIN_MATCH - 1;
    this.offset = 0;
    this.sync = false;
  }

  write(data: Uint8Array): void {
    let pos = 0;
    while (pos < data.length) {
      this.step();
      pos += this.fill(data, pos);
    }
  }

  close(): void {
    this.sync = true;
    this.step();
    this.writer.writeStoredHeader(0, true);
    this.writer.out.alignToByte();
  }

  private fill(data: Uint8Array, pos: number): number {
    if (this.index >= 2 * WINDOW_SIZE - MIN_LOOKAHEAD) this.slideWindow();
    const n = Math.min(data.length - pos, this.window.length - this.windowEnd);
    this.window.set(data.subarray(pos, pos + n), this.windowEnd);
    this.windowEnd += n;
    return n;
  }

  private slideWindow(): void {
    this.window.copyWithin(0, WINDOW_SIZE, 2 * WINDOW_SIZE);
    this.index -= WINDOW_SIZE;
    this.windowEnd -= WINDOW_SIZE;
    this.blockStart = this.blockStart >= WINDOW_SIZE ? this.blockStart - WINDOW_SIZE : Number.MAX_SAFE_INTEGER;
    this.hashOffset += WINDOW_SIZE;
    if (this.hashOffset > MAX_HASH_OFFSET) {
      // Rebase the stored positions before they grow too large.
      const delta = this.hashOffset - 1;
      this.hashOffset -= delta;
      this.chainHead -= delta;
      rebase(this.hashPrev, delta);
      rebase(this.hashHead, delta);
    }
  }

  private flushBlock(end: number): void {
    if (end > 0) {
      const input = this.blockStart <= end ? this.window.subarray(this.blockStart, end) : null;
      this.blockStart = end;
      this.writer.writeBlock(this.tokens, this.tokenCount, false, input);
    }
    this.tokenCount = 0;
  }

  private step(): void {
    if (this.windowEnd - this.index < MIN_LOOKAHEAD && !this.sync) return;
    this.maxInsertIndex = this.windowEnd - (MIN_MATCH - 1);

    // Hot loop: state lives in locals and is written back before anything that reads it.
    const w = this.window;
    const hashHead = this.hashHead;
    const hashPrev = this.hashPrev;
    const tokens = this.tokens;
    const hashOffset = this.hashOffset;
    const windowEnd = this.windowEnd;
    const maxInsertIndex = this.maxInsertIndex;
    const sync = this.sync;
    let index = this.index;
    let chainHead = this.chainHead;
    let length = this.length;
    let offset = this.offset;
    let byteAvailable = this.byteAvailable;
    let tokenCount = this.tokenCount;
    const flushAt = (end: number): void => {
      this.tokenCount = tokenCount;
      this.flushBlock(end);
      tokenCount = 0;
    };

    for (;;) {
      const lookahead = windowEnd - index;
      if (lookahead < MIN_LOOKAHEAD) {
        if (!sync) break;
        if (lookahead === 0) {
          if (byteAvailable) {
            tokens[tokenCount++] = w[index - 1];
            byteAvailable = false;
          }
          if (tokenCount > 0) flushAt(index);
          break;
        }
      }
      if (index < maxInsertIndex) {
        const h = Math.imul(w[index + 3] | (w[index + 2] << 8) | (w[index + 1] << 16) | (w[index] << 24), HASH_MUL) >>> (32 - HASH_BITS);
        chainHead = hashHead[h];
        hashPrev[index & WINDOW_MASK] = chainHead;
        hashHead[h] = index + hashOffset;
      }
      const prevLength = length;
      const prevOffset = offset;
      length = MIN_MATCH - 1;
      offset = 0;
      const minIndex = Math.max(index - WINDOW_SIZE, 0);

      if (chainHead - hashOffset >= minIndex && lookahead > prevLength && prevLength < LAZY) {
        // Walk the hash chain for a match longer than 3 bytes.
        const pos = index;
        const maxLen = lookahead < MAX_MATCH ? lookahead : MAX_MATCH;
        const nice = maxLen < NICE ? maxLen : NICE;
        let best = MIN_MATCH - 1;
        let tries = best >= GOOD ? CHAIN >> 2 : CHAIN;
        let wEnd = w[pos + best];
        const chainMin = pos - WINDOW_SIZE;
        for (let i = chainHead - hashOffset; tries > 0; tries--) {
          if (w[i + best] === wEnd) {
            let n = 0;
            while (n < maxLen && w[i + n] === w[pos + n]) n++;
            // Short matches far away cost more than they save.
            if (n > best && (n > MIN_MATCH || pos - i <= 4096)) {
              best = n;
              length = n;
              offset = pos - i;
              if (n >= nice) break;
              wEnd = w[pos + n];
            }
          }
          if (i === chainMin) break; // that slot of hashPrev has been reused already
          i = hashPrev[i & WINDOW_MASK] - hashOffset;
          if (i < chainMin || i < 0) break;
        }
      }
      if (prevLength >= MIN_MATCH && length <= prevLength) {
        // The match that started one byte back is at least as good: take it.
        tokens[tokenCount++] = MATCH_FLAG | ((prevLength - BASE_MATCH) << LENGTH_SHIFT) | (prevOffset - 1);
        const newIndex = index + prevLength - 1;
        for (index++; index < newIndex; index++) {
          if (index < maxInsertIndex) {
            const h = Math.imul(w[index + 3] | (w[index + 2] << 8) | (w[index + 1] << 16) | (w[index] << 24), HASH_MUL) >>> (32 - HASH_BITS);
            hashPrev[index & WINDOW_MASK] = hashHead[h];
            hashHead[h] = index + hashOffset;
          }
        }
        byteAvailable = false;
        length = MIN_MATCH - 1;
        if (tokenCount === MAX_BLOCK_TOKENS) flushAt(index);
      } else {
        if (byteAvailable) {
          const i = index - 1;
          tokens[tokenCount++] = w[i];
          if (tokenCount === MAX_BLOCK_TOKENS) flushAt(i + 1);
        }
        index++;
        byteAvailable = true;
      }
    }
    this.index = index;
    this.chainHead = chainHead;
    this.length = length;
    this.offset = offset;
    this.byteAvailable = byteAvailable;
    this.tokenCount = tokenCount;
  }
}

function rebase(table: Int32Array, delta: number): void {
  for (let i = 0; i < table.length; i++) table[i] = table[i] > delta ? table[i] - delta : 0;
}
