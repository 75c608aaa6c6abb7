// Output shaping as clarketm/json marshals Ignition's Go structs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IGNITION_VERSIONS, normalizeIgnition, reachableStructs, structFields } from '../../../server/src/core/ignition';

const json = (v: unknown, version: Parameters<typeof normalizeIgnition>[1] = '3.4.0') => JSON.stringify(normalizeIgnition(v, version));

test('keys follow Go declaration order, embedded node fields first (corpus outputs: group, overwrite, path, user, append, contents, mode)', () => {
  const file = { mode: 420, contents: { source: 'data:,x' }, path: '/a', overwrite: true, user: { name: 'core' } };
  assert.equal(
    json({ storage: { files: [file] }, ignition: { version: '3.4.0' } }),
    '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"overwrite":true,"path":"/a","user":{"name":"core"},"contents":{"source":"data:,x"},"mode":420}]}}',
  );
});

test('omitempty drops nil pointers, empty strings and lists, and structs whose fields are all empty', () => {
  assert.equal(
    json({ ignition: { version: '3.4.0', config: { merge: [] }, timeouts: {} }, storage: { files: [], disks: [] }, systemd: { units: [] }, passwd: {} }),
    '{"ignition":{"version":"3.4.0"}}',
  );
  // A file with empty contents keeps only its required path.
  assert.equal(json({ ignition: { version: '3.4.0' }, storage: { files: [{ path: '/a', contents: { verification: {} } }] } }), '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/a"}]}}');
});

test('pointers keep zero values they point to', () => {
  assert.equal(
    json({ ignition: { version: '3.4.0' }, storage: { files: [{ path: '/a', overwrite: false, mode: 0, contents: { source: '' } }] } }),
    '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"overwrite":false,"path":"/a","contents":{"source":""},"mode":0}]}}',
  );
});

test('fields without omitempty are always written', () => {
  assert.equal(json({ ignition: { version: '3.4.0' }, storage: { disks: [{ wipeTable: true }] } }), '{"ignition":{"version":"3.4.0"},"storage":{"disks":[{"device":"","wipeTable":true}]}}');
  // 3.0 RAID devices and level have no omitempty: a nil list marshals as null.
  assert.equal(json({ ignition: { version: '3.0.0' }, storage: { raid: [{ name: 'md' }] } }, '3.0.0'), '{"ignition":{"version":"3.0.0"},"storage":{"raid":[{"devices":null,"level":"","name":"md"}]}}');
  // 3.0 merge references: source is a pointer without omitempty.
  assert.equal(json({ ignition: { version: '3.0.0', config: { merge: [{}] } } }, '3.0.0'), '{"ignition":{"config":{"merge":[{"source":null}]},"version":"3.0.0"}}');
});

test('ignition.version is omitempty until 3.3.0 and required from 3.4.0', () => {
  assert.equal(json({}, '3.3.0'), '{"ignition":{}}');
  assert.equal(json({}, '3.4.0'), '{"ignition":{"version":""}}');
});

test('3.2.0 clevis and custom are pointers: present but empty they are still written', () => {
  const luks = { name: 'l', clevis: { custom: {} } };
  assert.equal(json({ ignition: { version: '3.2.0' }, storage: { luks: [luks] } }, '3.2.0'), '{"ignition":{"version":"3.2.0"},"storage":{"luks":[{"clevis":{"custom":{"config":"","pin":""}},"name":"l"}]}}');
  assert.equal(json({ ignition: { version: '3.3.0' }, storage: { luks: [luks] } }, '3.3.0'), '{"ignition":{"version":"3.3.0"},"storage":{"luks":[{"name":"l"}]}}');
});

test('keys a version does not have are dropped', () => {
  assert.equal(json({ ignition: { version: '3.2.0' }, kernelArguments: { shouldExist: ['a'] }, bogus: 1 }, '3.2.0'), '{"ignition":{"version":"3.2.0"}}');
  assert.equal(json({ ignition: { version: '3.3.0' }, kernelArguments: { shouldExist: ['a'] } }, '3.3.0'), '{"ignition":{"version":"3.3.0"},"kernelArguments":{"shouldExist":["a"]}}');
});

test('version gates of the model', () => {
  const has = (struct: string, field: string, v: (typeof IGNITION_VERSIONS)[number]) => structFields(struct, v).fields.some((f) => f.json === field);
  assert.equal(has('Ignition', 'proxy', '3.0.0'), false);
  assert.equal(has('Ignition', 'proxy', '3.1.0'), true);
  assert.equal(has('Storage', 'luks', '3.1.0'), false);
  assert.equal(has('Storage', 'luks', '3.2.0'), true);
  assert.equal(has('Luks', 'cex', '3.4.0'), false);
  assert.equal(has('Luks', 'cex', '3.5.0'), true);
  assert.equal(has('Tang', 'advertisement', '3.3.0'), false);
  assert.equal(has('Tang', 'advertisement', '3.4.0'), true);
  assert.ok(reachableStructs('3.0.0').includes('FileContents'));
  assert.ok(!reachableStructs('3.1.0').includes('FileContents'));
  assert.ok(reachableStructs('3.1.0').includes('Resource'));
});
