// Go encoding/json decoding facts used when validating a user's Ignition document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalIgnitionKeys, findIgnitionTypeErrors, validateIgnitionDocument } from '../../../server/src/core/ignition';
import { render } from './helpers';

test('the message Go prints for a value of the wrong type (corpus mutation--flatcar-1.1.0--ignition-merge-inline-invalid-wrong-type)', () => {
  const doc = JSON.parse('{"ignition": {"version": "3.4.0"}, "systemd": {"units": {"name": "x.service"}}}');
  assert.deepEqual(render(findIgnitionTypeErrors(doc, '3.4.0')), [
    'error $.systemd.units: json: cannot unmarshal object into Go struct field Systemd.systemd.units of type []types.Unit',
  ]);
});

test('struct names are the innermost struct, field paths list every key from the root (and, since Go 1.24, the embedded struct of a promoted field), types are Go types', () => {
  const doc = {
    ignition: { version: '3.4.0', timeouts: { httpTotal: '30s' } },
    storage: { files: [{ path: 7, mode: 1.5 }], raid: [{ name: 'md', devices: [3] }] },
    passwd: { users: [{ name: 'core', sshAuthorizedKeys: 'key' }] },
    kernelArguments: [],
  };
  assert.deepEqual(render(findIgnitionTypeErrors(doc, '3.4.0')), [
    'error $.ignition.timeouts.httpTotal: json: cannot unmarshal string into Go struct field Timeouts.ignition.timeouts.httpTotal of type int',
    'error $.storage.files.0.path: json: cannot unmarshal number into Go struct field File.storage.files.Node.path of type string',
    'error $.storage.files.0.mode: json: cannot unmarshal number 1.5 into Go struct field File.storage.files.FileEmbedded1.mode of type int',
    'error $.storage.raid.0.devices.0: json: cannot unmarshal number into Go struct field Raid.storage.raid.devices of type types.Device',
    'error $.passwd.users.0.sshAuthorizedKeys: json: cannot unmarshal string into Go struct field PasswdUser.passwd.users.sshAuthorizedKeys of type []types.SSHAuthorizedKey',
    'error $.kernelArguments: json: cannot unmarshal array into Go struct field Config.kernelArguments of type types.KernelArguments',
  ]);
  assert.deepEqual(render(findIgnitionTypeErrors([], '3.4.0')), ['error $: json: cannot unmarshal array into Go value of type types.Config']);
});

test('null is accepted anywhere', () => {
  assert.deepEqual(findIgnitionTypeErrors({ ignition: { version: '3.4.0', config: null }, storage: { files: [{ path: '/a', mode: null }] } }, '3.4.0'), []);
});

test('keys match fields case-insensitively when there is no exact match', () => {
  assert.deepEqual(canonicalIgnitionKeys({ Ignition: { VERSION: '3.4.0' }, storage: { Files: [{ Path: '/a', bogus: 1 }] } }, '3.4.0'), {
    ignition: { version: '3.4.0' },
    storage: { files: [{ path: '/a' }] },
  });
});

test('a document with type errors is not validated further; otherwise case-insensitive keys are validated and reported unused', () => {
  assert.deepEqual(render(validateIgnitionDocument({ ignition: { version: '3.4.0' }, storage: { files: [{ path: 'rel', mode: '644' }] } })), [
    'error $.storage.files.0.mode: json: cannot unmarshal string into Go struct field File.storage.files.FileEmbedded1.mode of type int',
  ]);
  assert.deepEqual(render(validateIgnitionDocument({ ignition: { version: '3.4.0' }, storage: { files: [{ Path: 'rel' }] } })), [
    'error $.storage.files.0.path: path not absolute',
    'warning $.storage.files.0.Path: unused key Path',
  ]);
});
