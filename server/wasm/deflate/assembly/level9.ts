// DEFLATE compression making the same choices as Go's compress/flate at BestCompression (level 9):
// 4-byte hash chains over a 32 KiB window, lazy matching, blocks of at most 16384 tokens, each
// written by the block writer, and a final empty stored block. Written for one Write followed
// by Close, which is how Butane drives its gzip writer.

import { alignToByte } from './bitSink';
import { writeBlock, writeStoredHeader } from './blockWriter';
import { LENGTH_SHIFT, MATCH_FLAG } from './tokens';

const WINDOW_SIZE: i32 = 1 << 15;
const WINDOW_MASK: i32 = WINDOW_SIZE - 1;
const MIN_MATCH: i32 = 4; // Go never emits matches shorter than 4 bytes
const BASE_MATCH: i32 = 3;
const MAX_MATCH: i32 = 258;
const MAX_BLOCK_TOKENS: i32 = 1 << 14;
const HASH_BITS: u32 = 17;
const HASH_SIZE: i32 = 1 << HASH_BITS;
const HASH_MUL: u32 = 0x1e35a7bd;
const MAX_HASH_OFFSET: i32 = 1 << 24;
/** Lookahead the matcher wants before it works on a position (unless flushing). */
const MIN_LOOKAHEAD: i32 = MIN_MATCH + MAX_MATCH;
/** blockStart once the data of the pending tokens has slid out of the window. */
const SLID_OUT: i32 = i32.MAX_VALUE;

// Level 9 tuning: a match this long needs no better one; look at most this many chain links;
// lazy matching continues while the pending match is shorter than LAZY.
const GOOD: i32 = 32;
const LAZY: i32 = 258;
const NICE: i32 = 258;
const CHAIN: i32 = 4096;

const window = memory.data(2 * WINDOW_SIZE, 16);
// Hash chains hold positions biased by hashOffset, so anything below hashOffset means "empty".
const hashHead = memory.data(HASH_SIZE * 4, 16);
const hashPrev = memory.data(WINDOW_SIZE * 4, 16);
const tokens = memory.data((MAX_BLOCK_TOKENS + 1) * 4, 16);

let windowEnd: i32 = 0;
/** Next position to look at; window[index..windowEnd) is not processed yet. */
let index: i32 = 0;
/** Where the data of the pending tokens starts (SLID_OUT when it has left the window). */
let blockStart: i32 = 0;
/** True when window[index - 1] is still owed as a literal (lazy matching held it back). */
let byteAvailable = false;
let hashOffset: i32 = 1;
let chainHead: i32 = -1;
let tokenCount: i32 = 0;
/** The match found at the previous position, waiting to see whether the next one is longer. */
let length: i32 = MIN_MATCH - 1;
let offset: i32 = 0;
let sync = false;
/** Set when a block could not fit within the writer's limit: the stream is given up. */
let givenUp = false;

@inline function byteAt(i: i32): u32 {
  return <u32>load<u8>(window + <usize>i);
}
@inline function headAt(h: u32): usize {
  return hashHead + (<usize>h << 2);
}
@inline function prevAt(i: i32): usize {
  return hashPrev + (<usize>(i & WINDOW_MASK) << 2);
}
@inline function pushToken(token: u32): void {
  store<u32>(tokens + (<usize>tokenCount << 2), token);
  tokenCount++;
}
@inline function hash4(i: i32): u32 {
  return (bswap<u32>(load<u32>(window + <usize>i)) * HASH_MUL) >> (32 - HASH_BITS);
}

/**
 * Prepares for a new stream without clearing the hash tables: the new stream's hashOffset starts
 * above every position stored so far, so old entries read as negative positions, exactly like the
 * empty entries of fresh tables. Only when the offsets grow large are the tables cleared.
 */
export function resetCompressor(): void {
  const nextOffset = hashOffset + windowEnd;
  if (nextOffset > MAX_HASH_OFFSET) {
    memory.fill(hashHead, 0, HASH_SIZE * 4);
    memory.fill(hashPrev, 0, WINDOW_SIZE * 4);
    hashOffset = 1;
  } else {
    hashOffset = nextOffset;
  }
  windowEnd = 0;
  index = 0;
  blockStart = 0;
  byteAvailable = false;
  chainHead = -1;
  tokenCount = 0;
  length = MIN_MATCH - 1;
  offset = 0;
  sync = false;
  givenUp = false;
}

/** Compresses `count` bytes at `data` as one stream; false when it was given up (over the limit). */
export function compress(data: usize, count: usize): bool {
  let pos: usize = 0;
  while (pos < count && !givenUp) {
    step();
    if (givenUp) break;
    pos += fill(data + pos, count - pos);
  }
  if (givenUp) return false;
  sync = true;
  step();
  if (givenUp) return false;
  writeStoredHeader(0, true);
  alignToByte();
  return true;
}

function fill(src: usize, available: usize): usize {
  if (index >= 2 * WINDOW_SIZE - MIN_LOOKAHEAD) slideWindow();
  const space = <usize>(2 * WINDOW_SIZE - windowEnd);
  const n = available < space ? available : space;
  memory.copy(window + <usize>windowEnd, src, n);
  windowEnd += <i32>n;
  return n;
}

