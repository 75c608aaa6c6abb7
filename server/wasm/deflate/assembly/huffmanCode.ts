// Length-limited canonical Huffman codes built the way Go's compress/flate builds them. The exact
// code lengths matter for byte-identical output, so the tree shape follows Go's level-by-level
// construction (leaves sorted by frequency, then symbol), not zlib's.
//
// A code is two arrays in memory: per symbol its bit length (u8, 0 = unused) and its bits (u16,
// already reversed for LSB-first output). Frequencies are i32 arrays.

/** Largest alphabet (literal/length codes); symbols fit in 9 bits. */
const MAX_SYMBOLS = 512;
const SYMBOL_BITS = 9;
const MAX_CODE_BITS = 15;
const LEVELS = MAX_CODE_BITS + 2;
const MAX_INT32: i64 = 0x7fffffff;

/** Total bits needed to write symbols with the given frequencies. */
export function codeBitLength(lengths: usize, freq: usize, size: i32): i64 {
  let total: i64 = 0;
  for (let i = 0; i < size; i++) {
    total += <i64>load<i32>(freq + (<usize>i << 2)) * <i64>load<u8>(lengths + <usize>i);
  }
  return total;
}

/** The low `bitLength` bits of `value` (below 2^16) in reverse order (bitLength <= 16). */
export function reverseBits(value: u32, bitLength: u32): u16 {
  let v = value;
  v = ((v >> 1) & 0x5555) | ((v & 0x5555) << 1);
  v = ((v >> 2) & 0x3333) | ((v & 0x3333) << 2);
  v = ((v >> 4) & 0x0f0f) | ((v & 0x0f0f) << 4);
  v = ((v >> 8) & 0x00ff) | ((v & 0x00ff) << 8);
  return <u16>(v >> (16 - bitLength));
}

// Scratch space shared by every build (building is never re-entered).
/** Used symbols as (frequency << 9 | symbol), sorted numerically = by frequency, then symbol. */
const sortKeys = memory.data(MAX_SYMBOLS * 4, 4);
const sortedSymbols = memory.data(MAX_SYMBOLS * 4, 4);
/** Sorted frequencies followed by a MAX_INT32 sentinel. */
const sortedFreq = memory.data((MAX_SYMBOLS + 1) * 8, 8);
const lastFreq = memory.data(LEVELS * 8, 8);
const nextCharFreq = memory.data(LEVELS * 8, 8);
const nextPairFreq = memory.data(LEVELS * 8, 8);
const needed = memory.data(LEVELS * 4, 4);
/** Entry [b]: the next code to hand out among codes of b bits. */
const nextCode = memory.data((MAX_CODE_BITS + 1) * 4, 4);
/** Entry [b]: how many leaves get a code of b bits. */
const bitCount = memory.data((MAX_CODE_BITS + 1) * 4, 4);
/** Per level: its own leaf count, and the snapshot node of the row below it. */
const ownLeaves = memory.data(LEVELS * 4, 4);
const belowSnapshot = memory.data(LEVELS * 4, 4);
/**
 * Snapshot nodes: a level's leaf count and the node of the row below (0 = all zeros). A level
 * takes at most one pair per item of the level below, and a level holds at most 2n items, so
 * there are fewer than MAX_CODE_BITS * 2 * MAX_SYMBOLS nodes.
 */
const SNAPSHOT_NODES = MAX_CODE_BITS * 2 * MAX_SYMBOLS;
const snapshotLeaves = memory.data(SNAPSHOT_NODES * 4, 4);
const snapshotBelow = memory.data(SNAPSHOT_NODES * 4, 4);

@inline function i32At(table: usize, i: i32): i32 {
  return load<i32>(table + (<usize>i << 2));
}
@inline function setI32(table: usize, i: i32, v: i32): void {
  store<i32>(table + (<usize>i << 2), v);
}
@inline function i64At(table: usize, i: i32): i64 {
  return load<i64>(table + (<usize>i << 3));
}
@inline function setI64(table: usize, i: i32, v: i64): void {
  store<i64>(table + (<usize>i << 3), v);
}

