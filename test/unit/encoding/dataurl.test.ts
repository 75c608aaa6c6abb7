import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { encodeDataUrl, escapeDataUrlBytes, escapedDataUrl } from '../../../server/src/core/encoding/dataurl';
import { makeDataUrl } from '../../../server/src/core/transpile/base/data-url';
import { base64Encode } from '../../../server/src/core/encoding/base64';
import { corpusAvailable, loadCorpus, type CorpusCase } from './corpus';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function decodeDataUrlPayload(url: string, mayBeGzip: boolean): { bytes: Uint8Array; gzipped: boolean } {
  const comma = url.indexOf(',');
  const payload = url.slice(comma + 1);
  if (url.startsWith('data:;base64,')) {
    const raw = Buffer.from(payload, 'base64');
    if (mayBeGzip && raw[0] === 0x1f && raw[1] === 0x8b) return { bytes: gunzipSync(raw), gzipped: true };
    return { bytes: raw, gzipped: false };
  }
  const bytes: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    if (payload[i] === '%') {
      bytes.push(parseInt(payload.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(payload.charCodeAt(i));
  }
  return { bytes: new Uint8Array(bytes), gzipped: false };
}

/** Openshift 4.8 and 4.9 turn automatic compression off (their MachineConfigs must stay readable). */
function autoCompression(c: CorpusCase): boolean {
  return !(c.variant === 'openshift' && (c.version === '4.8.0' || c.version === '4.9.0'));
}

/** These cases' local files are already gzipped and say so, which forbids compressing again. */
const userCompressed = (c: CorpusCase): boolean => c.id.endsWith('--already-compressed');

test('data URL: reproduces every data URL Butane generated in the corpus', { skip: !corpusAvailable() }, () => {
  const cases = loadCorpus();
  const authored = cases.map((c) => c.input).join('\n');
  let checked = 0;
  const failures: string[] = [];
  for (const c of cases) {
    for (const m of c.compact.matchAll(/"(data:[^"]*)"/g)) {
      const url = m[1];
      const payload = url.slice(url.indexOf(',') + 1);
      if (payload !== '' && authored.includes(payload)) continue; // written by the case author
      const { bytes, gzipped } = decodeDataUrlPayload(url, !userCompressed(c));
      let actual: string;
      if (c.variant === 'fcos' && c.version === '1.0.0') {
        actual = escapedDataUrl(bytes);
      } else {
        const choice = encodeDataUrl(bytes, autoCompression(c) && !userCompressed(c));
        assert.equal(choice.compression === 'gzip', gzipped, `${c.id}: compression flag`);
        actual = choice.source;
      }
      checked++;
      if (actual !== url) failures.push(`${c.id}: ${url.slice(0, 50)}`);
    }
  }
  assert.ok(checked > 400, `checked ${checked}`);
  assert.deepEqual(failures, []);
});

test('data URL: escaping keeps only RFC 2396 unreserved characters, upper-case hex', () => {
  assert.equal(escapeDataUrlBytes(utf8("az AZ09-_.!~*'()")), "az%20AZ09-_.!~*'()");
  assert.equal(escapeDataUrlBytes(utf8('a/b?c=d&e#f%\n+')), 'a%2Fb%3Fc%3Dd%26e%23f%25%0A%2B');
  assert.equal(escapeDataUrlBytes(new Uint8Array([0, 0x7f, 0xe9, 0xff])), '%00%7F%E9%FF');
  assert.equal(escapeDataUrlBytes(utf8('é')), '%C3%A9');
});

test('data URL: empty contents are "data:,"', () => {
  assert.deepEqual(encodeDataUrl(new Uint8Array(0), true), { source: 'data:,' });
});

test('data URL: base64 wins only when strictly shorter than the escaped form', () => {
  // 3 bytes needing escapes: ",%00%00%00" (10) vs ";base64,AAAA" (12) -> escaped.
  assert.equal(encodeDataUrl(new Uint8Array(3), false).source, 'data:,%00%00%00');
  // 6 such bytes: ",%00..." (19) vs ";base64,AAAAAAAA" (16) -> base64.
  assert.equal(encodeDataUrl(new Uint8Array(6), false).source, 'data:;base64,AAAAAAAA');
});

test('data URL: gzip must beat the best other form by more than the 4 characters of "gzip"', () => {
  const text = utf8('x'.repeat(400));
  const choice = encodeDataUrl(text, true);
  assert.equal(choice.compression, 'gzip');
  assert.ok(choice.source.startsWith('data:;base64,H4sIAAAAAAAC/'));
  assert.deepEqual(encodeDataUrl(text, false), { source: 'data:,' + 'x'.repeat(400) });
  // Short text: the escaped form stays.
  assert.deepEqual(encodeDataUrl(utf8('hello'), true), { source: 'data:,hello' });
});

test('makeDataUrl: compression value recorded as Butane does', () => {
  assert.deepEqual(makeDataUrl(utf8('hi'), undefined, true), { source: 'data:,hi', compression: '' });
  assert.deepEqual(makeDataUrl(utf8('hi'), '', true), { source: 'data:,hi', compression: '' });
  const big = utf8('y'.repeat(500));
  assert.equal(makeDataUrl(big, undefined, true).compression, 'gzip');
  assert.equal(makeDataUrl(big, undefined, false).compression, '');
  // Already compressed by the user: never compressed again, compression left alone.
  assert.deepEqual(makeDataUrl(big, 'gzip', true), { source: 'data:,' + 'y'.repeat(500) });
});

test('base64: standard alphabet with padding', () => {
  assert.equal(base64Encode(utf8('')), '');
  assert.equal(base64Encode(utf8('f')), 'Zg==');
  assert.equal(base64Encode(utf8('fo')), 'Zm8=');
  assert.equal(base64Encode(utf8('foo')), 'Zm9v');
  assert.equal(base64Encode(new Uint8Array([0xfb, 0xff, 0xbf])), '+/+/');
  const random = new Uint8Array(10000).map((_, i) => (i * 7919) & 0xff);
  assert.equal(base64Encode(random), Buffer.from(random).toString('base64'));
});
