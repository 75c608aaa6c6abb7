// Rule: trees are walked with Go's filepath.Walk, which visits each directory's entries sorted as
// byte strings (UTF-8), i.e. by code point. JavaScript's default sort compares UTF-16 code units
// and puts characters above U+FFFF (surrogate pairs) before U+E000..U+FFFF; Go puts them after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transpile } from '../../../server/src/core';
import { compareAsUtf8Bytes } from '../../../server/src/core/transpile/base/trees';
import { MemoryHost } from '../transpile-base/memory-host';

test('tree files come out in Go byte order', () => {
  const host = new MemoryHost();
  // Created in an order that is neither Go's nor JavaScript's.
  for (const name of ['\u{1F600}', 'b', '\uFF5E', 'B', '\u00E4', 'a10', 'a2']) host.file(`files/t/${name}`, 'x');
  const result = transpile('variant: fcos\nversion: 1.6.0\nstorage:\n  trees:\n    - local: t\n      path: /s\n', { filesDir: 'files', host });
  assert.equal(result.fatal, undefined);
  const files = (JSON.parse(result.output!) as { storage: { files: { path: string }[] } }).storage.files.map((f) => f.path);
  assert.deepEqual(files, ['/s/B', '/s/a10', '/s/a2', '/s/b', '/s/\u00E4', '/s/\uFF5E', '/s/\u{1F600}']);
});

test('code point comparison', () => {
  assert.ok(compareAsUtf8Bytes('\uFF5E', '\u{1F600}') < 0);
  assert.ok(compareAsUtf8Bytes('\u{1F600}', '\uFF5E') > 0);
  assert.ok(compareAsUtf8Bytes('a', 'ab') < 0);
  assert.ok(compareAsUtf8Bytes('ab', 'a') > 0);
  assert.equal(compareAsUtf8Bytes('x\u{1F600}', 'x\u{1F600}'), 0);
  assert.ok(compareAsUtf8Bytes('Z', 'a') < 0);
});
