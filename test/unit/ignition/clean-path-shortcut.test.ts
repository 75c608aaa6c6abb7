// isCleanPath answers "is path.Clean(p) == p" without cleaning in the common case; it must agree
// with cleaning for every path, including dot segments, repeated and trailing slashes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPath, isCleanPath } from '../../../server/src/core/ignition/go/path';

test('isCleanPath agrees with cleanPath(p) === p', () => {
  const pieces = ['/', 'a', '.', '..', '.x', 'x.', '//', 'é', ' '];
  let x = 3;
  for (let k = 0; k < 30000; k++) {
    let p = '';
    for (let n = k % 9; n > 0; n--) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      p += pieces[x % pieces.length];
    }
    assert.equal(isCleanPath(p), cleanPath(p) === p, JSON.stringify(p));
  }
  assert.equal(isCleanPath('/etc/.hidden'), true);
  assert.equal(isCleanPath('/etc/./x'), false);
  assert.equal(isCleanPath('/etc/'), false);
  assert.equal(isCleanPath('/'), true);
});
