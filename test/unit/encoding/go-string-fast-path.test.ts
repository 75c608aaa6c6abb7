// decodeGoString/encodeGoString take a native path for valid UTF-8 and well-formed strings; it must
// give exactly what the byte-by-byte Go semantics give, on valid and invalid input alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeGoString, decodeGoStringBytewise, encodeGoString, encodeGoStringBytewise } from '../../../server/src/core/encoding/goString';
import { xorshift } from '../../support/xorshift';

/** Bytes mixing ASCII, valid multi-byte UTF-8, a BOM, and (sometimes) invalid sequences of every kind. */
function randomBytes(next: () => number, withInvalid: boolean): Uint8Array {
  const pieces: number[][] = [];
  const n = next() % 40;
  for (let k = 0; k < n; k++) {
    switch (next() % (withInvalid ? 8 : 5)) {
      case 0: pieces.push([0x20 + (next() % 95)]); break;
      case 1: pieces.push([...new TextEncoder().encode(String.fromCharCode(0x80 + (next() % 0x700)))]); break;
      case 2: pieces.push([...new TextEncoder().encode(String.fromCodePoint(0x10000 + (next() % 0xfffff)))]); break;
      case 3: pieces.push([0xef, 0xbb, 0xbf]); break; // BOM, kept as U+FEFF
      case 4: pieces.push([...new TextEncoder().encode('é✓\u2028')]); break;
      case 5: pieces.push([0x80 + (next() % 0x80)]); break; // stray byte
      case 6: pieces.push([[0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]][next() % 5]); break;
      default: pieces.push([0xf0, 0x9f, 0x98]); // truncated 4-byte sequence
    }
  }
  return new Uint8Array(pieces.flat());
}

test('Go strings: native decode equals the byte-wise decode (valid and invalid UTF-8)', () => {
  const next = xorshift(5150);
  for (let k = 0; k < 3000; k++) {
    const bytes = randomBytes(next, k % 2 === 1);
    assert.equal(decodeGoString(bytes), decodeGoStringBytewise(bytes), `bytes ${[...bytes].map((b) => b.toString(16)).join(' ')}`);
  }
});

test('Go strings: native encode equals the byte-wise encode, and decode/encode round-trips the bytes', () => {
  const next = xorshift(6160);
  for (let k = 0; k < 3000; k++) {
    const bytes = randomBytes(next, k % 2 === 1);
    const s = decodeGoString(bytes);
    assert.deepEqual([...encodeGoString(s)], [...encodeGoStringBytewise(s)]);
    assert.deepEqual([...encodeGoString(s)], [...bytes]);
  }
  // Lone surrogates that are no escaped byte (no Go string holds them) still become U+FFFD.
  for (const s of ['\ud800', 'a\udfffb', '\udc7f', '\ud83d']) assert.deepEqual([...encodeGoString(s)], [...encodeGoStringBytewise(s)]);
  assert.deepEqual([...encodeGoString('\ud800')], [0xef, 0xbf, 0xbd]);
});
