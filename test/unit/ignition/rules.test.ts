// One check per Ignition rule: a small config, the message and json path the reference reports.
// Messages are the ones recorded in the corpus (case named in each test) or Ignition's errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IgnitionVersion } from '../../../server/src/core/ignition';
import { findings } from './helpers';

const cfg = (version: IgnitionVersion, rest: Record<string, unknown>): Record<string, unknown> => ({ ignition: { version }, ...rest });
const check = (version: IgnitionVersion, rest: Record<string, unknown>): string[] => findings(cfg(version, rest), version);
const files = (...f: unknown[]) => ({ storage: { files: f } });

test('ignition.version must parse and be the spec version', () => {
  assert.deepEqual(findings({ ignition: { version: '3.4' } }, '3.4.0'), ["error $.ignition.version: invalid config version (couldn't parse)"]);
  assert.deepEqual(findings({ ignition: { version: '3.3.0' } }, '3.4.0'), ['error $.ignition.version: unsupported config version']);
  assert.deepEqual(findings({ ignition: { version: '3.7.0-experimental' } }, '3.7.0-experimental'), []);
});

test('node paths: required, absolute, clean (corpus path-relative-file, path-dirty)', () => {
  assert.deepEqual(check('3.4.0', files({ path: 'etc/x' })), ['error $.storage.files.0.path: path not absolute']);
  assert.deepEqual(check('3.4.0', files({ path: '/etc//x' })), ['error $.storage.files.0.path: path is not fully simplified']);
  assert.deepEqual(check('3.4.0', files({ path: '/etc/x/' })), ['error $.storage.files.0.path: path is not fully simplified']);
  assert.deepEqual(check('3.4.0', files({})), ['error $.storage.files.0.path: path not specified']);
  assert.deepEqual(check('3.4.0', { storage: { directories: [{ path: '/a/../b' }] } }), ['error $.storage.directories.0.path: path is not fully simplified']);
});

test('modes: illegal range is an error; special bits warn before 3.6.0 only (corpus mode-illegal)', () => {
  assert.deepEqual(check('3.3.0', files({ path: '/a', mode: 99999 })), [
    'error $.storage.files.0.mode: illegal file mode',
    'warning $.storage.files.0.mode: setuid/setgid/sticky bits are not supported or functional in spec versions older than 3.6.0',
  ]);
  assert.deepEqual(check('3.6.0', files({ path: '/a', mode: 0o4755 })), []);
  assert.deepEqual(check('3.5.0', { storage: { directories: [{ path: '/a', mode: 0o1777 }] } }), [
    'warning $.storage.directories.0.mode: setuid/setgid/sticky bits are not supported or functional in spec versions older than 3.6.0',
  ]);
  assert.deepEqual(check('3.6.0', files({ path: '/a', mode: -1 })), ['error $.storage.files.0.mode: illegal file mode']);
});

test('overwrite needs a source; verification needs a source (corpus subset s0)', () => {
  assert.deepEqual(check('3.0.0', files({ path: '/a', overwrite: true, contents: { verification: { hash: 'sha512-' + 'a'.repeat(128) } } })), [
    'error $.storage.files.0.overwrite: overwrite must be false if source is unspecified',
    'error $.storage.files.0.contents.verification.hash: source must be specified if verification is specified',
  ]);
});

test('owners: id and name together', () => {
  assert.deepEqual(check('3.2.0', files({ path: '/a', user: { id: 1, name: 'x' }, group: { id: 1, name: 'y' } })), [
    'error $.storage.files.0.group: cannot set both id and name',
    'error $.storage.files.0.user: cannot set both id and name',
  ]);
});

test('hashes: function per version, digest length, shape', () => {
  const withHash = (hash: string) => files({ path: '/a', contents: { source: 'https://x/y', verification: { hash } } });
  assert.deepEqual(check('3.0.0', withHash('sha256-' + 'a'.repeat(64))), ['error $.storage.files.0.contents.verification.hash: unrecognized hash function']);
  assert.deepEqual(check('3.1.0', withHash('sha256-' + 'a'.repeat(64))), []);
  assert.deepEqual(check('3.4.0', withHash('sha512-abc')), ['error $.storage.files.0.contents.verification.hash: incorrect size for hash sum']);
  assert.deepEqual(check('3.4.0', withHash('sha512')), ['error $.storage.files.0.contents.verification.hash: malformed hash specifier']);
  assert.deepEqual(check('3.4.0', withHash('md5-abc')), ['error $.storage.files.0.contents.verification.hash: unrecognized hash function']);
});

