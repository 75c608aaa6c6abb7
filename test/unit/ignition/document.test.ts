// Validating a user's Ignition file: version selection, then rules, duplicates, unused keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIgnitionVersion, validateIgnitionDocument, validateIgnitionWithContext } from '../../../server/src/core/ignition';
import { render } from './helpers';

test('the spec version is read from ignition.version as go-semver compares it', () => {
  assert.equal(parseIgnitionVersion('3.4.0'), '3.4.0');
  assert.equal(parseIgnitionVersion('03.4.0'), '3.4.0');
  assert.equal(parseIgnitionVersion('3.7.0-experimental'), '3.7.0-experimental');
  assert.equal(parseIgnitionVersion('3.8.0'), undefined);
  assert.equal(parseIgnitionVersion('2.2.0'), undefined);
  assert.equal(parseIgnitionVersion('3.4'), undefined);
});

test('unparseable and unsupported versions', () => {
  assert.deepEqual(render(validateIgnitionDocument({})), ["error $.ignition.version: invalid config version (couldn't parse)"]);
  assert.deepEqual(render(validateIgnitionDocument({ ignition: { version: '2.2.0' } })), ['error $.ignition.version: unsupported config version']);
});

test('a document gets semantic rules, then duplicates, then unused keys', () => {
  const doc = {
    ignition: { version: '3.5.0' },
    storage: { files: [{ path: 'rel' }, { path: 'rel', mdoe: 420 }] },
    extra: true,
  };
  assert.deepEqual(render(validateIgnitionDocument(doc)), [
    'error $.storage.files.0.path: path not absolute',
    'error $.storage.files.1.path: path not absolute',
    'error $.storage.files.1: duplicate entry defined',
    'warning $.extra: unused key extra',
    'warning $.storage.files.1.mdoe: unused key mdoe',
  ]);
});

test('fields of newer spec versions are unused keys in older documents', () => {
  assert.deepEqual(render(validateIgnitionDocument({ ignition: { version: '3.2.0' }, kernelArguments: { shouldExist: ['x'] } })), [
    'warning $.kernelArguments: unused key kernelArguments',
  ]);
  assert.deepEqual(render(validateIgnitionDocument({ ignition: { version: '3.3.0' }, kernelArguments: { shouldExist: ['x'] } })), []);
});

test('inline merge configs get ValidateWithContext (corpus mutation--fcos-1.6.0--ignition-merge-inline-invalid-bad-content)', () => {
  const inline = JSON.parse('{"ignition": {"version": "3.5.0"}, "storage": {"files": [{"path": "relative/x", "mode": 99999}]}}');
  assert.deepEqual(render(validateIgnitionWithContext(inline, '3.5.0')), [
    'error $.storage.files.0.path: path not absolute',
    'error $.storage.files.0.mode: illegal file mode',
    'warning $.storage.files.0.mode: setuid/setgid/sticky bits are not supported or functional in spec versions older than 3.6.0',
  ]);
});
