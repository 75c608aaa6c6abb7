// How Go's encoding/json fills the Ignition structs from a document, and what Ignition's
// ValidateWithContext then sees. Expected values follow encoding/json's documented Unmarshal rules
// (null, case-insensitive keys, decoding into values already present) and Ignition's
// ValidateUnusedKeys, which reads the JSON object at each struct's exact path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalIgnitionKeys, validateIgnitionDocument, validateIgnitionWithContext } from '../../../server/src/core/ignition';
import { render } from './helpers';

const MISMATCH = (at: string): string =>
  `context tree does not match content tree at ${at}. Line and column reporting may be inconsistent. Unused keys may not be reported`;

test('JSON null for a struct leaves a zero struct, which has no object to check for unused keys', () => {
  // Rule: ValidateUnusedKeys warns when the node at a struct's path is not a JSON object.
  assert.deepEqual(render(validateIgnitionWithContext({ ignition: { version: '3.4.0' }, passwd: null }, '3.4.0')), [
    `warning $.passwd: ${MISMATCH('$.passwd')}`,
  ]);
  // A null list element is a zero element: its own rules run, then the same warning.
  assert.deepEqual(render(validateIgnitionWithContext({ ignition: { version: '3.4.0' }, storage: { directories: [null] } }, '3.4.0')), [
    'error $.storage.directories.0.path: path not specified',
    `warning $.storage.directories.0: ${MISMATCH('$.storage.directories.0')}`,
  ]);
});

test('JSON null for a pointer or a list leaves it nil: nothing is walked, nothing is warned', () => {
  // 3.2 has clevis as a pointer; 3.3+ as a plain struct.
  const luks = (v: string) => ({ ignition: { version: v }, storage: { luks: [{ name: 'l', device: '/dev/vda', clevis: null }] } });
  assert.deepEqual(render(validateIgnitionWithContext(luks('3.2.0'), '3.2.0')), []);
  assert.deepEqual(render(validateIgnitionWithContext(luks('3.3.0'), '3.3.0')), [
    `warning $.storage.luks.0.clevis: ${MISMATCH('$.storage.luks.0.clevis')}`,
  ]);
  assert.deepEqual(render(validateIgnitionWithContext({ ignition: { version: '3.4.0' }, systemd: { units: null } }, '3.4.0')), []);
});

test('a later null for the same pointer field clears the value an earlier key set', () => {
  // "Contents" matches the contents field case-insensitively and sets the pointer back to nil,
  // so the enabled unit no longer has contents to check for an [Install] section.
  const doc = { ignition: { version: '3.4.0' }, systemd: { units: [{ name: 'a.service', enabled: true, contents: '[Unit]', Contents: null }] } };
  assert.deepEqual(canonicalIgnitionKeys(doc, '3.4.0'), { ignition: { version: '3.4.0' }, systemd: { units: [{ name: 'a.service', enabled: true }] } });
  assert.deepEqual(render(validateIgnitionWithContext(doc, '3.4.0')), ['warning $.systemd.units.0.Contents: unused key Contents']);
});

test('a later null for a value field (string, struct) leaves it as it was', () => {
  const doc = { ignition: { version: '3.4.0' }, storage: { files: [{ path: '/a', PATH: null, user: { id: 1 }, USER: null }] } };
  assert.deepEqual(canonicalIgnitionKeys(doc, '3.4.0'), { ignition: { version: '3.4.0' }, storage: { files: [{ path: '/a', user: { id: 1 } }] } });
});

test('a second key for the same struct decodes into it: fields merge, list elements merge by index', () => {
  const doc = {
    ignition: { version: '3.4.0' },
    storage: { files: [{ path: '/a', mode: 0o4755 }] },
    Storage: { files: [{ path: '/b' }], directories: [{ path: '/d' }] },
  };
  assert.deepEqual(canonicalIgnitionKeys(doc, '3.4.0'), {
    ignition: { version: '3.4.0' },
    storage: { files: [{ path: '/b', mode: 0o4755 }], directories: [{ path: '/d' }] },
  });
  // The merged file keeps its setuid mode, so the pre-3.6 special-bits warning still applies.
  assert.deepEqual(render(validateIgnitionWithContext(doc, '3.4.0')), [
    'warning $.storage.files.0.mode: setuid/setgid/sticky bits are not supported or functional in spec versions older than 3.6.0',
    'warning $.Storage: unused key Storage',
  ]);
});

test('null string list elements decode to "" and take part in duplicate checks as ""', () => {
  const doc = { ignition: { version: '3.4.0' }, kernelArguments: { shouldExist: [null, ''] } };
  assert.deepEqual(render(validateIgnitionWithContext(doc, '3.4.0')), ['error $.kernelArguments.shouldExist.1: duplicate entry defined']);
});

test('case-insensitive key matching uses Unicode simple folding (long s, Kelvin sign)', () => {
  const doc = { ignition: { version: '3.4.0' }, \u212aernelArguments: { \u017fhouldExist: ['a'] }, storage: { files: [{ path: 'rel', ' PATH': '/x' }] } };
  assert.deepEqual(canonicalIgnitionKeys(doc, '3.4.0'), {
    ignition: { version: '3.4.0' },
    kernelArguments: { shouldExist: ['a'] },
    storage: { files: [{ path: 'rel' }] },
  });
});

test('a document whose ignition section or version has the wrong JSON type fails on the version stub', () => {
  // Rule: Ignition decodes { Ignition struct { Version string } } first; its decoding error is
  // the only finding (messages as Go's encoding/json prints them for that stub type).
  assert.deepEqual(render(validateIgnitionDocument({ ignition: 'x', storage: { files: [{ path: 'rel' }] } })), [
    'error $.ignition: json: cannot unmarshal string into Go struct field versionStub.Ignition of type struct { Version string }',
  ]);
  assert.deepEqual(render(validateIgnitionDocument({ Ignition: { Version: 34 } })), [
    'error $.Ignition.Version: json: cannot unmarshal number into Go struct field .Ignition.Version of type string',
  ]);
});
