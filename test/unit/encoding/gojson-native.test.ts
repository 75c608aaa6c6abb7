// marshalGoConfigJson (native JSON.stringify plus fix-ups) against Go's output: the corpus, the
// escaping rules, and random strings compared with the hand-written marshalGoJson.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marshalGoConfigJson, marshalGoJson } from '../../../server/src/core/encoding/gojson';
import { xorshift } from '../../support/xorshift';
import { corpusAvailable, corpusJsonMismatches } from './corpus';

test('config JSON: pretty and compact output of every successful JSON case in the corpus', { skip: !corpusAvailable() }, () => {
  const { checked, failures } = corpusJsonMismatches(marshalGoConfigJson);
  assert.ok(checked > 300, `checked ${checked}`);
  assert.deepEqual(failures, []);
});

test('config JSON: Go escaping (HTML characters, separators, \\b \\f, lone surrogates)', () => {
  assert.equal(marshalGoConfigJson({ 'a<': '<a href="x">&</a>' }, false), '{"a\\u003c":"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"}');
  assert.equal(marshalGoConfigJson(['a\u2028b\u2029c'], false), '["a\\u2028b\\u2029c"]');
  assert.equal(marshalGoConfigJson(['\b\f\u0000\u001f\n\r\t'], false), '["\\u0008\\u000c\\u0000\\u001f\\n\\r\\t"]');
  assert.equal(marshalGoConfigJson(['a\ud800b\udc00', 'ok'], true), '[\n  "a\\ufffdb\\ufffd",\n  "ok"\n]');
  // An escaped backslash before b/f/ud8.. is not an escape of its own.
  assert.equal(marshalGoConfigJson(['\\b\\f\\ud800'], false), '["\\\\b\\\\f\\\\ud800"]');
});

test('config JSON: Go integers beyond 2^53 (bigint) and empty containers', () => {
  assert.equal(marshalGoConfigJson({ uid: 9223372036854775807n, a: [], b: {} }, false), '{"uid":9223372036854775807,"a":[],"b":{}}');
  assert.equal(marshalGoConfigJson({ a: [], b: {}, c: [1, { d: null, e: true }] }, true), '{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    {\n      "d": null,\n      "e": true\n    }\n  ]\n}');
  assert.equal(marshalGoConfigJson({ skipped: undefined, kept: null }, false), '{"kept":null}');
});

test('config JSON: random strings print as marshalGoJson prints them', () => {
  const rnd = xorshift(20261122);
  const alphabet = ['a', 'z', ' ', '"', '\\', '/', 'b', 'f', 'u', 'd', '8', '<', '>', '&', '\b', '\f', '\n', '\t', '\u0001', '\u007f', 'é', '\u2028', '\u2029', '\ud83d', '\ude00', '\ufffd'];
  for (let n = 0; n < 2000; n++) {
    let s = '';
    const len = rnd() % 12;
    for (let i = 0; i < len; i++) s += alphabet[rnd() % alphabet.length];
    const value = { [s]: [s, { k: s }], n: n };
    assert.equal(marshalGoConfigJson(value, n % 2 === 0), marshalGoJson(value, n % 2 === 0), JSON.stringify(s));
  }
});