test('compression and HTTP headers of resources (corpus http headers cases)', () => {
  assert.deepEqual(check('3.4.0', files({ path: '/a', contents: { source: 'https://x/y', compression: 'xz' } })), [
    'error $.storage.files.0.contents.compression: invalid compression method',
  ]);
  assert.deepEqual(check('3.4.0', files({ path: '/a', contents: { source: 'data:,x', httpHeaders: [{ name: 'A', value: 'b' }] } })), [
    'error $.storage.files.0.contents.httpHeaders: cannot use HTTP headers with this source scheme',
  ]);
  // The resource's own rule runs before the rules of its headers.
  assert.deepEqual(check('3.4.0', files({ path: '/a', contents: { httpHeaders: [{ name: '', value: '' }] } })), [
    'error $.storage.files.0.contents.httpHeaders: unable to parse url',
    "error $.storage.files.0.contents.httpHeaders.0.name: HTTP header name can't be empty",
    'error $.storage.files.0.contents.httpHeaders.0.value: unable to parse HTTP header',
  ]);
});

test('merge configs and CA bundles need a source from 3.1.0; in 3.0.0 CA sources are plain strings', () => {
  const ign = (version: IgnitionVersion, extra: Record<string, unknown>) => ({ ignition: { version, ...extra } });
  assert.deepEqual(findings(ign('3.4.0', { config: { merge: [{}], replace: { httpHeaders: [{ name: 'a', value: 'b' }] } } }), '3.4.0'), [
    'error $.ignition.config.merge.0: source is required',
    'error $.ignition.config.replace.httpHeaders: unable to parse url',
  ]);
  assert.deepEqual(findings(ign('3.4.0', { security: { tls: { certificateAuthorities: [{ source: 'ftp://x' }] } } }), '3.4.0'), [
    'error $.ignition.security.tls.certificateAuthorities.0: invalid url scheme',
    'error $.ignition.security.tls.certificateAuthorities.0.source: invalid url scheme',
  ]);
  assert.deepEqual(findings(ign('3.0.0', { security: { tls: { certificateAuthorities: [{ source: '' }] } } }), '3.0.0'), [
    'error $.ignition.security.tls.certificateAuthorities.0.source: invalid url scheme',
  ]);
  assert.deepEqual(findings(ign('3.0.0', { config: { merge: [{ source: null }] } }), '3.0.0'), []);
});

test('proxies: http(s) only; plain http for HTTPS resources warns', () => {
  const proxy = (p: Record<string, unknown>) => ({ ignition: { version: '3.4.0', proxy: p } });
  assert.deepEqual(findings(proxy({ httpProxy: 'socks5://x', httpsProxy: 'http://x' }), '3.4.0'), [
    'error $.ignition.proxy.httpProxy: proxies must be http(s)',
    'warning $.ignition.proxy.httpsProxy: insecure plaintext HTTP proxy specified for HTTPS resources',
  ]);
  assert.deepEqual(findings(proxy({ httpProxy: 'http://[::1' }), '3.4.0'), ['error $.ignition.proxy.httpProxy: unable to parse url']);
});

test('links: targets, links inside links, hard links to directories and owners (corpus link-problems)', () => {
  const storage = {
    directories: [{ path: '/d' }, { path: '/l4/sub' }],
    files: [{ path: '/l4/f' }],
    links: [
      { path: '/l0' },
      { path: '/l1', target: '/d', hard: true },
      { path: '/l2', target: '/f', hard: true, user: { id: 1 }, group: { name: 'g' } },
      { path: '/l3', target: 'x' },
      { path: '/l4', target: '/d' },
      { path: '/l4/l5', target: '/d' },
    ],
  };
  assert.deepEqual(check('3.4.0', { storage }), [
    'error $.storage.directories.1: directory path includes link in config',
    'error $.storage.files.0: file path includes link in config',
    'error $.storage.links.0.target: link target is required',
    'error $.storage.links.1: hard link target is a directory',
    'warning $.storage.links.2.user.id: user/group ignored for hard link',
    'warning $.storage.links.2.group.name: user/group ignored for hard link',
    'error $.storage.links.5: link path includes link in config',
  ]);
  // Before 3.3.0 the target is a plain string and not required.
  assert.deepEqual(check('3.2.0', { storage: { links: [{ path: '/l0' }] } }), []);
  // Ignition joins a relative hard link target to the link's own path (not its directory).
  assert.deepEqual(check('3.4.0', { storage: { directories: [{ path: '/a/b/d' }], links: [{ path: '/a/b/l', target: 'd', hard: true }] } }), []);
  assert.deepEqual(check('3.4.0', { storage: { directories: [{ path: '/a/b/l/d' }], links: [{ path: '/a/b/l', target: 'd', hard: true }] } }), [
    'error $.storage.directories.0: directory path includes link in config',
    'error $.storage.links.0: hard link target is a directory',
  ]);
});

