// Finding C6: Go's JSON scanner names the offending *byte* of an inline Ignition config.
// Expected texts were printed by the reference butane v0.29.0 (--raw-errors) for an inline
// merge config holding the given text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goJsonSyntaxError } from '../../../server/src/core/transpile/base/go-json-syntax';

const cases: Array<[string, string]> = [
  ['\u0001x', "invalid character '\\x01' looking for beginning of value"],
  ['\u007fx', "invalid character '\\x7f' looking for beginning of value"],
  ['\u000bx', "invalid character '\\v' looking for beginning of value"],
  ['\\x', "invalid character '\\\\' looking for beginning of value"],
  ['éx', "invalid character 'Ã' looking for beginning of value"],
  ['漢', "invalid character 'æ' looking for beginning of value"],
  ['\ufeff{}', "invalid character 'ï' looking for beginning of value"],
  ['\u00a0{}', "invalid character 'Â' looking for beginning of value"],
  ['\u00adx', "invalid character 'Â' looking for beginning of value"],
  ['😀', "invalid character 'ð' looking for beginning of value"],
  ['{"a":1}\u00e9', "invalid character 'Ã' after top-level value"],
];

for (const [text, expected] of cases) {
  test(`Go quotes the first byte of ${JSON.stringify(text)}`, () => {
    assert.equal(goJsonSyntaxError(text), expected);
  });
}
