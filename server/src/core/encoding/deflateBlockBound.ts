// A lower bound on the bits a DEFLATE block will take, computed from its symbol frequencies alone,
// before any Huffman code is built. Data URLs only need the gzip stream when it is the shortest
// candidate; when even this bound shows it cannot be, the codes are never built.
//
// Every term is a true lower bound on what DeflateBlockWriter writes (not on the sizes it compares):
// - stored: 3 header bits, at least no padding, 32 bits of lengths, then the bytes;
// - fixed: its exact cost (the fixed code is known);
// - dynamic: the fixed header fields, a bound on the run-length coded code lengths (which lengths
//   are zero is known from the frequencies, so the zero runs are coded exactly as the writer will),
//   and the Shannon entropy of each alphabet, which no prefix code (length-limited or not) beats.
// Extra bits of lengths and distances are the same in fixed and dynamic blocks and known exactly.

import { FIXED_LITERAL_CODE } from './huffmanCode';

const FIXED_OFFSET_BITS = 5;
/** Block type, HLIT, HDIST, HCLEN and at least four 3-bit code length code lengths. */
const DYNAMIC_HEADER_MIN_BITS = 3 + 5 + 5 + 4 + 3 * 4;
/** Slack for rounding in the floating-point entropy sum (far above its worst error). */
const ENTROPY_SLACK = 1e-3;

/**
 * Lower bound on the bits of the block DeflateBlockWriter writes for these frequencies.
 * `offsetFreq` holds the real distance counts (no symbol pretended for an empty distance code);
 * `numOffsets` is how many distance code lengths the dynamic header would send (at least 1);
 * `storedBytes` is the raw length when a stored block is an option, else -1.
 */
export function blockBitsLowerBound(
  literalFreq: Int32Array,
  numLiterals: number,
  offsetFreq: Int32Array,
  numOffsets: number,
  extraBits: number,
  storedBytes: number,
): number {
  let matches = 0;
  for (let i = 0; i < numOffsets; i++) matches += offsetFreq[i];

  const fixed = 3 + FIXED_LITERAL_CODE.bitLength(literalFreq) + FIXED_OFFSET_BITS * matches + extraBits;
  let best = fixed;
  if (storedBytes >= 0) best = Math.min(best, 3 + 32 + 8 * storedBytes);

  // A dynamic block: header, code lengths, then at least the entropy of both alphabets.
  let dynamic = DYNAMIC_HEADER_MIN_BITS + extraBits + entropyBits(literalFreq, numLiterals) + entropyBits(offsetFreq, numOffsets);
  if (dynamic >= best) return best;
  dynamic += codeLengthsLowerBound(literalFreq, numLiterals, offsetFreq, numOffsets, matches === 0);
  return Math.min(best, dynamic);
}

/** ceil of the Shannon entropy (bits) of a message with these symbol counts, minus rounding slack. */
function entropyBits(freq: Int32Array, n: number): number {
  let total = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const f = freq[i];
    if (f > 1) sum += f * Math.log2(f);
    total += f;
  }
  if (total <= 1) return 0;
  return Math.max(0, Math.ceil(total * Math.log2(total) - sum - ENTROPY_SLACK));
}

/**
 * Bits the run-length coded code lengths take at least (RFC 1951 3.2.7, as the writer codes them).
 * A length is zero exactly when its symbol is unused, so zero runs cost exactly what the writer
 * spends on them (codes 17 and 18 with their extra bits, or single zeros), counting each code as
 * one bit. A run of m non-zero lengths needs at least ceil((m + 1) / 2) bits: it starts with a
 * literal length (at least 1 bit), and at best each further 6 lengths share one code 16 (1 + 2 bits).
 */
function codeLengthsLowerBound(literalFreq: Int32Array, numLiterals: number, offsetFreq: Int32Array, numOffsets: number, pretendOffset: boolean): number {
  const total = numLiterals + numOffsets;
  let bits = 0;
  let i = 0;
  while (i < total) {
    const used = isUsed(i, literalFreq, numLiterals, offsetFreq, pretendOffset);
    let run = 1;
    while (i + run < total && isUsed(i + run, literalFreq, numLiterals, offsetFreq, pretendOffset) === used) run++;
    i += run;
    if (used) {
      bits += Math.ceil((run + 1) / 2);
      continue;
    }
    // Zero runs: the writer's exact choice of codes 18 (11-138 zeros), 17 (3-10) and single zeros.
    while (run >= 11) {
      bits += 1 + 7;
      run -= Math.min(run, 138);
    }
    if (run >= 3) {
      bits += 1 + 3;
      run = 0;
    }
    bits += run;
  }
  return bits;
}

function isUsed(i: number, literalFreq: Int32Array, numLiterals: number, offsetFreq: Int32Array, pretendOffset: boolean): boolean {
  if (i < numLiterals) return literalFreq[i] !== 0;
  const o = i - numLiterals;
  return offsetFreq[o] !== 0 || (pretendOffset && o === 0);
}
