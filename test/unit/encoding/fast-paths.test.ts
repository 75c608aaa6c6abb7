// The encoders' speed-ups must not change a byte: a compressor reused across streams writes what a
// fresh one writes, and skipping gzip for short payloads never changes Butane's choice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { GoDeflater, deflateGo } from '../../../server/src/core/encoding/deflate';
import { gzipGo } from '../../../server/src/core/encoding/gzip';
import { clearGzipMemo, gzipGoMemo } from '../../../server/src/core/encoding/gzipMemo';
import { base64Encode } from '../../../server/src/core/encoding/base64';
import { quoteGoJsonString } from '../../../server/src/core/encoding/gojson';
import { encodeDataUrl, escapeDataUrlBytes } from '../../../server/src/core/encoding/dataurl';
import { xorshift } from '../../support/xorshift';
import { randomInput } from '../../support/random-bytes';

test('deflate: one reused compressor writes the same streams as a fresh compressor per input', () => {
  const next = xorshift(20261122);
  const reused = new GoDeflater();
  const sizes = [0, 1, 3, 4, 5, 100, 4096, 40000, 2, 70000, 17, 300, 16385, 65536, 9, 0, 1000];
  for (let k = 0; k < 60; k++) sizes.push(next() % (k % 10 === 0 ? 120000 : 3000));
  for (const size of sizes) {
    const input = randomInput(next, size);
    const expected = Buffer.from(new GoDeflater().deflate(input));
    assert.ok(Buffer.from(reused.deflate(input)).equals(expected), `size ${size}`);
    // The module-level compressor behaves the same way.
    assert.ok(Buffer.from(deflateGo(input)).equals(expected), `deflateGo, size ${size}`);
  }
});

test('deflate: a reused compressor still matches a fresh one after its position offsets wrap around', () => {
  // More than 16 MiB through one compressor forces the tables to be cleared between streams.
  const next = xorshift(7);
  const reused = new GoDeflater();
  const chunk = randomInput(next, 3 << 20);
  for (let round = 0; round < 7; round++) reused.deflate(chunk);
  for (const size of [10, 5000, 50000]) {
    const input = randomInput(next, size);
    assert.ok(Buffer.from(reused.deflate(input)).equals(Buffer.from(new GoDeflater().deflate(input))), `size ${size}`);
  }
});

test('data URL: the choice made from lengths (and without gzip for short payloads) is the choice made from the built strings', () => {
  // The full comparison, written out: gzip wins only when strictly shorter, counting 4 for its name.
  const fullChoice = (bytes: Uint8Array): string => {
    let opaque = ',' + escapeDataUrlBytes(bytes);
    const b64 = ';base64,' + base64Encode(bytes);
    if (b64.length < opaque.length) opaque = b64;
    const gz = ';base64,' + base64Encode(gzipGo(bytes));
    return gz.length + 4 < opaque.length ? 'data:' + gz : 'data:' + opaque;
  };
  const next = xorshift(99);
  for (let k = 0; k < 3000; k++) {
    const input = randomInput(next, next() % 80);
    assert.equal(encodeDataUrl(input, true).source, fullChoice(input), `input ${Buffer.from(input).toString('hex')}`);
  }
  // Larger payloads, where each of the three forms wins some of the time.
  const winners = new Set<string>();
  for (let k = 0; k < 300; k++) {
    const input = randomInput(next, next() % 3000);
    const expected = fullChoice(input);
    assert.equal(encodeDataUrl(input, true).source, expected, `size ${input.length}`);
    winners.add(expected.startsWith('data:,') ? 'escaped' : expected.startsWith('data:;base64,H4sI') ? 'gzip' : 'base64');
  }
  assert.deepEqual([...winners].sort(), ['base64', 'escaped', 'gzip']);
  // The bound is tight enough to be useful: a repetitive 60-byte payload still compresses.
  const repetitive = new TextEncoder().encode('a'.repeat(60));
  const choice = encodeDataUrl(repetitive, true);
  assert.equal(choice.compression, 'gzip');
  assert.equal(Buffer.from(gunzipSync(Buffer.from(choice.source.slice('data:;base64,'.length), 'base64'))).toString(), 'a'.repeat(60));
});

test('gzip: the smallest stream is 23 bytes, the bound the data URL shortcut relies on', () => {
  assert.equal(gzipGo(new Uint8Array(0)).length, 23);
  const next = xorshift(5);
  for (let k = 0; k < 500; k++) assert.ok(gzipGo(randomInput(next, next() % 40)).length >= 23);
});

