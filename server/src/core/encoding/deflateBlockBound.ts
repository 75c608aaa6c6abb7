// A lower bound on the bits of a dynamic-Huffman DEFLATE block, computed from its symbol frequencies
// alone, before any Huffman code is built. DeflateBlockWriter uses it twice: to give up on a gzip
// stream that cannot be short enough to be chosen for a data URL, and to skip building the dynamic
// codes of a block whose fixed-code form is certainly not larger.
//
// The bound is on what the writer writes, term by term:
// - the fixed header fields (block type, HLIT, HDIST, HCLEN) and at least four 3-bit code length
//   code lengths;
// - the run-length coded code lengths: which lengths are zero is known from the frequencies (a
//   symbol gets a code exactly when it is used), so zero runs are coded exactly as the writer will
//   code them, with each code counted as one bit; a run of m non-zero lengths needs at least
//   ceil((m + 1) / 2) bits (it starts with a literal length of at least 1 bit, and at best each
//   further 6 lengths share one code 16 of 1 + 2 bits);
// - the Shannon entropy of each alphabet, which no prefix code (length-limited or not) beats;
// - the extra bits of lengths and distances, which are exact.

/** Block type, HLIT, HDIST, HCLEN and at least four 3-bit code length code lengths. */
const DYNAMIC_HEADER_MIN_BITS = 3 + 5 + 5 + 4 + 3 * 4;
/** Slack for rounding in the floating-point entropy sum (far above its worst error). */
const ENTROPY_SLACK = 1e-3;

/**
 * Lower bound on the bits of the dynamic block for these frequencies. `offsetFreq` holds the real
 * distance counts (before a distance code is pretended for a block without matches); `numOffsets`
 * is how many distance code lengths the header sends (at least 1).
 */
export function dynamicBlockLowerBound(literalFreq: Int32Array, numLiterals: number, offsetFreq: Int32Array, numOffsets: number, extraBits: number): number {
  let matches = 0;
  for (let i = 0; i < numOffsets; i++) matches += offsetFreq[i];
  // Without matches the header still sends one distance code length, as if distance 0 were used.
  const pretendOffset = matches === 0;
  const state = { bits: 0, runUsed: false, run: 0 };
  const literalEntropy = entropyAndRuns(literalFreq, numLiterals, false, state);
  const offsetEntropy = entropyAndRuns(offsetFreq, numOffsets, pretendOffset, state);
  endRun(state);
  return DYNAMIC_HEADER_MIN_BITS + state.bits + literalEntropy + offsetEntropy + extraBits;
}

interface RunState {
  /** Bits of the code lengths coded so far. */
  bits: number;
  /** Whether the current run is of used (non-zero length) symbols. */
  runUsed: boolean;
  run: number;
}

/**
 * ceil of the Shannon entropy (bits) of the first n counts, minus rounding slack; meanwhile extends
 * the runs of used and unused symbols (which continue from the literal into the distance lengths,
 * as the writer codes them back to back).
 */
function entropyAndRuns(freq: Int32Array, n: number, pretendFirst: boolean, state: RunState): number {
  let total = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const f = freq[i];
    const used = f !== 0 || (pretendFirst && i === 0);
    if (used !== state.runUsed) {
      endRun(state);
      state.runUsed = used;
    }
    state.run++;
    if (f > 1) sum += f * Math.log2(f);
    total += f;
  }
  if (total <= 1) return 0;
  return Math.max(0, Math.ceil(total * Math.log2(total) - sum - ENTROPY_SLACK));
}

function endRun(state: RunState): void {
  let run = state.run;
  state.run = 0;
  if (run === 0) return;
  if (state.runUsed) {
    state.bits += Math.ceil((run + 1) / 2);
    return;
  }
  // The writer's exact choice for zeros: codes 18 (11-138 zeros), 17 (3-10) and single zeros.
  while (run >= 11) {
    state.bits += 1 + 7;
    run -= Math.min(run, 138);
  }
  if (run >= 3) {
    state.bits += 1 + 3;
    run = 0;
  }
  state.bits += run;
}
