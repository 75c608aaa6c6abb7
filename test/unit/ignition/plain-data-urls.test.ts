// The shortcut for data URLs of the shapes Butane writes must agree with the full check (Go's
// url.Parse + the dataurl decoder): every URL it accepts must be one the full check accepts, and
// everything Butane's encoders produce must take the shortcut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlainDataUrl, urlProblem } from '../../../server/src/core/ignition/urls';
import { parseGoUrl } from '../../../server/src/core/ignition/go/url';
import { dataUrlError } from '../../../server/src/core/ignition/go/dataurl';
import { encodeDataUrl, escapedDataUrl } from '../../../server/src/core/encoding';

/** The full decision, without the shortcut. */
function fullCheckPasses(s: string): boolean {
  const u = parseGoUrl(s);
  return u !== undefined && u.scheme === 'data' && dataUrlError(s) === undefined;
}

/** Deterministic pseudo-random bytes (xorshift). */
function randomBytes(seed: number, length: number, alphabet?: number[]): Uint8Array {
  let x = seed || 1;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const r = x >>> 0;
    out[i] = alphabet ? alphabet[r % alphabet.length] : r & 0xff;
  }
  return out;
}

test("Butane's encodings take the shortcut and pass the full check", () => {
  const text = [...'abc xyz\n#?%/=+;,'].map((c) => c.charCodeAt(0));
  for (let seed = 1; seed <= 300; seed++) {
    const bytes = randomBytes(seed, seed % 97, seed % 2 === 0 ? text : undefined);
    for (const source of [encodeDataUrl(bytes, false).source, encodeDataUrl(bytes, true).source, escapedDataUrl(bytes)]) {
      assert.equal(isPlainDataUrl(source), true, source);
      assert.equal(fullCheckPasses(source), true, source);
      assert.equal(urlProblem(source, 0), undefined);
    }
  }
});

test('what the shortcut accepts, the full check accepts; the rest goes the full way', () => {
  const chars = [...'data:;base64,AZaz09+/=%2Fg-_.!~*\'()#?\n x'].map((c) => c.charCodeAt(0));
  let accepted = 0;
  for (let seed = 1; seed <= 20000; seed++) {
    const tail = new TextDecoder().decode(randomBytes(seed, seed % 11, chars));
    for (const s of ['data:;base64,' + tail, 'data:,' + tail, 'data:' + tail]) {
      if (!isPlainDataUrl(s)) continue;
      accepted++;
      assert.equal(fullCheckPasses(s), true, JSON.stringify(s));
    }
  }
  assert.ok(accepted > 1000);
  for (const s of ['data:;base64,AAA', 'data:;base64,A===', 'data:;base64,AA=A', 'data:,%2', 'data:,%zz', 'data:,a#b', 'data:,a?b', 'data:text/plain,x', 'DATA:,x']) {
    assert.equal(isPlainDataUrl(s), false, s);
  }
  // as the reference prints it for such a source: "illegal base64 data at input byte 0"
  assert.equal(urlProblem('data:;base64,AAA', 3)?.message, 'illegal base64 data at input byte 0');
});
