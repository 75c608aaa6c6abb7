// Rule (Ignition's merge transcript, used when boot_device/grub sugar is merged under the user's
// config): a plain (non-pointer) field left at its zero value, such as a tang url "", is not
// recorded. A finding on it therefore has no source mapping: the reference prints the output
// path (here luks.1, after the generated root volume) positioned at the nearest source node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './run';
import { mergeIgnition } from '../../../server/src/core/transpile/flow/merge';

for (const version of ['1.4.0', '1.6.0']) {
  test(`fcos ${version}: empty tang url of a merged luks volume stays unmapped`, () => {
    const r = run(`variant: fcos
version: ${version}
boot_device:
  luks:
    tpm2: true
storage:
  luks:
    - name: data
      device: /dev/vdb
      clevis:
        tang:
          - url: ""
            thumbprint: abc
`);
    assert.equal(r.result.fatal, 'config generated was invalid');
    assert.deepEqual(r.lines, ['error at $.storage.luks.1.clevis.tang.0.url, line 8 col 5: invalid url scheme']);
  });
}

test('transcript: zero plain fields are skipped, pointers to zero values are kept', () => {
  const parent = { storage: { luks: [{ name: 'root', device: '/dev/a' }] } };
  const child = { ignition: { version: '3.4.0' }, storage: { luks: [{ name: 'x', device: '', clevis: { tang: [{ url: '', thumbprint: '' }] } }] } };
  const { transcript } = mergeIgnition(parent, child);
  const to = transcript.filter((m) => m.side === 'child').map((m) => m.to.join('.'));
  assert.ok(to.includes('storage.luks.1.name'));
  assert.ok(!to.includes('storage.luks.1.clevis.tang.0.url'), 'tang url is a plain string');
  assert.ok(to.includes('storage.luks.1.clevis.tang.0.thumbprint'), 'thumbprint is a pointer');
  assert.ok(to.includes('storage.luks.1.device'), 'luks device is a pointer');
});
