// Version text handling before a translator is chosen, as go-semver parses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalSemver } from '../../../server/src/core/header';

test('valid versions keep their canonical text', () => {
  assert.equal(canonicalSemver('1.5.0'), '1.5.0');
  assert.equal(canonicalSemver('1.8.0-experimental'), '1.8.0-experimental');
  // corpus meta--version-with-build-metadata: the message repeats the metadata
  assert.equal(canonicalSemver('1.5.0+build.1'), '1.5.0+build.1');
});

test('leading zeros are parsed as decimal numbers (corpus meta--bad-version-4 translates 01.2.0 as 1.2.0)', () => {
  assert.equal(canonicalSemver('01.2.0'), '1.2.0');
});

test('texts go-semver rejects (corpus meta--bad-version-0..3, meta--version-number)', () => {
  for (const bad of ['1.5', 'v1.5.0', '1.5.0.0', 'latest', '', '1.5.a', '1.5.0-a..b', '1.5.0+a+b']) {
    assert.equal(canonicalSemver(bad), undefined, bad);
  }
});

test('a dot-separated fourth part is refused because the third part is not a number', () => {
  assert.equal(canonicalSemver('1.2.3.4'), undefined);
});

test('an empty pre-release or metadata part is dropped, as go-semver splits and then ignores it', () => {
  assert.equal(canonicalSemver('1.5.0-'), '1.5.0');
  assert.equal(canonicalSemver('1.5.0+'), '1.5.0');
});