test('paths of units and drop-ins must not be written as files too (corpus path-conflicts-systemd)', () => {
  const systemd = { units: [{ name: 'a.service', contents: '[Unit]\n', dropins: [{ name: 'b.conf', contents: '[Service]\n' }] }, { name: 'c.service' }] };
  const storage = {
    files: [{ path: '/etc/systemd/system/a.service' }, { path: '/etc/systemd/system/c.service' }],
    directories: [{ path: '/etc/systemd/system/a.service.d/b.conf' }],
  };
  assert.deepEqual(check('3.4.0', { storage, systemd }), [
    'error $.storage.files.0.path: path conflicts with systemd unit or dropin',
    'error $.storage.directories.0.path: path conflicts with systemd unit or dropin',
  ]);
});

test('disks and partitions', () => {
  const disk = (partitions: unknown[], extra: Record<string, unknown> = {}) => ({ storage: { disks: [{ device: '/dev/vda', partitions, ...extra }] } });
  assert.deepEqual(check('3.4.0', { storage: { disks: [{ device: '' }] } }), ['error $.storage.disks.0.device: disk device is required']);
  assert.deepEqual(check('3.4.0', { storage: { disks: [{ device: 'vda' }] } }), ['error $.storage.disks.0.device: path not absolute']);
  assert.deepEqual(check('3.4.0', disk([{ sizeMiB: 5 }])), ['error $.storage.disks.0.partitions.0: a partition number >= 1 or a label must be specified']);
  assert.deepEqual(check('3.4.0', disk([{ number: 1 }, { number: 1, label: 'b' }])), [
    'error $.storage.disks.0.partitions.1: duplicate entry defined',
    'error $.storage.disks.0.partitions.1: partition numbers collide',
  ]);
  assert.deepEqual(check('3.4.0', disk([{ number: 1, startMiB: 10, sizeMiB: 10 }, { number: 2, startMiB: 15, sizeMiB: 10 }])), [
    'error $.storage.disks.0.partitions.1: partitions overlap',
  ]);
  assert.deepEqual(check('3.4.0', disk([{ number: 1, shouldExist: false }, { label: 'x' }])), [
    'error $.storage.disks.0.partitions: shouldExist is false for a partition and other partition(s) has start or size 0',
  ]);
  assert.deepEqual(check('3.4.0', disk([{ number: 1, label: 'a' }, { number: 2, label: 'a' }])), [
    'error $.storage.disks.0.partitions: cannot use the same partition label twice'.replace('partitions:', 'partitions.1:'),
  ]);
  assert.deepEqual(check('3.4.0', disk([{ number: 1, shouldExist: false, label: 'x' }])), [
    'error $.storage.disks.0.partitions.0: shouldExist specified false with other options also specified',
  ]);
  assert.deepEqual(check('3.4.0', disk([{ number: 1, label: 'a'.repeat(37), guid: 'nope', typeGuid: '' }, { number: 2, label: 'a:b' }])), [
    'error $.storage.disks.0.partitions.0.label: partition labels may not exceed 36 characters',
    'error $.storage.disks.0.partitions.0.guid: doesn\'t match the form "01234567-89AB-CDEF-EDCB-A98765432101"',
    'error $.storage.disks.0.partitions.1.label: partition label will be truncated to text before the colon',
  ]);
});

