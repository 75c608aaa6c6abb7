// A lower bound on the bits of a dynamic-Huffman DEFLATE block, computed from its symbol frequencies
// alone, before any Huffman code is built. The block writer uses it twice: to give up on a stream
// that cannot be short enough for its limit (a data URL picks gzip only when it is shorter), and to
// skip building the dynamic codes of a block whose fixed-code form is certainly not larger.
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
const DYNAMIC_HEADER_MIN_BITS: i64 = 3 + 5 + 5 + 4 + 3 * 4;
/** Slack for rounding in the floating-point entropy sum (far above its worst error). */
const ENTROPY_SLACK: f64 = 1e-3;

// The run being extended while the code lengths are walked (they continue from the literal into
// the distance lengths, as the writer codes them back to back).
/** Bits of the code lengths coded so far. */
let runBits: i64 = 0;
/** Whether the current run is of used (non-zero length) symbols. */
let runUsed = false;
let run: i32 = 0;

/**
 * Lower bound on the bits of the dynamic block for these frequencies. `offsetFreq` holds the real
 * distance counts (before a distance code is pretended for a block without matches); `numOffsets`
 * is how many distance code lengths the header sends (at least 1).
 */
export function dynamicBlockLowerBound(literalFreq: usize, numLiterals: i32, offsetFreq: usize, numOffsets: i32, extraBits: i64): i64 {
  let matches: i64 = 0;
  for (let i = 0; i < numOffsets; i++) matches += load<i32>(offsetFreq + (<usize>i << 2));
  // Without matches the header still sends one distance code length, as if distance 0 were used.
  const pretendOffset = matches == 0;
  runBits = 0;
  runUsed = false;
  run = 0;
  const literalEntropy = entropyAndRuns(literalFreq, numLiterals, false);
  const offsetEntropy = entropyAndRuns(offsetFreq, numOffsets, pretendOffset);
  endRun();
  return DYNAMIC_HEADER_MIN_BITS + runBits + literalEntropy + offsetEntropy + extraBits;
}

/** ceil of the Shannon entropy (bits) of the first n counts, minus rounding slack; meanwhile extends the runs. */
function entropyAndRuns(freq: usize, n: i32, pretendFirst: bool): i64 {
  let total: f64 = 0;
  let sum: f64 = 0;
  for (let i = 0; i < n; i++) {
    const f = load<i32>(freq + (<usize>i << 2));
    const used = f != 0 || (pretendFirst && i == 0);
    if (used != runUsed) {
      endRun();
      runUsed = used;
    }
    run++;
    if (f > 1) sum += <f64>f * Math.log2(<f64>f);
    total += <f64>f;
  }
  if (total <= 1) return 0;
  const bound = Math.ceil(total * Math.log2(total) - sum - ENTROPY_SLACK);
  return bound > 0 ? <i64>bound : 0;
}

function endRun(): void {
  let n = run;
  run = 0;
  if (n == 0) return;
  if (runUsed) {
    runBits += (n + 2) >> 1; // ceil((n + 1) / 2)
    return;
  }
  // The writer's exact choice for zeros: codes 18 (11-138 zeros), 17 (3-10) and single zeros.
  while (n >= 11) {
    runBits += 1 + 7;
    n -= n < 138 ? n : 138;
  }
  if (n >= 3) {
    runBits += 1 + 3;
    n = 0;
  }
  runBits += n;
}
