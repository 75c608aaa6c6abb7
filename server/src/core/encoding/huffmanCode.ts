// Length-limited canonical Huffman codes built the way Go's compress/flate builds them. The exact
// code lengths matter for byte-identical output, so the tree shape follows Go's level-by-level
// construction (leaves sorted by frequency, then symbol), not zlib's.

/** A prefix code: per symbol its bit length (0 = unused) and its bits, already reversed for LSB-first output. */
export class HuffmanCode {
  readonly lengths: Uint8Array;
  readonly codes: Uint16Array;

  constructor(readonly size: number) {
    this.lengths = new Uint8Array(size);
    this.codes = new Uint16Array(size);
  }

  /** Total bits needed to write symbols with the given frequencies. */
  bitLength(freq: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < this.size; i++) {
      const f = freq[i];
      if (f !== 0) total += f * this.lengths[i];
    }
    return total;
  }
}

/** Bit reversal of every byte, for reversing codes without a loop per bit. */
const REVERSED_BYTE = (() => {
  const t = new Uint8Array(256);
  for (let v = 0; v < 256; v++) {
    let r = 0;
    for (let b = 0; b < 8; b++) r |= ((v >> b) & 1) << (7 - b);
    t[v] = r;
  }
  return t;
})();

/** The low `bitLength` bits of `value` in reverse order (bitLength <= 16). */
export function reverseBits(value: number, bitLength: number): number {
  const r16 = (REVERSED_BYTE[value & 0xff] << 8) | REVERSED_BYTE[(value >> 8) & 0xff];
  return r16 >>> (16 - bitLength);
}

const MAX_INT32 = 0x7fffffff;
/** Largest alphabet (literal/length codes); symbols fit in 9 bits. */
const MAX_SYMBOLS = 512;
const SYMBOL_BITS = 9;
const MAX_CODE_BITS = 15;

// Scratch space shared by every build: a block builds three codes, and a transpile compresses
// hundreds of small files, so per-build arrays were a large share of the allocation. Building is
// synchronous and never re-entered, so one set suffices.
/** Used symbols as (frequency << 9 | symbol), sorted numerically = by frequency, then symbol. */
const sortKeys = new Int32Array(MAX_SYMBOLS);
const sortedSymbols = new Int32Array(MAX_SYMBOLS);
/** Sorted frequencies followed by a MAX_INT32 sentinel. */
const sortedFreq = new Float64Array(MAX_SYMBOLS + 1);
const LEVELS = MAX_CODE_BITS + 2;
const lastFreq = new Float64Array(LEVELS);
const nextCharFreq = new Float64Array(LEVELS);
const nextPairFreq = new Float64Array(LEVELS);
const needed = new Int32Array(LEVELS);
/** Entry [b]: the next code to hand out among codes of b bits. */
const nextCode = new Int32Array(MAX_CODE_BITS + 1);
/** Entry [b]: how many leaves get a code of b bits. */
const bitCount = new Int32Array(MAX_CODE_BITS + 1);

/** Rebuilds `code` as the Go encoder's minimal code for `freq` (first `code.size` entries), limited to `maxBits`. */
export function buildHuffmanCode(code: HuffmanCode, freq: ArrayLike<number>, maxBits: number): void {
  const lengths = code.lengths;
  const codes = code.codes;
  let count = 0;
  for (let i = 0; i < code.size; i++) {
    const f = freq[i];
    if (f !== 0) sortKeys[count++] = (f << SYMBOL_BITS) | i;
    else lengths[i] = 0;
  }
  if (count <= 2) {
    // One or two symbols: one bit each, in symbol order.
    for (let i = 0; i < count; i++) {
      const sym = sortKeys[i] & (MAX_SYMBOLS - 1);
      codes[sym] = i;
      lengths[sym] = 1;
    }
    return;
  }
  sortKeys.subarray(0, count).sort();
  for (let i = 0; i < count; i++) {
    const key = sortKeys[i];
    sortedSymbols[i] = key & (MAX_SYMBOLS - 1);
    sortedFreq[i] = key >>> SYMBOL_BITS;
  }
  sortedFreq[count] = MAX_INT32;
  const maxLength = countLeavesPerLength(count, maxBits);

  // Shorter codes go to the most frequent symbols (the end of the sorted list).
  let end = count;
  for (let bits = 1; bits <= maxLength; bits++) {
    const n = bitCount[bits];
    for (let k = end - n; k < end; k++) lengths[sortedSymbols[k]] = bits;
    end -= n;
  }
  // Canonical codes: each length starts after the previous length's codes, shifted left by one,
  // and within one length the codes ascend with the symbol.
  let start = 0;
  for (let bits = 1; bits <= maxLength; bits++) {
    start = (start + bitCount[bits - 1]) << 1;
    nextCode[bits] = start;
  }
  for (let sym = 0; sym < code.size; sym++) {
    const bits = lengths[sym];
    if (bits !== 0) codes[sym] = reverseBits(nextCode[bits]++, bits);
  }
}