/** Rebuilds the code (`lengths`, `codes`) as the Go encoder's minimal code for `freq` (first `size` entries), limited to `maxBits`. */
export function buildHuffmanCode(lengths: usize, codes: usize, size: i32, freq: usize, maxBits: i32): void {
  let count = 0;
  for (let i = 0; i < size; i++) {
    const f = i32At(freq, i);
    if (f != 0) setI32(sortKeys, count++, (f << SYMBOL_BITS) | i);
    else store<u8>(lengths + <usize>i, 0);
  }
  if (count <= 2) {
    // One or two symbols: one bit each, in symbol order.
    for (let i = 0; i < count; i++) {
      const sym = i32At(sortKeys, i) & (MAX_SYMBOLS - 1);
      store<u16>(codes + (<usize>sym << 1), <u16>i);
      store<u8>(lengths + <usize>sym, 1);
    }
    return;
  }
  sortKeysAscending(count);
  for (let i = 0; i < count; i++) {
    const key = i32At(sortKeys, i);
    setI32(sortedSymbols, i, key & (MAX_SYMBOLS - 1));
    setI64(sortedFreq, i, <i64>(<u32>key >> SYMBOL_BITS));
  }
  setI64(sortedFreq, count, MAX_INT32);
  const maxLength = countLeavesPerLength(count, maxBits);

  // Shorter codes go to the most frequent symbols (the end of the sorted list).
  let end = count;
  for (let bits = 1; bits <= maxLength; bits++) {
    const n = i32At(bitCount, bits);
    for (let k = end - n; k < end; k++) store<u8>(lengths + <usize>i32At(sortedSymbols, k), <u8>bits);
    end -= n;
  }
  // Canonical codes: each length starts after the previous length's codes, shifted left by one,
  // and within one length the codes ascend with the symbol.
  let start = 0;
  for (let bits = 1; bits <= maxLength; bits++) {
    start = (start + i32At(bitCount, bits - 1)) << 1;
    setI32(nextCode, bits, start);
  }
  for (let sym = 0; sym < size; sym++) {
    const bits = <i32>load<u8>(lengths + <usize>sym);
    if (bits != 0) {
      const code = i32At(nextCode, bits);
      setI32(nextCode, bits, code + 1);
      store<u16>(codes + (<usize>sym << 1), reverseBits(code, bits));
    }
  }
}

/** Insertion sort of the first `count` keys (at most 286, all distinct). */
function sortKeysAscending(count: i32): void {
  for (let i = 1; i < count; i++) {
    const key = i32At(sortKeys, i);
    let j = i - 1;
    while (j >= 0 && i32At(sortKeys, j) > key) {
      setI32(sortKeys, j + 1, i32At(sortKeys, j));
      j--;
    }
    setI32(sortKeys, j + 1, key);
  }
}

/**
 * For the n (at least 3) leaves in sortedFreq (increasing), fills bitCount[0..maxBits] with how
 * many leaves get a code of each length, no code longer than maxBits, and returns that maxBits.
 * Builds the optimal length-limited tree one level at a time, tracking per level how many leaves
 * lie left of the chain it is extending.
 *
 * Go keeps, per level, a row of leaf counts for that level and every level below it, and copies the
 * row of the level below whenever a level takes a pair. Here a row is instead a level's own leaf
 * count plus a reference to an immutable snapshot of the row below as it was at that level's last
 * pair (snapshots form chains in a node pool). The counts read at the end are the same.
 */
