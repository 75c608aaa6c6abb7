// yaml.v3 stops decoding outright on some inputs; the reference then prints that error and nothing else.
// Expected texts were observed from the reference butane v0.29.0 on these inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transpile } from '../../../server/src/core';

test('an explicit !!int tag on a non-number stops the body decode', () => {
  const r = transpile('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /a\n      mode: !!int abc\n');
  assert.equal(r.output, undefined);
  assert.equal(r.fatal, 'yaml: cannot decode !!str `abc` as a !!int');
  assert.deepEqual(r.report, []);
});

test('the same stop during the variant/version pass is wrapped as an unmarshaling error', () => {
  const r = transpile('variant: !!int fcos\nversion: 1.5.0\n');
  assert.equal(r.fatal, 'Error unmarshaling yaml: yaml: cannot decode !!str `fcos` as a !!int');
});