test('filesystems: formats per version, label limits, disks they overwrite', () => {
  const fs = (version: IgnitionVersion, f: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    check(version, { storage: { filesystems: [{ device: '/dev/vdb', ...f }], ...extra } });
  assert.deepEqual(fs('3.2.0', { format: 'none' }), ['error $.storage.filesystems.0.format: invalid filesystem format']);
  assert.deepEqual(fs('3.3.0', { format: 'none' }), []);
  assert.deepEqual(fs('3.4.0', { format: 'toString' }), ['error $.storage.filesystems.0.format: invalid filesystem format']);
  assert.deepEqual(fs('3.4.0', { path: '/var' }), [
    'error $.storage.filesystems.0.format: format cannot be empty when path, label, uuid, wipeFilesystem, options, or mountOptions is specified',
  ]);
  assert.deepEqual(fs('3.4.0', { format: 'ext4', label: 'x'.repeat(17) }), [
    'error $.storage.filesystems.0.label: filesystem labels cannot be longer than 16 characters when using ext4',
  ]);
  assert.deepEqual(fs('3.4.0', { format: 'vfat', label: 'x'.repeat(12) }), [
    'error $.storage.filesystems.0.label: filesystem labels cannot be longer than 11 characters when using vfat',
  ]);
  assert.deepEqual(fs('3.4.0', { format: '', label: 'x', path: 'rel' }), [
    'error $.storage.filesystems.0.path: path not absolute',
    'error $.storage.filesystems.0.format: format cannot be empty when path, label, uuid, wipeFilesystem, options, or mountOptions is specified',
    'error $.storage.filesystems.0.label: filesystem must specify format if label is specified',
  ]);
  assert.deepEqual(fs('3.4.0', { format: 'ext4' }, { disks: [{ device: '/dev/vdb', partitions: [{ number: 1 }] }] }), [
    'warning $.storage.filesystems.0.device: filesystem overwrites partitioned device',
  ]);
  assert.deepEqual(fs('3.4.0', { format: 'ext4' }, { disks: [{ device: '/dev/vdb', wipeTable: true }] }), [
    'warning $.storage.filesystems.0.device: device matches disk with wipeTable enabled; filesystem will be wiped',
  ]);
});

test('raid: level per version, spares, devices', () => {
  const raid = (version: IgnitionVersion, r: Record<string, unknown>) => check(version, { storage: { raid: [{ name: 'md', ...r }] } });
  assert.deepEqual(raid('3.4.0', { devices: ['/dev/a'] }), ['error $.storage.raid.0.level: raid level is required']);
  assert.deepEqual(raid('3.2.0', { devices: ['/dev/a'] }), ['error $.storage.raid.0.level: unrecognized raid level']);
  assert.deepEqual(raid('3.4.0', { level: 'raid0', spares: 1, devices: ['/dev/a'] }), [
    'error $.storage.raid.0.level: spares unsupported for linear and raid0 arrays',
  ]);
  assert.deepEqual(raid('3.4.0', { level: 'raid1' }), ['error $.storage.raid.0.devices: raid devices required']);
  assert.deepEqual(raid('3.4.0', { level: 'raid1', devices: ['dev/a', '/dev/b', '/dev/b'] }), [
    'error $.storage.raid.0.devices.2: duplicate entry defined',
    'error $.storage.raid.0.devices.0: path not absolute',
  ]);
});

test('luks, clevis, tang and cex', () => {
  const luks = (version: IgnitionVersion, l: Record<string, unknown>) => check(version, { storage: { luks: [{ name: 'root', device: '/dev/vda', ...l }] } });
  assert.deepEqual(luks('3.4.0', { name: 'a/b', label: 'x'.repeat(48) }), [
    'error $.storage.luks.0.name: device names cannot contain slashes',
    'error $.storage.luks.0.label: luks device labels cannot be longer than 47 characters',
  ]);
  assert.deepEqual(luks('3.4.0', { device: undefined, keyFile: { source: 'ftp://x' } }), [
    'error $.storage.luks.0.device: disk device is required',
    'error $.storage.luks.0.keys: invalid key-file source',
    'error $.storage.luks.0.keyFile.source: invalid url scheme',
  ]);
  assert.deepEqual(luks('3.4.0', { clevis: { custom: { pin: 'tpm2', config: '{}' }, tpm2: true } }), [
    'error $.storage.luks.0.clevis: cannot use custom clevis config with tpm2, tang, or threshold',
  ]);
  assert.deepEqual(luks('3.5.0', { clevis: { custom: { pin: 'bogus' } } }), [
    'error $.storage.luks.0.clevis.custom.pin: unsupported clevis pin',
    'error $.storage.luks.0.clevis.custom.config: missing required custom clevis config',
  ]);
  assert.deepEqual(luks('3.6.0', { clevis: { custom: { pin: 'bogus', config: 'x' } } }), []);
  assert.deepEqual(luks('3.6.0', { clevis: { custom: { needsNetwork: true } } }), [
    'error $.storage.luks.0.clevis.custom.pin: missing required custom clevis pin',
    'error $.storage.luks.0.clevis.custom.config: missing required custom clevis config',
  ]);
  // 3.2.0: custom is a pointer with plain-string pin and config.
  assert.deepEqual(luks('3.2.0', { clevis: { custom: { pin: 'x', config: '' } } }), [
    'error $.storage.luks.0.clevis.custom.pin: unsupported clevis pin',
    'error $.storage.luks.0.clevis.custom.config: missing required custom clevis config',
  ]);
  assert.deepEqual(luks('3.4.0', { clevis: { tang: [{ url: 'ftp://t' }] } }), [
    'error $.storage.luks.0.clevis.tang.0.url: invalid url scheme',
    'error $.storage.luks.0.clevis.tang.0.thumbprint: thumbprint is required',
  ]);
  assert.deepEqual(luks('3.4.0', { clevis: { tang: [{ url: 'http://t', thumbprint: 'x', advertisement: '{' }] } }), [
    'error $.storage.luks.0.clevis.tang.0.advertisement: advertisement is not valid JSON',
  ]);
  assert.deepEqual(luks('3.5.0', { cex: { enabled: true }, clevis: { tpm2: true } }), ['error $.storage.luks.0.cex: cannot use cex with clevis']);
  assert.deepEqual(luks('3.5.0', { cex: { enabled: true }, keyFile: { source: 'data:,k' } }), ['error $.storage.luks.0.cex: cannot use key file with cex']);
});

test('units: extensions, contents, install sections (corpus unit-* and dropin-* mutations)', () => {
  const units = (version: IgnitionVersion, u: unknown[]) => check(version, { systemd: { units: u } });
  assert.deepEqual(units('3.4.0', [{ name: 'x.txt' }]), ['error $.systemd.units.0.name: invalid systemd unit extension']);
  assert.deepEqual(units('3.4.0', [{ name: 'x.service', contents: '[Unit' }]), ['error $.systemd.units.0.contents: invalid unit content: unable to find end of section']);
  assert.deepEqual(units('3.4.0', [{ name: 'noinstall.service', enabled: true, contents: '[Service]\nExecStart=/bin/true\n' }]), [
    'warning $.systemd.units.0.contents: unit "noinstall.service" is enabled, but has no install section so enable does nothing',
  ]);
  // An [Install] header without options does not count.
  assert.deepEqual(units('3.4.0', [{ name: 'a.service', enabled: true, contents: '[Service]\nType=oneshot\n[Install]\n' }]), [
    'warning $.systemd.units.0.contents: unit "a.service" is enabled, but has no install section so enable does nothing',
  ]);
  assert.deepEqual(units('3.4.0', [{ name: 'a.service', enabled: true, contents: '[Install]\nWantedBy=multi-user.target\n' }]), []);
  assert.deepEqual(units('3.4.0', [{ name: 'a.service', enabled: true, contents: '' }]), []);
  assert.deepEqual(units('3.4.0', [{ name: 'a.service', dropins: [{ name: 'x.txt', contents: '[X' }] }]), [
    'error $.systemd.units.0.dropins.0.contents: invalid unit content: unable to find end of section',
    'error $.systemd.units.0.dropins.0.name: invalid systemd drop-in extension',
  ]);
  // corpus unit-template-no-install
  assert.deepEqual(
    units('3.4.0', [
      { name: 'worker@.service', contents: '[Service]\nExecStart=/bin/true\n' },
      { name: 'worker@1.service', enabled: true },
      { name: 'worker@2.service', enabled: true },
    ]),
    [
      'warning $.systemd.units.1.contents: template unit "worker@.service" for "worker@1.service" doesn\'t have Install section',
      'warning $.systemd.units.2.contents: template unit "worker@.service" for "worker@2.service" doesn\'t have Install section',
    ],
  );
});

test('rules walk in struct order: root rule, then ignition, storage (its own rule before its lists), systemd', () => {
  const config = {
    ignition: { version: '3.4.0', proxy: { httpProxy: 'ftp://p' } },
    storage: { files: [{ path: 'rel', mode: 0o10000 }], links: [{ path: '/l' }] },
    systemd: { units: [{ name: 'bad' }] },
  };
  assert.deepEqual(findings(config, '3.4.0'), [
    'error $.ignition.proxy.httpProxy: proxies must be http(s)',
    'error $.storage.links.0.target: link target is required',
    'error $.storage.files.0.path: path not absolute',
    'error $.storage.files.0.mode: illegal file mode',
    'error $.systemd.units.0.name: invalid systemd unit extension',
  ]);
});
