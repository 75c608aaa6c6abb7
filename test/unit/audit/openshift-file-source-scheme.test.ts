// Rule (openshift validateMCOSupport): a file's contents.source must be a data URL, but only a
// source that net/url.Parse accepts is judged; one it rejects (a host holding a space or "|")
// is left to Ignition, which in this translation step never runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './run';
import { goUrlScheme } from '../../../server/src/core/transpile/variants/openshift/url-scheme';

test('openshift 4.12: only parseable non-data sources are refused', () => {
  const r = run(`variant: openshift
version: 4.12.0
metadata:
  name: n
  labels:
    machineconfiguration.openshift.io/role: worker
storage:
  files:
    - path: /a
      contents:
        source: "http://a b/c"
    - path: /b
      contents:
        source: "https://user@host/c"
    - path: /c
      contents:
        source: "http://h|x/"
    - path: /d
      contents:
        source: "data:,ok"
    - path: /e
      contents:
        source: "http://[::1]:8080/x"
`);
  assert.equal(r.result.fatal, 'source config is invalid');
  assert.deepEqual(r.lines, [
    'error at $.storage.files.1.contents.source, line 14 col 17: file contents source must be data URL in this spec version',
    'error at $.storage.files.4.contents.source, line 23 col 17: file contents source must be data URL in this spec version',
  ]);
});

test('scheme as net/url reports it', () => {
  assert.equal(goUrlScheme('HTTPS://x/y'), 'https');
  assert.equal(goUrlScheme('data:,x'), 'data');
  assert.equal(goUrlScheme('/just/a/path'), '');
  assert.equal(goUrlScheme('http://a b/'), undefined);
  assert.equal(goUrlScheme(':nope'), undefined);
});