/**
 * For the n (at least 3) leaves in sortedFreq (increasing), fills bitCount[0..maxBits] with how
 * many leaves get a code of each length, no code longer than maxBits, and returns that maxBits.
 * Builds the optimal length-limited tree one level at a time, tracking per level how many leaves
 * lie left of the chain it is extending.
 *
 * Go keeps, per level, a row of leaf counts for that level and every level below it, and copies the
 * row of the level below whenever a level takes a pair. Copying made the work grow with the square
 * of the number of levels; here a row is instead a level's own leaf count plus a reference to an
 * immutable snapshot of the row below as it was at that level's last pair (snapshots form chains
 * in a node pool). The counts read at the end are the same.
 */
function countLeavesPerLength(n: number, maxBitsIn: number): number {
  const maxBits = Math.min(maxBitsIn, n - 1);
  const size = maxBits + 2;
  // Plain loops: these arrays are tiny and builtin calls cost more than the work.
  for (let i = 0; i < size; i++) {
    lastFreq[i] = 0;
    nextCharFreq[i] = 0;
    nextPairFreq[i] = 0;
    needed[i] = 0;
    ownLeaves[i] = 0;
    // Node 0 is the snapshot of an all-zero row.
    belowSnapshot[i] = 0;
  }
  let nodes = 1;

  for (let level = 1; level <= maxBits; level++) {
    lastFreq[level] = sortedFreq[1];
    nextCharFreq[level] = sortedFreq[2];
    nextPairFreq[level] = level === 1 ? MAX_INT32 : sortedFreq[0] + sortedFreq[1];
    ownLeaves[level] = 2;
  }
  needed[maxBits] = 2 * n - 4;

  let level = maxBits;
  for (;;) {
    if (nextPairFreq[level] === MAX_INT32 && nextCharFreq[level] === MAX_INT32) {
      // Nothing left to take on this level: close it and never come back below it.
      needed[level] = 0;
      nextPairFreq[level + 1] = MAX_INT32;
      level++;
      continue;
    }
    const prevFreq = lastFreq[level];
    if (nextCharFreq[level] < nextPairFreq[level]) {
      const leaves = ownLeaves[level] + 1;
      lastFreq[level] = nextCharFreq[level];
      ownLeaves[level] = leaves;
      nextCharFreq[level] = leaves <= n ? sortedFreq[leaves] : MAX_INT32;
    } else {
      lastFreq[level] = nextPairFreq[level];
      // The row below, frozen as it is now.
      if (nodes === snapshotLeaves.length) growSnapshotPool();
      snapshotLeaves[nodes] = ownLeaves[level - 1];
      snapshotBelow[nodes] = belowSnapshot[level - 1];
      belowSnapshot[level] = nodes++;
      needed[level - 1] = 2;
    }
    needed[level]--;
    if (needed[level] === 0) {
      if (level === maxBits) break;
      nextPairFreq[level + 1] = prevFreq + lastFreq[level];
      level++;
    } else {
      while (needed[level - 1] > 0) level--;
    }
  }
  if (ownLeaves[maxBits] !== n) throw new Error('huffman: leaf count mismatch');

  // Leaf counts of the top row, level by level downwards (level 0 counts none).
  for (let i = 0; i <= MAX_CODE_BITS; i++) bitCount[i] = 0;
  let upper = n;
  let node = belowSnapshot[maxBits];
  let bits = 1;
  for (let lv = maxBits; lv > 0; lv--) {
    const lower = lv > 1 ? snapshotLeaves[node] : 0;
    bitCount[bits] = upper - lower;
    upper = lower;
    node = snapshotBelow[node];
    bits++;
  }
  return maxBits;
}

/** Per level: its own leaf count, and the snapshot node of the row below it. */
const ownLeaves = new Int32Array(LEVELS);
const belowSnapshot = new Int32Array(LEVELS);
/** Snapshot nodes: a level's leaf count and the node of the row below (0 = all zeros). */
let snapshotLeaves = new Int32Array(4096);
let snapshotBelow = new Int32Array(4096);

function growSnapshotPool(): void {
  const leaves = new Int32Array(snapshotLeaves.length * 2);
  const below = new Int32Array(snapshotBelow.length * 2);
  leaves.set(snapshotLeaves);
  below.set(snapshotBelow);
  snapshotLeaves = leaves;
  snapshotBelow = below;
}

/** The fixed literal/length code of RFC 1951 (286 symbols as Go sizes it). */
export const FIXED_LITERAL_CODE: HuffmanCode = (() => {
  const code = new HuffmanCode(286);
  for (let ch = 0; ch < 286; ch++) {
    let bits: number;
    let len: number;
    if (ch < 144) [bits, len] = [ch + 48, 8];
    else if (ch < 256) [bits, len] = [ch + 400 - 144, 9];
    else if (ch < 280) [bits, len] = [ch - 256, 7];
    else [bits, len] = [ch + 192 - 280, 8];
    code.codes[ch] = reverseBits(bits, len);
    code.lengths[ch] = len;
  }
  return code;
})();

/** The fixed distance code: 30 five-bit codes. */
export const FIXED_OFFSET_CODE: HuffmanCode = (() => {
  const code = new HuffmanCode(30);
  for (let i = 0; i < 30; i++) {
    code.codes[i] = reverseBits(i, 5);
    code.lengths[i] = 5;
  }
  return code;
})();
