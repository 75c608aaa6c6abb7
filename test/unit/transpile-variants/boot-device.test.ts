// boot_device sugar against the reference's recorded output for the corpus's sugar cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processBootDevice } from '../../../server/src/core/transpile/variants/fcos/boot-device';
import { minorOf } from '../../../server/src/core/transpile/variants/versions';
import { TranslationSet } from '../../../server/src/core/transpile/translation-set';
import { corpusAvailable, loadCase } from './corpus-case';

const skip = !corpusAvailable() && 'conformance corpus not available';

/** Cases whose source has nothing but the header and boot_device. */
const BOOT_DEVICE_ONLY = [
  'sugar--fcos-1.4.0--boot-device-variants-ppc64le',
  'sugar--fcos-1.5.0--boot-device-variants-mirror',
  'sugar--fcos-1.5.0--boot-device-variants-mirror-luks',
  'sugar--fcos-1.6.0--boot-device-variants-threshold',
  'sugar--fcos-1.7.0--boot-device-variants-cex-eckd',
  'sugar--fcos-1.7.0--boot-device-variants-cex-virt',
  'sugar--fcos-1.8.0-exp--boot-device-variants-eckd',
];

for (const id of BOOT_DEVICE_ONLY) {
  test(`boot_device renders the reference's storage: ${id}`, { skip }, () => {
    const c = loadCase(id);
    const version = String(c.input.version);
    const expected = c.output as { ignition: unknown; storage: unknown };
    const start = { ignition: expected.ignition };
    const { ignition } = processBootDevice(c.input, minorOf(version), start, new TranslationSet());
    assert.deepEqual(ignition, expected);
  });
}

test('boot_device merges under the user storage (mirror plus a user RAID on the same disks)', { skip }, () => {
  const c = loadCase('sugar--fcos-1.7.0--boot-device-with-user-storage');
  // The user's storage section as the base layer translates it (camelCase, fields as given).
  const user = {
    ignition: { version: '3.6.0' },
    storage: {
      disks: [
        { device: '/dev/sda', partitions: [{ label: 'var-1', sizeMiB: 0 }] },
        { device: '/dev/sdb', partitions: [{ label: 'var-2', sizeMiB: 0 }] },
      ],
      raid: [{ name: 'md-var', level: 'raid1', devices: ['/dev/disk/by-partlabel/var-1', '/dev/disk/by-partlabel/var-2'] }],
      filesystems: [{ device: '/dev/md/md-var', path: '/var', format: 'xfs', wipeFilesystem: true }],
    },
  };
  const userTs = new TranslationSet();
  userTs.add(['storage', 'raid', 0, 'name'], ['storage', 'raid', 0, 'name']);
  const { ignition, translations } = processBootDevice(c.input, 7, user, userTs);
  assert.deepEqual((ignition as { storage: unknown }).storage, (c.output as { storage: unknown }).storage);
  // The user's RAID lands after the two generated ones and keeps its own source.
  assert.deepEqual(translations.lookup(['storage', 'raid', 2, 'name'])?.from, ['storage', 'raid', 0, 'name']);
  // Generated entries point at the boot_device section.
  assert.deepEqual(translations.lookup(['storage', 'raid', 0, 'name'])?.from, ['boot_device', 'mirror']);
  assert.deepEqual(translations.lookup(['storage', 'disks', 1, 'partitions', 0, 'label'])?.from, ['boot_device', 'mirror', 'devices', 1]);
  assert.deepEqual(translations.lookup(['storage', 'filesystems', 3, 'device'])?.from, ['boot_device']);
});

test('boot_device without luks or mirror leaves the config alone', () => {
  const start = { ignition: { version: '3.4.0' } };
  const ts = new TranslationSet();
  const out = processBootDevice({ boot_device: { layout: 'aarch64' } }, 5, start, ts);
  assert.equal(out.ignition, start);
  assert.equal(out.translations, ts);
});

test('luks settings map back to boot_device.luks', () => {
  const c = loadCase('sugar--fcos-1.6.0--boot-device-variants-threshold');
  const { translations } = processBootDevice(c.input, 6, { ignition: { version: '3.5.0' } }, new TranslationSet());
  assert.deepEqual(translations.lookup(['storage', 'luks', 0, 'clevis', 'threshold'])?.from, ['boot_device', 'luks', 'threshold']);
  assert.deepEqual(translations.lookup(['storage', 'luks', 0, 'device'])?.from, ['boot_device', 'luks']);
  assert.deepEqual(translations.lookup(['storage', 'luks', 0, 'clevis', 'tang', 0, 'url'])?.from, ['boot_device', 'luks', 'tang', 0, 'url']);
});
