// Rule: an inline merge/replace config is decoded with Go's encoding/json into Ignition's
// structs. A key given twice decodes the second object into the first one (fields merge), so
// {"ignition":{"version":"X"},"ignition":{}} keeps version X; a config of another spec version
// is then only warned about ("skipping validation ... unkown version").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './run';
import { parseJsonMergingDuplicates } from '../../../server/src/core/transpile/base/go-json-merge';

test('repeated ignition object keeps the version from the first occurrence', () => {
  const r = run(`variant: fcos
version: 1.4.0
ignition:
  config:
    merge:
      - inline: '{"ignition":{"version":"3.1.0"},"ignition":{}}'
`);
  assert.equal(r.ok, true);
  assert.deepEqual(r.lines, [
    'warning at $.ignition.config.merge.0.version, line 6 col 9: skipping validation for the merge/replace ignition config due to an unkown version',
  ]);
});

test('repeated storage objects merge: a bad file from the first one is still validated', () => {
  const r = run(`variant: fcos
version: 1.5.0
ignition:
  config:
    replace:
      inline: '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"relative"}]},"storage":{}}'
`);
  assert.equal(r.result.fatal, 'source config is invalid');
  // The embedded config's own path, positioned at the start of the document.
  assert.deepEqual(r.lines, ['error at $.storage.files.0.path, line 1 col 1: path not absolute']);
});

test('parser: objects merge, arrays and scalars are replaced, null keeps an object', () => {
  assert.deepEqual(parseJsonMergingDuplicates('{"a":{"x":1},"a":{"y":[1]},"b":[1,2],"b":[3],"a":null,"c":"s","c":"t"}'), {
    a: { x: 1, y: [1] },
    b: [3],
    c: 't',
  });
  assert.deepEqual(parseJsonMergingDuplicates(' [ {"k" : "\\u0041\\""} , 1.5e2, true, null ] '), [{ k: 'A"' }, 150, true, null]);
  const proto = parseJsonMergingDuplicates('{"__proto__":{"p":1}}') as Record<string, unknown>;
  assert.deepEqual(Object.keys(proto), ['__proto__']);
  assert.equal(Object.getPrototypeOf(proto), Object.prototype);
});
