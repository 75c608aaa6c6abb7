// The URL scheme as Go's net/url.Parse reports it, for the "source must be a data URL" rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goUrlScheme } from '../../../server/src/core/transpile/variants/openshift/url-scheme';

test('schemes are found and lower-cased', () => {
  assert.equal(goUrlScheme('data:,hello'), 'data');
  assert.equal(goUrlScheme('DATA:;base64,aGk='), 'data');
  assert.equal(goUrlScheme('https://example.net/a.conf'), 'https');
  assert.equal(goUrlScheme('s3://bucket/key'), 's3');
  assert.equal(goUrlScheme('tftp://10.0.0.1/file#frag'), 'tftp');
});

test('no scheme: relative references parse with an empty scheme', () => {
  assert.equal(goUrlScheme('/etc/hosts'), '');
  assert.equal(goUrlScheme('hosts'), '');
});

test('what Parse rejects has no scheme to judge', () => {
  assert.equal(goUrlScheme(':nothing'), undefined); // missing protocol scheme
  assert.equal(goUrlScheme('http://example.net:port/'), undefined); // invalid port
  assert.equal(goUrlScheme('http://example.net/%zz'), undefined); // invalid escape
  assert.equal(goUrlScheme('http://example.net/\u0007'), undefined); // control character
  assert.equal(goUrlScheme('a b:c'), undefined); // colon in the first path segment
  assert.equal(goUrlScheme('1http://x'), undefined); // not a scheme, so the same
});
