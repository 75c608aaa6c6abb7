// Source URL checks: Go's url.Parse decisions, schemes per spec version, S3/ARN rules and the
// data URL decoder's own messages (each case from the corpus's url-* mutations).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IgnitionVersion } from '../../../server/src/core/ignition';
import { findings } from './helpers';

const sourceFindings = (source: string, version: IgnitionVersion = '3.4.0'): string[] =>
  findings({ ignition: { version }, storage: { files: [{ path: '/a', contents: { source } }] } }, version).map((l) =>
    l.replace('error $.storage.files.0.contents.source: ', ''),
  );

test('data URL errors are the library texts (corpus url-bad-data-url-*)', () => {
  const cases: [string, string][] = [
    ['data:text/plain;base64,not base64!', 'invalid data character'],
    ['data:,café', 'invalid data character'],
    ['data:nocomma', 'missing media type slash'],
    ['DATA:,x', 'missing data prefix'],
    ['data:;base64,QUJD=', 'illegal base64 data at input byte 4'],
    ['data:,100%zz', 'rfc2396: invalid char 0x25 in unescape sequence'],
    ['data:; ,x', 'invalid character for parameter attribute'],
    ['data:x/y@z,abc', 'invalid character for media type'],
    ['data:text/plain;a="\\é",x', 'invalid escaped character'],
    ['data:text/plain;charset=utf-8;base64', 'unterminated parameter sequence'],
    ['data:text/plain;a="x,y', 'unclosed quoted string'],
    ['data:;foo,x', 'expected base64, got foo'],
    ['data:foo/bar,x', 'invalid media type'],
    ['data:text/plain', 'incomplete media type'],
    ['data:text/plain;a=b"c,x', 'invalid character for parameter value'],
    ['data:text/plain x,y', 'invalid character for media subtype'],
    ['data:text', 'missing media type slash'],
    ['data:', 'missing comma before data'],
    ['data:text/plain;a="b"c,x', 'expected semicolon or comma'],
    ['data:text/pl ain,x', 'invalid character for media subtype'],
  ];
  for (const [url, message] of cases) assert.deepEqual(sourceFindings(url), [message], url);
});

test('valid data URLs', () => {
  for (const url of ['data:,', 'data:,hello%20world', 'data:;base64,QUJD', 'data:text/plain;charset=utf-8;base64,QUJDRA==', 'data:application/x-foo;a="q\\"x",z', 'data:x-foo/bar,1']) {
    assert.deepEqual(sourceFindings(url), [], url);
  }
});

test('base64 error offsets follow Go (padding is checked)', () => {
  assert.deepEqual(sourceFindings('data:;base64,QQ'), ['illegal base64 data at input byte 0']);
  assert.deepEqual(sourceFindings('data:;base64,QQ='), ['illegal base64 data at input byte 3']);
  assert.deepEqual(sourceFindings('data:;base64,QQ==QQ=='), ['illegal base64 data at input byte 4']);
  assert.deepEqual(sourceFindings('data:;base64,=AAA'), ['illegal base64 data at input byte 0']);
  // A newline would be skipped by the decoder, but Go's url.Parse refuses control characters first.
  assert.deepEqual(sourceFindings('data:;base64,QUJD\nQUJD'), ['unable to parse url']);
});

test('schemes per spec version', () => {
  assert.deepEqual(sourceFindings('gs://bucket/x', '3.1.0'), ['invalid url scheme']);
  assert.deepEqual(sourceFindings('gs://bucket/x', '3.2.0'), []);
  assert.deepEqual(sourceFindings('arn:aws:s3:::bucket/key', '3.3.0'), ['invalid url scheme']);
  assert.deepEqual(sourceFindings('arn:aws:s3:::bucket/key', '3.4.0'), []);
  assert.deepEqual(sourceFindings('ftp://x/y'), ['invalid url scheme']);
  assert.deepEqual(sourceFindings('tftp://x/y', '3.0.0'), []);
  assert.deepEqual(sourceFindings('HTTPS://x/y'), []);
  assert.deepEqual(sourceFindings('/just/a/path'), ['invalid url scheme']);
  assert.deepEqual(sourceFindings('constructor:x'), ['invalid url scheme']);
});

test('S3 object versions and ARNs (corpus url-s3-empty-version, url-arn-invalid)', () => {
  assert.deepEqual(sourceFindings('s3://bucket/key?versionId='), ['invalid S3 object VersionId']);
  assert.deepEqual(sourceFindings('s3://bucket/key?versionId=abc'), []);
  assert.deepEqual(sourceFindings('arn:aws:iam::123456789012:user/x'), ['invalid S3 ARN format']);
  assert.deepEqual(sourceFindings('arn:aws:s3:::bucket'), ['invalid S3 ARN format']);
  assert.deepEqual(sourceFindings('arn:aws:s3:us-east-1:123456789012:accesspoint/ap'), ['invalid S3 ARN format']);
  assert.deepEqual(sourceFindings('arn:aws:s3:us-east-1:123456789012:accesspoint/ap/object/key'), []);
  assert.deepEqual(sourceFindings('arn:aws:s3:::bucket/key?versionId='), ['invalid S3 object VersionId']);
});

test('URLs Go refuses to parse', () => {
  for (const url of ['http://[::1/x', 'http://host:port/x', 'http://a b/', 'https://x/%zz', ':nope', 'http://x/\u0001', 'http://us er@host/']) {
    assert.deepEqual(sourceFindings(url), ['unable to parse url'], url);
  }
});
