import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';
import { gzipGo } from '../../../server/src/core/encoding/gzip';
import { deflateGo } from '../../../server/src/core/encoding/deflate';
import { corpusAvailable, loadCorpus } from './corpus';

/**
 * Every gzip payload Butane produced in the corpus (data URLs in expected outputs that do not
 * occur in the inputs, i.e. were not written by the case author).
 */
function corpusGzipVectors(): Map<string, string> {
  const cases = loadCorpus();
  const authored = new Set<string>();
  for (const c of cases) for (const m of c.input.matchAll(/H4sI[A-Za-z0-9+/=]*/g)) authored.add(m[0]);
  const vectors = new Map<string, string>();
  for (const c of cases) {
    for (const text of [c.pretty, c.compact]) {
      for (const m of text.matchAll(/data:;base64,(H4sI[A-Za-z0-9+/=]*)/g)) {
        if (!authored.has(m[1])) vectors.set(m[1], c.id);
      }
    }
  }
  return vectors;
}

test('gzip: byte-identical to every Go gzip stream in the corpus', { skip: !corpusAvailable() }, () => {
  const vectors = corpusGzipVectors();
  assert.ok(vectors.size > 300, `expected many vectors, found ${vectors.size}`);
  const failures: string[] = [];
  for (const [b64, id] of vectors) {
    const expected = Buffer.from(b64, 'base64');
    const input = gunzipSync(expected);
    const actual = Buffer.from(gzipGo(input));
    if (!actual.equals(expected)) failures.push(`${id} (${input.length} bytes)`);
  }
  assert.deepEqual(failures, []);
});

test('gzip: header is Go\'s (no name, mtime 0, XFL 2, OS 255) and trailer holds CRC-32 and size', () => {
  const input = new TextEncoder().encode('hello, hello, hello, hello\n');
  const out = gzipGo(input);
  assert.deepEqual([...out.subarray(0, 10)], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
  // zlib's gzip of the same bytes carries the same CRC-32 and size trailer.
  assert.deepEqual([...out.subarray(-8)], [...gzipSync(input).subarray(-8)]);
  assert.deepEqual(Buffer.from(gunzipSync(out)), Buffer.from(input));
});

test('gzip: empty input gives Go\'s empty stream (final empty stored block)', () => {
  // Go: header, then 01 00 00 ff ff, CRC 0, size 0.
  assert.deepEqual(
    [...gzipGo(new Uint8Array(0))],
    [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255, 1, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0],
  );
});

function pseudoRandom(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

function textLike(n: number, seed: number): Uint8Array {
  const words = ['ignition', 'butane', 'storage', 'files', 'systemd', 'unit', '\n', 'the', 'a', 'config', '=', '[Service]'];
  const rnd = pseudoRandom(n, seed);
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const w = words[rnd[i % n] % words.length] + (rnd[(i * 7) % n] % 3 === 0 ? '' : ' ');
    parts.push(w);
    len += w.length;
  }
  return new TextEncoder().encode(parts.join('').slice(0, n));
}

const roundTripInputs: Array<[string, Uint8Array]> = [
  ['one byte', new Uint8Array([42])],
  ['short text', new TextEncoder().encode('abcabcabcabcabc')],
  ['incompressible 1 KiB', pseudoRandom(1024, 1)],
  ['incompressible 200 KiB (stored blocks, window slides)', pseudoRandom(200 * 1024, 2)],
  ['zeros 300 KiB (long matches)', new Uint8Array(300 * 1024)],
  ['text 400 KiB (many blocks, window slides)', textLike(400 * 1024, 3)],
  ['mixed', Buffer.concat([textLike(70000, 4), pseudoRandom(70000, 5), textLike(70000, 6)])],
];

for (const [name, input] of roundTripInputs) {
  test(`gzip: round trip through zlib: ${name}`, () => {
    const out = gzipGo(input);
    assert.ok(Buffer.from(gunzipSync(out)).equals(Buffer.from(input)));
    assert.ok(Buffer.from(inflateRawSync(deflateGo(input))).equals(Buffer.from(input)));
  });
}

test('gzip: random sizes around block and window limits round trip', () => {
  for (const n of [3, 4, 5, 257, 258, 262, 263, 16383, 16384, 16385, 32767, 32768, 32769, 65274, 65535, 65536, 65537, 98304]) {
    const input = textLike(n, n);
    assert.ok(Buffer.from(gunzipSync(gzipGo(input))).equals(Buffer.from(input)), `size ${n}`);
  }
});

test('gzip: 16 MiB+ input keeps working after the hash positions are rebased', () => {
  // Mostly zeros (fast to match) with text islands, so matches are still searched after the rebase.
  const input = new Uint8Array(17 * 1024 * 1024);
  for (let at = 0; at + 4096 < input.length; at += 512 * 1024) input.set(textLike(4096, at), at);
  assert.ok(Buffer.from(gunzipSync(gzipGo(input))).equals(Buffer.from(input)));
});
