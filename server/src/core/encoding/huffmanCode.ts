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

export function reverseBits(value: number, bitLength: number): number {
  let out = 0;
  for (let i = 0; i < bitLength; i++) {
    out = (out << 1) | (value & 1);
    value >>= 1;
  }
  return out;
}

const MAX_INT32 = 0x7fffffff;

/** Rebuilds `code` as the Go encoder's minimal code for `freq` (first `code.size` entries), limited to `maxBits`. */
export function buildHuffmanCode(code: HuffmanCode, freq: ArrayLike<number>, maxBits: number): void {
  const symbols: number[] = [];
  for (let i = 0; i < code.size; i++) {
    if (freq[i] !== 0) symbols.push(i);
    else code.lengths[i] = 0;
  }
  if (symbols.length <= 2) {
    // One or two symbols: one bit each, in symbol order.
    symbols.forEach((sym, i) => {
      code.codes[sym] = i;
      code.lengths[sym] = 1;
    });
    return;
  }
  symbols.sort((a, b) => freq[a] - freq[b] || a - b);
  const sortedFreq = symbols.map((s) => freq[s]);
  const bitCount = countLeavesPerLength(sortedFreq, maxBits);

  // Shorter codes go to the most frequent symbols; within one length, codes ascend with the symbol.
  let next = 0;
  let end = symbols.length;
  for (let bits = 0; bits < bitCount.length; bits++) {
    next <<= 1;
    const n = bitCount[bits];
    if (bits === 0 || n === 0) continue;
    const chunk = symbols.slice(end - n, end).sort((a, b) => a - b);
    for (const sym of chunk) {
      code.codes[sym] = reverseBits(next, bits);
      code.lengths[sym] = bits;
      next++;
    }
    end -= n;
  }
}

/**
 * For leaves sorted by increasing frequency (at least 3), returns an array whose entry [b] is how
 * many leaves get a code of b bits, with no code longer than maxBits. Builds the optimal
 * length-limited tree one level at a time, tracking per level how many leaves lie left of the
 * chain it is extending.
 */
function countLeavesPerLength(sortedFreq: number[], maxBitsIn: number): number[] {
  const n = sortedFreq.length;
  const leafFreq = (i: number): number => (i < n ? sortedFreq[i] : MAX_INT32);
  const maxBits = Math.min(maxBitsIn, n - 1);

  const size = maxBits + 2;
  const lastFreq = new Array<number>(size).fill(0);
  const nextCharFreq = new Array<number>(size).fill(0);
  const nextPairFreq = new Array<number>(size).fill(0);
  const needed = new Array<number>(size).fill(0);
  const leafCounts: number[][] = [];
  for (let i = 0; i < size; i++) leafCounts.push(new Array<number>(size).fill(0));

  for (let level = 1; level <= maxBits; level++) {
    lastFreq[level] = leafFreq(1);
    nextCharFreq[level] = leafFreq(2);
    nextPairFreq[level] = level === 1 ? MAX_INT32 : leafFreq(0) + leafFreq(1);
    leafCounts[level][level] = 2;
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
      const count = leafCounts[level][level] + 1;
      lastFreq[level] = nextCharFreq[level];
      leafCounts[level][level] = count;
      nextCharFreq[level] = leafFreq(count);
    } else {
      lastFreq[level] = nextPairFreq[level];
      for (let j = 0; j < level; j++) leafCounts[level][j] = leafCounts[level - 1][j];
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
  if (leafCounts[maxBits][maxBits] !== n) throw new Error('huffman: leaf count mismatch');

  const bitCount = new Array<number>(maxBits + 1).fill(0);
  const counts = leafCounts[maxBits];
  let bits = 1;
  for (let lv = maxBits; lv > 0; lv--) {
    bitCount[bits] = counts[lv] - counts[lv - 1];
    bits++;
  }
  return bitCount;
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
