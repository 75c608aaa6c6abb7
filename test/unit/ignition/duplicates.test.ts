// Ignition's duplicate checks: keys per list, shared key spaces and exempt lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateIgnitionDuplicates } from '../../../server/src/core/ignition';
import { render } from './helpers';

const dups = (rest: Record<string, unknown>, version: '3.4.0' | '3.0.0' = '3.4.0') =>
  render(validateIgnitionDuplicates({ ignition: { version }, ...rest }, version));

test('files, directories and links share one path space, checked in that field order (corpus duplicate-node-across-kinds-*)', () => {
  assert.deepEqual(dups({ storage: { directories: [{ path: '/x' }], files: [{ path: '/x' }], links: [{ path: '/x', target: '/y' }] } }), [
    'error $.storage.files.0: duplicate entry defined',
    'error $.storage.links.0: duplicate entry defined',
  ]);
  assert.deepEqual(dups({ storage: { files: [{ path: '/a' }, { path: '/b' }, { path: '/a' }] } }), ['error $.storage.files.2: duplicate entry defined']);
});

test('units by name, drop-ins by name within their unit (corpus duplicate-unit, duplicate-dropin)', () => {
  assert.deepEqual(
    dups({ systemd: { units: [{ name: 'a.service', dropins: [{ name: 'x.conf' }, { name: 'x.conf' }] }, { name: 'a.service', dropins: [{ name: 'x.conf' }] }] } }),
    ['error $.systemd.units.1: duplicate entry defined', 'error $.systemd.units.0.dropins.1: duplicate entry defined'],
  );
});

test('partitions by number, else by label, else all unnamed ones collide', () => {
  const parts = [{ number: 1 }, { label: 'a' }, { number: 1, label: 'b' }, { label: 'a' }, { sizeMiB: 1 }, { sizeMiB: 2 }];
  assert.deepEqual(dups({ storage: { disks: [{ device: '/dev/vda', partitions: parts }] } }), [
    'error $.storage.disks.0.partitions.2: duplicate entry defined',
    'error $.storage.disks.0.partitions.3: duplicate entry defined',
    'error $.storage.disks.0.partitions.5: duplicate entry defined',
  ]);
});

test('lists of strings are checked too: ssh keys, user groups, RAID devices, kernel arguments across both lists', () => {
  assert.deepEqual(dups({ passwd: { users: [{ name: 'core', sshAuthorizedKeys: ['k', 'k'], groups: ['wheel', 'wheel'] }] } }), [
    'error $.passwd.users.0.groups.1: duplicate entry defined',
    'error $.passwd.users.0.sshAuthorizedKeys.1: duplicate entry defined',
  ]);
  assert.deepEqual(dups({ kernelArguments: { shouldExist: ['a'], shouldNotExist: ['a'] } }), ['error $.kernelArguments.shouldNotExist.0: duplicate entry defined']);
  assert.deepEqual(dups({ storage: { raid: [{ name: 'md', devices: ['/dev/a', '/dev/a'], options: ['x', 'x'] }] } }), [
    'error $.storage.raid.0.devices.1: duplicate entry defined',
  ]);
});

test('exempt lists: file appends, filesystem and LUKS options', () => {
  assert.deepEqual(
    dups({
      storage: {
        files: [{ path: '/a', append: [{ source: 'data:,x' }, { source: 'data:,x' }] }],
        filesystems: [{ device: '/dev/a', options: ['o', 'o'], mountOptions: ['m', 'm'] }],
        luks: [{ name: 'l', options: ['o', 'o'], openOptions: ['p', 'p'] }],
      },
    }),
    ['error $.storage.luks.0.openOptions.1: duplicate entry defined'],
  );
});

test('merge configs and CA bundles by source (a missing source counts as the empty key); headers by name', () => {
  assert.deepEqual(
    dups({
      ignition: {
        version: '3.4.0',
        config: { merge: [{}, {}, { source: 'https://a' }, { source: 'https://a', httpHeaders: [{ name: 'h' }, { name: 'h' }] }] },
        security: { tls: { certificateAuthorities: [{ source: 'https://c' }, { source: 'https://c' }] } },
      },
    }),
    [
      'error $.ignition.config.merge.1: duplicate entry defined',
      'error $.ignition.config.merge.3: duplicate entry defined',
      'error $.ignition.config.merge.3.httpHeaders.1: duplicate entry defined',
      'error $.ignition.security.tls.certificateAuthorities.1: duplicate entry defined',
    ],
  );
});

test('users, groups, disks, filesystems, luks, raid and tang servers by their names', () => {
  assert.deepEqual(
    dups({
      passwd: { users: [{ name: 'u' }, { name: 'u' }], groups: [{ name: 'g' }, { name: 'g' }] },
      storage: {
        disks: [{ device: '/dev/a' }, { device: '/dev/a' }],
        filesystems: [{ device: '/dev/b' }, { device: '/dev/b' }],
        luks: [{ name: 'l', clevis: { tang: [{ url: 'http://t' }, { url: 'http://t' }] } }, { name: 'l' }],
      },
    }),
    [
      'error $.passwd.groups.1: duplicate entry defined',
      'error $.passwd.users.1: duplicate entry defined',
      'error $.storage.disks.1: duplicate entry defined',
      'error $.storage.filesystems.1: duplicate entry defined',
      'error $.storage.luks.1: duplicate entry defined',
      'error $.storage.luks.0.clevis.tang.1: duplicate entry defined',
    ],
  );
});