function slideWindow(): void {
  memory.copy(window, window + WINDOW_SIZE, WINDOW_SIZE);
  index -= WINDOW_SIZE;
  windowEnd -= WINDOW_SIZE;
  blockStart = blockStart >= WINDOW_SIZE && blockStart != SLID_OUT ? blockStart - WINDOW_SIZE : SLID_OUT;
  hashOffset += WINDOW_SIZE;
  if (hashOffset > MAX_HASH_OFFSET) {
    // Rebase the stored positions before they grow too large.
    const delta = hashOffset - 1;
    hashOffset -= delta;
    chainHead -= delta;
    rebase(hashPrev, WINDOW_SIZE, delta);
    rebase(hashHead, HASH_SIZE, delta);
  }
}

function rebase(table: usize, size: i32, delta: i32): void {
  for (let i = 0; i < size; i++) {
    const p = table + (<usize>i << 2);
    const v = load<i32>(p);
    store<i32>(p, v > delta ? v - delta : 0);
  }
}

/** Writes the pending tokens as a block ending at window position `end`; false when given up. */
function flushBlock(end: i32): bool {
  if (end > 0) {
    const start = blockStart <= end ? window + <usize>blockStart : 0;
    blockStart = end;
    if (!writeBlock(tokens, tokenCount, false, start, window + <usize>end)) {
      givenUp = true;
      return false;
    }
  }
  tokenCount = 0;
  return true;
}

function step(): void {
  if (windowEnd - index < MIN_LOOKAHEAD && !sync) return;
  const maxInsertIndex = windowEnd - (MIN_MATCH - 1);

  for (;;) {
    const lookahead = windowEnd - index;
    if (lookahead < MIN_LOOKAHEAD) {
      if (!sync) break;
      if (lookahead == 0) {
        if (byteAvailable) {
          pushToken(byteAt(index - 1));
          byteAvailable = false;
        }
        if (tokenCount > 0) flushBlock(index);
        break;
      }
    }
    if (index < maxInsertIndex) {
      const head = headAt(hash4(index));
      chainHead = load<i32>(head);
      store<i32>(prevAt(index), chainHead);
      store<i32>(head, index + hashOffset);
    }
    const prevLength = length;
    const prevOffset = offset;
    length = MIN_MATCH - 1;
    offset = 0;
    const minIndex = index > WINDOW_SIZE ? index - WINDOW_SIZE : 0;

    if (chainHead - hashOffset >= minIndex && lookahead > prevLength && prevLength < LAZY) {
      // Walk the hash chain for a match longer than 3 bytes.
      const pos = index;
      const maxLen = lookahead < MAX_MATCH ? lookahead : MAX_MATCH;
      const nice = maxLen < NICE ? maxLen : NICE;
      let best = MIN_MATCH - 1;
      let tries = best >= GOOD ? CHAIN >> 2 : CHAIN;
      let wEnd = byteAt(pos + best);
      const chainMin = pos - WINDOW_SIZE;
      for (let i = chainHead - hashOffset; tries > 0; tries--) {
        if (byteAt(i + best) == wEnd) {
          const n = matchLength(i, pos, maxLen);
          // Short matches far away cost more than they save.
          if (n > best && (n > MIN_MATCH || pos - i <= 4096)) {
            best = n;
            length = n;
            offset = pos - i;
            if (n >= nice) break;
            wEnd = byteAt(pos + n);
          }
        }
        if (i == chainMin) break; // that slot of hashPrev has been reused already
        i = load<i32>(prevAt(i)) - hashOffset;
        if (i < chainMin || i < 0) break;
      }
    }
    if (prevLength >= MIN_MATCH && length <= prevLength) {
      // The match that started one byte back is at least as good: take it.
      pushToken(MATCH_FLAG | (<u32>(prevLength - BASE_MATCH) << LENGTH_SHIFT) | <u32>(prevOffset - 1));
      const newIndex = index + prevLength - 1;
      for (index++; index < newIndex; index++) {
        if (index < maxInsertIndex) {
          const head = headAt(hash4(index));
          store<i32>(prevAt(index), load<i32>(head));
          store<i32>(head, index + hashOffset);
        }
      }
      byteAvailable = false;
      length = MIN_MATCH - 1;
      if (tokenCount == MAX_BLOCK_TOKENS && !flushBlock(index)) return;
    } else {
      if (byteAvailable) {
        const i = index - 1;
        pushToken(byteAt(i));
        if (tokenCount == MAX_BLOCK_TOKENS && !flushBlock(i + 1)) return;
      }
      index++;
      byteAvailable = true;
    }
  }
}

/** Length of the common prefix of window[a..] and window[b..], at most `max` (a < b). */
@inline function matchLength(a: i32, b: i32, max: i32): i32 {
  const pa = window + <usize>a;
  const pb = window + <usize>b;
  let n = 0;
  // Eight bytes at a time while that many remain to compare, then byte by byte.
  while (n + 8 <= max) {
    const diff = load<u64>(pa + <usize>n) ^ load<u64>(pb + <usize>n);
    if (diff != 0) return n + <i32>(ctz<u64>(diff) >> 3);
    n += 8;
  }
  while (n < max && load<u8>(pa + <usize>n) == load<u8>(pb + <usize>n)) n++;
  return n;
}