test('base64 and URL escaping built as bytes equal the plain definitions', () => {
  const unreserved = /[A-Za-z0-9\-_.!~*'()]/;
  const escapeOneByOne = (bytes: Uint8Array): string =>
    Array.from(bytes, (b) => (unreserved.test(String.fromCharCode(b)) ? String.fromCharCode(b) : '%' + b.toString(16).toUpperCase().padStart(2, '0'))).join('');
  const next = xorshift(31337);
  for (let k = 0; k < 400; k++) {
    const input = randomInput(next, next() % (k % 50 === 0 ? 50000 : 300));
    assert.equal(base64Encode(input), Buffer.from(input).toString('base64'));
    assert.equal(escapeDataUrlBytes(input), escapeOneByOne(input));
  }
  // UTF-8 text is escaped natively (encodeURIComponent), other bytes one by one: both must agree
  // with the definition, at the edges of what counts as UTF-8 too.
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  const edges = [
    utf8('\uFEFFstarts with a BOM'),
    utf8('a/b?c=d&e#f%\n+ ;,@$ é 漢字 😀 \u2028 \u0000 \u007f'),
    new Uint8Array([0xef, 0xbb, 0xbf]),
    new Uint8Array([0xed, 0xa0, 0x80]), // an encoded surrogate: not UTF-8
    new Uint8Array([0xc3]), // truncated sequence
    new Uint8Array([0x80, 0x41]), // stray continuation byte
    new Uint8Array([0xf4, 0x90, 0x80, 0x80]), // beyond U+10FFFF
  ];
  for (let k = 0; k < 400; k++) {
    const codePoints = Array.from({ length: next() % 16 }, () => next() % 0x110000);
    edges.push(utf8(String.fromCodePoint(...codePoints).replace(/[\ud800-\udfff]/gu, 'x')));
  }
  for (const input of edges) {
    assert.equal(escapeDataUrlBytes(input), escapeOneByOne(input), `bytes ${Array.from(input).join(',')}`);
    const choice = encodeDataUrl(input, false);
    if (choice.source.startsWith('data:,')) assert.equal(choice.source, 'data:,' + escapeOneByOne(input));
  }
});

test('gzip memo: remembered streams equal fresh compression, also after the caller reuses its buffer and after eviction', () => {
  clearGzipMemo();
  const next = xorshift(4242);
  const buffer = randomInput(next, 5000);
  const first = Buffer.from(gzipGoMemo(buffer));
  assert.ok(first.equals(Buffer.from(gzipGo(buffer))));
  assert.ok(Buffer.from(gzipGoMemo(buffer)).equals(first), 'answer from memory');
  // Same length, new contents in the same buffer: must not be answered with the old stream.
  buffer.set(randomInput(next, 5000));
  assert.ok(Buffer.from(gzipGoMemo(buffer)).equals(Buffer.from(gzipGo(buffer))));
  // Push more than the memory holds, then ask again for early and late inputs.
  // (Mostly zeros, which compress fast, each with its own random head.)
  const bulky = (): Uint8Array => {
    const input = new Uint8Array(900_000);
    input.set(randomInput(next, 2000));
    return input;
  };
  const inputs = Array.from({ length: 10 }, bulky);
  for (const input of inputs) gzipGoMemo(input);
  const oversized = new Uint8Array(2 << 20);
  oversized.set(randomInput(next, 2000));
  for (const input of [inputs[0], inputs[9], oversized]) {
    assert.ok(Buffer.from(gzipGoMemo(input)).equals(Buffer.from(gzipGo(input))));
  }
  clearGzipMemo();
});

test('JSON strings: output with the no-escape shortcut equals the character-by-character rules', () => {
  // Go's encodeState.string with HTML escaping, one UTF-16 unit at a time.
  const reference = (s: string): string => {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x22) out += '\\"';
      else if (c === 0x5c) out += '\\\\';
      else if (c === 0x0a) out += '\\n';
      else if (c === 0x0d) out += '\\r';
      else if (c === 0x09) out += '\\t';
      else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26) out += '\\u' + c.toString(16).padStart(4, '0');
      else if (c === 0x2028 || c === 0x2029) out += '\\u' + c.toString(16);
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) out += s.slice(i, ++i + 1);
      else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
      else out += s[i];
    }
    return out + '"';
  };
  const next = xorshift(777);
  const pool = [0x41, 0x7a, 0x20, 0x2f, 0x22, 0x5c, 0x0a, 0x0d, 0x09, 0x08, 0x0c, 0x00, 0x1f, 0x3c, 0x3e, 0x26, 0xe9, 0x2028, 0x2029, 0xd83d, 0xde00, 0xfffd, 0x7f];
  for (let k = 0; k < 3000; k++) {
    const length = next() % 12;
    // Half the strings draw only from characters that need no escaping, to exercise the shortcut.
    const plain = k % 2 === 0;
    let s = '';
    for (let i = 0; i < length; i++) s += String.fromCharCode(plain ? [0x41, 0x7a, 0x20, 0x2f, 0xe9, 0x7f, 0xfffd][next() % 7] : pool[next() % pool.length]);
    assert.equal(quoteGoJsonString(s), reference(s), JSON.stringify(s));
  }
});
