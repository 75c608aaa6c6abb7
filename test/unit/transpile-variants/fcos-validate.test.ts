// fcos source rules (boot_device, grub) against the reference's diagnostics for mutation cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateBootDevice, validateFcosTopLevel, validateGrub } from '../../../server/src/core/transpile/variants/fcos/validate';
import { FCOS_GATES, minorOf } from '../../../server/src/core/transpile/variants/versions';
import { corpusAvailable, formatEntries, loadCase } from './corpus-case';

const CASES = path.resolve(__dirname, '../../../../shared/conformance/cases');
const ids = corpusAvailable() ? fs.readdirSync(CASES).filter((id) => /^mutation--fcos-.*--(boot-device|grub)/.test(id)) : [];

test('the corpus has boot_device and grub mutation cases', { skip: !corpusAvailable() && 'no corpus' }, () => {
  assert.ok(ids.length >= 30, `only ${ids.length} cases`);
});

for (const id of ids) {
  test(`fcos rules match the reference: ${id}`, () => {
    const c = loadCase(id);
    const minor = minorOf(String(c.input.version));
    const ours = [];
    if (minor >= FCOS_GATES.s390x) ours.push(...validateFcosTopLevel(c.input));
    if (minor >= FCOS_GATES.bootDevice) ours.push(...validateBootDevice(c.input, minor));
    if (minor >= FCOS_GATES.grub) ours.push(...validateGrub(c.input));
    // The reference's lines about these sections, minus the unused-key warnings of the decoder.
    const expected = c.diagnostics.filter((l) => / at \$\.(boot_device|grub)/.test(l) && !l.includes('unused key'));
    assert.deepEqual(formatEntries(ours), expected);
  });
}

test('a single mirror device is reported twice, as the reference does', () => {
  const entries = validateBootDevice({ boot_device: { layout: 'x86_64', mirror: { devices: ['/dev/sda'] } } }, 5);
  assert.deepEqual(formatEntries(entries), [
    'error at $.boot_device.mirror.devices: mirroring requires at least two devices',
    'error at $.boot_device.mirror.devices: mirroring requires at least two devices',
  ]);
});

test('reuse by label: warned unless boot disk, wiped table or mirrored device', () => {
  const config = {
    boot_device: { layout: 'x86_64', mirror: { devices: ['/dev/vdc', '/dev/vdd'] } },
    storage: {
      disks: [
        { device: '/dev/vda', partitions: [{ label: 'data' }, { label: 'n', number: 2 }] },
        { device: '/dev/disk/by-id/coreos-boot-disk', partitions: [{ label: 'var' }] },
        { device: '/dev/vdb', wipe_table: true, partitions: [{ label: 'x' }] },
        { device: '/dev/vdc', partitions: [{ label: 'y' }] },
      ],
      filesystems: [
        { device: '/dev/vda1', path: '/srv', with_mount_unit: true },
        { device: '/dev/vda2', path: '/var/lib', with_mount_unit: true },
        { device: '/dev/vda3', path: '/opt' },
      ],
    },
  };
  assert.deepEqual(formatEntries(validateFcosTopLevel(config)), [
    'warning at $.storage.disks.0.partitions.0.number: partitions cannot be reused by label; number must be specified except on boot disk (/dev/disk/by-id/coreos-boot-disk) or when wipe_table is true',
    'error at $.storage.filesystems.0.path: path must be under /etc or /var if with_mount_unit is true',
  ]);
});
