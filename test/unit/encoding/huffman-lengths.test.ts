// Length-limited Huffman codes: whatever the frequencies, the code lengths respect the limit, form
// a complete prefix code, and cost exactly the optimum, which is computed here independently with
// the package-merge algorithm. (That the lengths are Go's among equally cheap codes is checked
// byte for byte by the corpus gzip streams in gzip.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WasmDeflater } from '../../../server/src/core/encoding/wasmDeflater';
import { xorshift } from '../../support/xorshift';

/** Optimal cost of a prefix code with lengths <= maxBits (package-merge, Larmore and Hirschberg). */
function packageMergeCost(freqs: number[], maxBits: number): number {
  const leaves = [...freqs].sort((a, b) => a - b);
  if (leaves.length <= 2) return leaves.reduce((s, f) => s + f, 0);
  let list: number[] = [...leaves];
  for (let level = 1; level < maxBits; level++) {
    const packages: number[] = [];
    for (let i = 0; i + 1 < list.length; i += 2) packages.push(list[i] + list[i + 1]);
    list = [...leaves, ...packages].sort((a, b) => a - b);
  }
  // The 2n - 2 cheapest items of the last list, summed, are the optimal cost.
  return list.slice(0, 2 * leaves.length - 2).reduce((s, f) => s + f, 0);
}

test('huffman: lengths within the limit, complete, and of optimal cost (random and Fibonacci-skewed frequencies)', () => {
  const next = xorshift(31337);
  // The encoder's own Huffman construction, run in its WebAssembly module.
  const deflater = new WasmDeflater();
  for (let k = 0; k < 3000; k++) {
    const size = [286, 30, 19][k % 3];
    const maxBits = size === 19 ? 7 : 15;
    const freq = new Int32Array(size);
    const used = 1 + (next() % Math.min(size, k % 5 === 0 ? size : 40));
    let a = 1;
    let b = 1;
    for (let u = 0; u < used; u++) {
      const sym = next() % size;
      if (k % 4 === 0) {
        // Fibonacci counts force codes longer than the limit unless it is enforced.
        [a, b] = [b, Math.min(a + b, 1 << 20)];
        freq[sym] = a;
      } else {
        freq[sym] += 1 + (next() % (k % 4 === 1 ? 5 : 5000));
      }
    }
    const lengths = deflater.huffmanLengths(freq, maxBits);
    const usedFreqs: number[] = [];
    let kraft = 0;
    let cost = 0;
    for (let i = 0; i < size; i++) {
      if (freq[i] === 0) {
        assert.equal(lengths[i], 0);
        continue;
      }
      usedFreqs.push(freq[i]);
      assert.ok(lengths[i] >= 1 && lengths[i] <= maxBits, `length ${lengths[i]} of symbol ${i}`);
      kraft += 2 ** -lengths[i];
      cost += freq[i] * lengths[i];
    }
    if (usedFreqs.length >= 2) assert.equal(kraft, 1, `case ${k}: prefix code not complete`);
    if (usedFreqs.length >= 3) assert.equal(cost, packageMergeCost(usedFreqs, maxBits), `case ${k}: cost not optimal`);
  }
});
