// A seeded 32-bit xorshift generator: reproducible random inputs for property tests (a failing
// case replays from its seed).
export function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
}
