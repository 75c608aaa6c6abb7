// gzipGoWithin gives up on streams longer than a limit, partly from a lower bound computed before
// the Huffman codes are built. It must answer exactly like finishing the stream and comparing its
// length: the full stream whenever it fits, null only when it does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { gzipGo, gzipGoWithin } from '../../../server/src/core/encoding/gzip';
import { GoDeflater } from '../../../server/src/core/encoding/deflate';
import { clearGzipMemo, gzipGoMemoWithin } from '../../../server/src/core/encoding/gzipMemo';
import { corpusAvailable, loadCorpus } from './corpus';
import { xorshift } from '../../support/xorshift';
import { randomInput } from '../../support/random-bytes';

/** The limits worth trying for a stream of `length` bytes: at, around and far below it. */
function limitsAround(length: number): number[] {
  return [length + 1, length, length - 1, length - 2, length - 8, Math.floor(length / 2), 18, 0];
}

function assertWithinAgrees(input: Uint8Array, label: string): void {
  const full = Buffer.from(gzipGo(input));
  for (const limit of limitsAround(full.length)) {
    const got = gzipGoWithin(input, limit);
    if (full.length <= limit) assert.ok(got !== null && Buffer.from(got).equals(full), `${label}: limit ${limit} >= ${full.length} must give the stream`);
    else assert.equal(got, null, `${label}: limit ${limit} < ${full.length} must give null`);
  }
}

test('gzipGoWithin: the full stream exactly when it fits the limit (random inputs of all shapes)', () => {
  const next = xorshift(424242);
  const sizes = [0, 1, 2, 3, 4, 5, 30, 64, 100, 150, 250, 400, 1000, 5000, 16384, 16385, 40000, 70000];
  for (let k = 0; k < 400; k++) sizes.push(next() % (k % 40 === 0 ? 100000 : 600));
  for (const size of sizes) assertWithinAgrees(randomInput(next, size), `size ${size}`);
});

test('gzipGoWithin: the full stream exactly when it fits the limit (every file payload Butane compressed in the corpus)', { skip: !corpusAvailable() }, () => {
  const payloads = new Set<string>();
  for (const c of loadCorpus()) for (const m of c.pretty.matchAll(/data:;base64,(H4sI[A-Za-z0-9+/=]*)/g)) payloads.add(m[1]);
  assert.ok(payloads.size > 300);
  for (const b64 of payloads) assertWithinAgrees(new Uint8Array(gunzipSync(Buffer.from(b64, 'base64'))), b64.slice(0, 24));
});

test('gzipGoWithin: a stream given up on leaves the shared compressor as a fresh one', () => {
  const next = xorshift(99);
  const reused = new GoDeflater();
  for (let k = 0; k < 200; k++) {
    const input = randomInput(next, next() % 70000);
    const expected = Buffer.from(new GoDeflater().deflate(input));
    // Give up on a stream at a random limit first, then compress the next input completely.
    reused.deflateWithin(input, next() % (expected.length + 1));
    const other = randomInput(next, next() % 3000);
    assert.ok(Buffer.from(reused.deflate(other)).equals(Buffer.from(new GoDeflater().deflate(other))), `round ${k}`);
  }
});

test('gzip memo: a payload remembered as too long for one limit is still compressed for a larger one', () => {
  clearGzipMemo();
  const input = new TextEncoder().encode('a fairly ordinary line of text\n'.repeat(3) + 'with an ending of its own');
  const full = gzipGo(input);
  assert.equal(gzipGoMemoWithin(input, full.length - 1), null);
  assert.equal(gzipGoMemoWithin(input, full.length - 5), null);
  assert.deepEqual([...gzipGoMemoWithin(input, full.length)!], [...full]);
  assert.deepEqual([...gzipGoMemoWithin(input, Infinity)!], [...full]);
  assert.equal(gzipGoMemoWithin(input, full.length - 1), null);
  clearGzipMemo();
});