function countLeavesPerLength(n: i32, maxBitsIn: i32): i32 {
  const maxBits = maxBitsIn < n - 1 ? maxBitsIn : n - 1;
  const size = maxBits + 2;
  for (let i = 0; i < size; i++) {
    setI64(lastFreq, i, 0);
    setI64(nextCharFreq, i, 0);
    setI64(nextPairFreq, i, 0);
    setI32(needed, i, 0);
    setI32(ownLeaves, i, 0);
    // Node 0 is the snapshot of an all-zero row.
    setI32(belowSnapshot, i, 0);
  }
  let nodes = 1;

  for (let level = 1; level <= maxBits; level++) {
    setI64(lastFreq, level, i64At(sortedFreq, 1));
    setI64(nextCharFreq, level, i64At(sortedFreq, 2));
    setI64(nextPairFreq, level, level == 1 ? MAX_INT32 : i64At(sortedFreq, 0) + i64At(sortedFreq, 1));
    setI32(ownLeaves, level, 2);
  }
  setI32(needed, maxBits, 2 * n - 4);

  let level = maxBits;
  for (;;) {
    if (i64At(nextPairFreq, level) == MAX_INT32 && i64At(nextCharFreq, level) == MAX_INT32) {
      // Nothing left to take on this level: close it and never come back below it.
      setI32(needed, level, 0);
      setI64(nextPairFreq, level + 1, MAX_INT32);
      level++;
      continue;
    }
    const prevFreq = i64At(lastFreq, level);
    if (i64At(nextCharFreq, level) < i64At(nextPairFreq, level)) {
      const leaves = i32At(ownLeaves, level) + 1;
      setI64(lastFreq, level, i64At(nextCharFreq, level));
      setI32(ownLeaves, level, leaves);
      setI64(nextCharFreq, level, leaves <= n ? i64At(sortedFreq, leaves) : MAX_INT32);
    } else {
      setI64(lastFreq, level, i64At(nextPairFreq, level));
      // The row below, frozen as it is now.
      if (nodes == SNAPSHOT_NODES) unreachable();
      setI32(snapshotLeaves, nodes, i32At(ownLeaves, level - 1));
      setI32(snapshotBelow, nodes, i32At(belowSnapshot, level - 1));
      setI32(belowSnapshot, level, nodes++);
      setI32(needed, level - 1, 2);
    }
    const left = i32At(needed, level) - 1;
    setI32(needed, level, left);
    if (left == 0) {
      if (level == maxBits) break;
      setI64(nextPairFreq, level + 1, prevFreq + i64At(lastFreq, level));
      level++;
    } else {
      while (i32At(needed, level - 1) > 0) level--;
    }
  }
  // Leaf count mismatch: cannot happen for a correct construction.
  if (i32At(ownLeaves, maxBits) != n) unreachable();

  // Leaf counts of the top row, level by level downwards (level 0 counts none).
  for (let i = 0; i <= MAX_CODE_BITS; i++) setI32(bitCount, i, 0);
  let upper = n;
  let node = i32At(belowSnapshot, maxBits);
  let bits = 1;
  for (let lv = maxBits; lv > 0; lv--) {
    const lower = lv > 1 ? i32At(snapshotLeaves, node) : 0;
    setI32(bitCount, bits, upper - lower);
    upper = lower;
    node = i32At(snapshotBelow, node);
    bits++;
  }
  return maxBits;
}

/** The fixed literal/length code of RFC 1951 (286 symbols as Go sizes it). */
export const FIXED_LITERAL_LENGTHS = memory.data(286);
export const FIXED_LITERAL_CODES = memory.data(286 * 2, 2);
/** The fixed distance code: 30 five-bit codes. */
export const FIXED_OFFSET_LENGTHS = memory.data(30);
export const FIXED_OFFSET_CODES = memory.data(30 * 2, 2);

for (let ch: u32 = 0; ch < 286; ch++) {
  let bits: u32;
  let len: u32;
  if (ch < 144) {
    bits = ch + 48;
    len = 8;
  } else if (ch < 256) {
    bits = ch + 400 - 144;
    len = 9;
  } else if (ch < 280) {
    bits = ch - 256;
    len = 7;
  } else {
    bits = ch + 192 - 280;
    len = 8;
  }
  store<u16>(FIXED_LITERAL_CODES + (<usize>ch << 1), reverseBits(bits, len));
  store<u8>(FIXED_LITERAL_LENGTHS + <usize>ch, <u8>len);
}
for (let i: u32 = 0; i < 30; i++) {
  store<u16>(FIXED_OFFSET_CODES + (<usize>i << 1), reverseBits(i, 5));
  store<u8>(FIXED_OFFSET_LENGTHS + <usize>i, 5);
}
