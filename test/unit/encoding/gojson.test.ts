import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marshalGoJson } from '../../../server/src/core/encoding/gojson';
import { decodeGoString, encodeGoString } from '../../../server/src/core/encoding/goString';
import { CORPUS_DIR, corpusAvailable, corpusJsonMismatches } from './corpus';

test('JSON: pretty and compact output of every successful JSON case in the corpus', { skip: !corpusAvailable() }, () => {
  const { checked, failures } = corpusJsonMismatches(marshalGoJson);
  assert.ok(checked > 300, `checked ${checked}`);
  assert.deepEqual(failures, []);
});

test('JSON: file contents with invalid UTF-8 print one \\ufffd per bad byte (corpus)', { skip: !corpusAvailable() }, () => {
  const id = 'sugar--fcos-1.6.0--local-invalid-utf8';
  const dir = join(CORPUS_DIR, id, 'files');
  const read = (p: string): string => decodeGoString(new Uint8Array(readFileSync(join(dir, p))));
  const value = {
    ignition: { version: '3.5.0' },
    passwd: { users: [{ name: 'core', sshAuthorizedKeys: [read('k/odd.pub').replace(/\n$/, '')] }] },
    systemd: {
      units: [
        { contents: read('u/latin1.service'), dropins: [{ contents: read('u/nul.conf'), name: 'nul.conf' }], name: 'latin1.service' },
      ],
    },
  };
  assert.equal(marshalGoJson(value, false) + '\n', readFileSync(join(CORPUS_DIR, id, 'expected.compact.json'), 'utf8'));
  assert.equal(marshalGoJson(value, true) + '\n', readFileSync(join(CORPUS_DIR, id, 'expected.pretty.json'), 'utf8'));
});

test('JSON: HTML-sensitive characters and line/paragraph separators are escaped', () => {
  assert.equal(marshalGoJson('<a href="x">&</a>', false), '"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"');
  assert.equal(marshalGoJson('a\u2028b\u2029c', false), '"a\\u2028b\\u2029c"');
});

test('JSON: control characters: \\n \\r \\t short, everything else (incl. \\b \\f) as \\u00XX', () => {
  assert.equal(marshalGoJson('\n\r\t', false), '"\\n\\r\\t"');
  assert.equal(marshalGoJson('\b\f\u0000\u001f', false), '"\\u0008\\u000c\\u0000\\u001f"');
  assert.equal(marshalGoJson('\u007f"\\/', false), '"\u007f\\"\\\\/"');
});

test('JSON: non-ASCII text is written as is; lone surrogates become \\ufffd', () => {
  assert.equal(marshalGoJson('café ✓ 😀', false), '"café ✓ 😀"');
  assert.equal(marshalGoJson('a\ud800b\udc00', false), '"a\\ufffdb\\ufffd"');
  assert.equal(marshalGoJson('\ufffd', false), '"\ufffd"');
});

test('JSON: MarshalIndent layout with empty containers kept on one line', () => {
  const value = { a: [], b: {}, c: [1, { d: null, e: true }], 'k y': 'v' };
  assert.equal(
    marshalGoJson(value, true),
    '{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    {\n      "d": null,\n      "e": true\n    }\n  ],\n  "k y": "v"\n}',
  );
  assert.equal(marshalGoJson(value, false), '{"a":[],"b":{},"c":[1,{"d":null,"e":true}],"k y":"v"}');
});

test('JSON: numbers as Go prints float64 values', () => {
  assert.equal(marshalGoJson([420, -1, 0, 1.5, 1e21, 1e-7, 123456789012, -0], false), '[420,-1,0,1.5,1e+21,1e-7,123456789012,-0]');
});

test('Go strings: invalid UTF-8 bytes survive decode/encode; valid text is unchanged', () => {
  const bytes = new Uint8Array([0x61, 0xe9, 0x20, 0xff, 0xfe, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80, 0xe2, 0x82]);
  const s = decodeGoString(bytes);
  // a, E9 bad, space, FF bad, FE bad, é, ED A0 80 (surrogate: 3 bad bytes), 😀, E2 82 (truncated: 2 bad bytes)
  assert.equal(marshalGoJson(s, false), '"a\\ufffd \\ufffd\\ufffdé\\ufffd\\ufffd\\ufffd😀\\ufffd\\ufffd"');
  assert.deepEqual([...encodeGoString(s)], [...bytes]);
  assert.equal(decodeGoString(new TextEncoder().encode('plain ✓')), 'plain ✓');
});
