// Seeded random inputs for the compressors' tests: shapes where every DEFLATE block type wins somewhere.
/** Random bytes, small alphabets, skewed letters, and text with back references (every block type wins somewhere). */
export function randomInput(next: () => number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  switch (next() % 4) {
    case 0:
      for (let i = 0; i < size; i++) out[i] = next() & 0xff;
      break;
    case 1: {
      const alphabet = 1 + (next() % 40);
      for (let i = 0; i < size; i++) out[i] = 33 + (next() % alphabet);
      break;
    }
    case 2:
      // Few very frequent symbols and a tail of rare ones: far from the entropy of a flat alphabet.
      for (let i = 0; i < size; i++) out[i] = next() % 8 !== 0 ? 97 + (next() % 3) : next() & 0xff;
      break;
    default:
      for (let i = 0; i < size; i++) out[i] = i > 64 && next() % 4 !== 0 ? out[i - 1 - (next() % 64)] : 32 + (next() % 90);
  }
  return out;
}
