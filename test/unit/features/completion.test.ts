// Completion fixtures: what is offered at a cursor, and the document after accepting an item.
// Expected key sets are the yaml tags of the reference's Go structs for that version
// (Butane v0.29.0 base/v0_x, config/<variant>/<version>).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete } from '../../../server/src/core/features';
import { applyCompletion, fixture, labels, pick } from './markers';

function completeAt(marked: string) {
  const f = fixture(marked);
  return { f, items: complete(f.text, f.cursor) };
}

function accept(marked: string, label: string): string {
  const { f, items } = completeAt(marked);
  return applyCompletion(f.text, pick(items, label));
}

const keyLabels = (marked: string): string[] =>
  completeAt(marked)
    .items.filter((i) => i.kind === 10)
    .map((i) => i.label)
    .sort();

test('root keys of fcos 1.5.0 on an empty line, without the keys already present', () => {
  assert.deepEqual(keyLabels('variant: fcos\nversion: 1.5.0\n‸'), ['boot_device', 'grub', 'ignition', 'kernel_arguments', 'passwd', 'storage', 'systemd']);
});

test('root keys of fcos 1.0.0: no kernel_arguments (base 0.4+), no boot_device (fcos 1.3+), no grub (fcos 1.5+)', () => {
  assert.deepEqual(keyLabels('variant: fcos\nversion: 1.0.0\n‸'), ['ignition', 'passwd', 'storage', 'systemd']);
});

test('openshift root offers metadata and openshift; fcos and flatcar do not', () => {
  const os = keyLabels('variant: openshift\nversion: 4.14.0\n‸');
  assert.ok(os.includes('metadata') && os.includes('openshift') && os.includes('boot_device'));
  for (const other of ['variant: fcos\nversion: 1.6.0\n‸', 'variant: flatcar\nversion: 1.1.0\n‸']) {
    const keys = keyLabels(other);
    assert.ok(!keys.includes('openshift') && !keys.includes('metadata'), other);
  }
  assert.ok(!keyLabels('variant: flatcar\nversion: 1.1.0\n‸').includes('boot_device'));
});

test('`local` under contents exists from fcos 1.1.0 (base 0.2), not in 1.0.0', () => {
  const doc = (v: string) => `variant: fcos\nversion: ${v}\nstorage:\n  files:\n    - path: /etc/a\n      contents:\n        ‸\n`;
  assert.deepEqual(keyLabels(doc('1.0.0')), ['compression', 'inline', 'source', 'verification']);
  assert.deepEqual(keyLabels(doc('1.1.0')), ['compression', 'http_headers', 'inline', 'local', 'source', 'verification']);
});

test('`quadlets` only from fcos 1.8.0-experimental', () => {
  assert.deepEqual(keyLabels('variant: fcos\nversion: 1.7.0\nsystemd:\n  ‸'), ['units']);
  assert.deepEqual(keyLabels('variant: fcos\nversion: 1.8.0-experimental\nsystemd:\n  ‸'), ['quadlets', 'units']);
});

test('after `- ` in a list: the entry keys, inserted with the right indentation', () => {
  const marked = 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - ‸\n';
  assert.deepEqual(keyLabels(marked), ['append', 'contents', 'group', 'mode', 'overwrite', 'path', 'user']);
  assert.equal(accept(marked, 'contents'), 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - contents:\n        \n');
  assert.equal(accept(marked, 'path'), 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: \n');
});

test('keys already in the entry are not offered again; the cursor line itself does not count', () => {
  const marked = 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/a\n      mode: 0644\n      ‸\n    - path: /etc/b\n';
  assert.deepEqual(keyLabels(marked), ['append', 'contents', 'group', 'overwrite', 'user']);
  const below = 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - ‸\n      mode: 0644\n';
  assert.ok(!keyLabels(below).includes('mode'));
});

test('a partly typed key is replaced by the accepted one', () => {
  const marked = 'variant: fcos\nversion: 1.5.0\nstor‸\n';
  const { items } = completeAt(marked);
  assert.equal(pick(items, 'storage').filterText, 'storage');
  assert.equal(accept(marked, 'storage'), 'variant: fcos\nversion: 1.5.0\nstorage:\n  \n');
});

test('renaming a key keeps its value: only the name is inserted', () => {
  assert.equal(accept('variant: fcos\nversion: 1.5.0\nstorage:\n  fi‸les: []\n', 'links'), 'variant: fcos\nversion: 1.5.0\nstorage:\n  links: []\n');
});

test('list and object fields open a nested block at the next indentation level', () => {
  assert.equal(accept('variant: fcos\nversion: 1.5.0\nsystemd:\n  ‸\n', 'units'), 'variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - \n');
  assert.equal(accept('variant: fcos\nversion: 1.5.0\n‸', 'passwd'), 'variant: fcos\nversion: 1.5.0\npasswd:\n  ');
});

test('an empty line at a list’s own level offers new `- ` entries', () => {
  const marked = 'variant: fcos\nversion: 1.5.0\nstorage:\n  links:\n    - path: /etc/a\n      target: /etc/b\n    ‸\n';
  const { items } = completeAt(marked);
  assert.ok(labels(items).includes('- path') && labels(items).includes('- hard'));
  assert.equal(accept(marked, '- path'), 'variant: fcos\nversion: 1.5.0\nstorage:\n  links:\n    - path: /etc/a\n      target: /etc/b\n    - path: \n');
});

test('compact lists (dash at the key’s column) resolve to the right entry', () => {
  const marked = 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /etc/a\n    ‸\n  links:\n  - path: /x\n';
  assert.deepEqual(keyLabels(marked), ['append', 'contents', 'group', 'mode', 'overwrite', 'user']);
  const sibling = 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /etc/a\n  ‸\n';
  assert.ok(!keyLabels(sibling).includes('files'));
  assert.ok(keyLabels(sibling).includes('links'));
});

test('block scalar contents are never completed', () => {
  const marked = 'variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: a.service\n      contents: |\n        [Unit]\n        ‸\n';
  assert.deepEqual(completeAt(marked).items, []);
  // Back at the key column after the block, keys complete again.
  const after = 'variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: a.service\n      contents: |\n        [Unit]\n      ‸\n';
  assert.ok(keyLabels(after).includes('enabled'));
});

test('variant values, and version values for the variant: stable newest first, experimental last and marked', () => {
  const variants = completeAt('variant: ‸\nversion: 1.0.0\n').items;
  assert.deepEqual(labels(variants), ['fcos', 'flatcar', 'openshift', 'r4e', 'fiot']);
  assert.equal(accept('variant: ‸\nversion: 1.0.0\n', 'flatcar'), 'variant: flatcar\nversion: 1.0.0\n');

  const versions = completeAt('variant: flatcar\nversion: ‸\n').items;
  assert.deepEqual(labels(versions), ['1.1.0', '1.0.0', '1.2.0-experimental']);
  assert.match(versions[2].detail ?? '', /experimental/);
  assert.doesNotMatch(versions[0].detail ?? '', /experimental/);
  assert.match(versions[0].detail ?? '', /Ignition 3\.4\.0/);

  const os = labels(completeAt('variant: openshift\nversion: 4.‸\n').items);
  assert.equal(os[0], '4.22.0');
  assert.equal(os[os.length - 1], '4.23.0-experimental');
  assert.equal(os.length, 16);
  // A partly typed value is replaced whole.
  assert.equal(accept('variant: fcos\nversion: 1.‸\n', '1.6.0'), 'variant: fcos\nversion: 1.6.0\n');
});

test('enum values follow the version: s390x layouts only from fcos 1.6.0', () => {
  const at = (v: string) => labels(completeAt(`variant: fcos\nversion: ${v}\nboot_device:\n  layout: ‸\n`).items);
  assert.deepEqual(at('1.5.0'), ['x86_64', 'aarch64', 'ppc64le']);
  assert.deepEqual(at('1.6.0'), ['x86_64', 'aarch64', 'ppc64le', 's390x-eckd', 's390x-virt', 's390x-zfcp']);
  assert.equal(accept('variant: fcos\nversion: 1.6.0\nboot_device:\n  layout: ‸\n', 'aarch64'), 'variant: fcos\nversion: 1.6.0\nboot_device:\n  layout: aarch64\n');
});

test('booleans complete after `key: `, and `key:` without the space gets one', () => {
  const marked = 'variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: a.service\n      enabled: ‸\n';
  assert.deepEqual(labels(completeAt(marked).items), ['true', 'false']);
  assert.equal(accept(marked, 'true'), 'variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: a.service\n      enabled: true\n');
  assert.equal(
    accept('variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: a.service\n      mask:‸\n', 'false'),
    'variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: a.service\n      mask: false\n',
  );
});

test('a boolean key inserts a true/false choice', () => {
  assert.equal(
    accept('variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: a.service\n      ‸\n', 'enabled'),
    'variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: a.service\n      enabled: true\n',
  );
});

test('snippets: a file with inline contents', () => {
  assert.equal(
    accept('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - ‸\n', 'file with inline contents'),
    'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/name\n      contents:\n        inline: \n',
  );
});

test('snippets: a systemd unit with [Unit]/[Service]/[Install], and a drop-in', () => {
  const unit = accept('variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - ‸\n', 'enabled service');
  assert.equal(
    unit,
    'variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: app.service\n      enabled: true\n      contents: |\n        [Unit]\n        Description=\n\n        [Service]\n        ExecStart=\n\n        [Install]\n        WantedBy=multi-user.target\n',
  );
  const dropin = accept('variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n  - ‸\n', 'drop-in');
  // This document writes lists compactly (dash at the key's column), and so does the snippet.
  assert.equal(dropin, 'variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n  - name: unit.service\n    dropins:\n    - name: override.conf\n      contents: |\n        [Service]\n        \n');
  // The empty line is the placeholder where the [Service] settings go.
});

test('snippets: a user with an SSH key, a directory, a link', () => {
  assert.equal(
    accept('variant: flatcar\nversion: 1.1.0\npasswd:\n  users:\n    - ‸\n', 'user with SSH key'),
    'variant: flatcar\nversion: 1.1.0\npasswd:\n  users:\n    - name: core\n      ssh_authorized_keys:\n        - ssh-ed25519 AAAA...\n',
  );
  assert.equal(
    accept('variant: fcos\nversion: 1.4.0\nstorage:\n  directories:\n    - ‸\n', 'directory'),
    'variant: fcos\nversion: 1.4.0\nstorage:\n  directories:\n    - path: /var/lib/app\n      mode: 0755\n',
  );
  assert.equal(
    accept('variant: fcos\nversion: 1.4.0\nstorage:\n  links:\n    - ‸\n', 'symbolic link'),
    'variant: fcos\nversion: 1.4.0\nstorage:\n  links:\n    - path: /etc/localtime\n      target: ../usr/share/zoneinfo/UTC\n',
  );
});

test('snippets: a disk with a filesystem and mount unit, not where the variant refuses disks', () => {
  assert.equal(
    accept('variant: fcos\nversion: 1.5.0\nstorage:\n  ‸\n', 'disk with a filesystem and mount unit'),
    'variant: fcos\nversion: 1.5.0\nstorage:\n  disks:\n    - device: /dev/vdb\n      wipe_table: false\n      partitions:\n        - label: data\n          number: 0\n' +
      '  filesystems:\n    - device: /dev/disk/by-partlabel/data\n      format: xfs\n      path: /var/data\n      with_mount_unit: true\n',
  );
  assert.ok(!labels(completeAt('variant: r4e\nversion: 1.1.0\nstorage:\n  ‸\n').items).includes('disk with a filesystem and mount unit'));
  // with_mount_unit needs base 0.2 (fcos 1.1.0+)
  assert.ok(!labels(completeAt('variant: fcos\nversion: 1.0.0\nstorage:\n  ‸\n').items).includes('disk with a filesystem and mount unit'));
});

test('variants refuse fields: r4e offers no disks, filesystems, luks, raid; no kernel_arguments', () => {
  assert.deepEqual(keyLabels('variant: r4e\nversion: 1.1.0\nstorage:\n  ‸\n'), ['directories', 'files', 'links', 'trees']);
  assert.ok(!keyLabels('variant: fiot\nversion: 1.0.0\n‸').includes('kernel_arguments'));
});

test('an empty document completes variant and version', () => {
  const { f, items } = completeAt('‸');
  assert.ok(labels(items).includes('variant') && labels(items).includes('version'));
  assert.equal(applyCompletion(f.text, pick(items, 'variant')), 'variant: fcos');
});

test('no completion inside comments or after a value that takes none', () => {
  assert.deepEqual(completeAt('variant: fcos\nversion: 1.5.0\n# sto‸').items, []);
  assert.deepEqual(completeAt('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/‸').items, []);
});

test('an empty document offers a header per variant at its newest stable version', () => {
  const { f, items } = completeAt('‸');
  assert.equal(applyCompletion(f.text, pick(items, 'flatcar 1.1.0 config')), 'variant: flatcar\nversion: 1.1.0\n');
  assert.ok(labels(items).includes('openshift 4.22.0 config'));
  assert.ok(!labels(completeAt('variant: fcos\n‸').items).some((l) => l.endsWith(' config')));
});

test('insertions follow the document’s indentation: 4 spaces, compact lists', () => {
  const four = 'variant: fcos\nversion: 1.5.0\nstorage:\n    files:\n        - path: /a\n‸\n';
  assert.equal(accept(four, 'systemd'), 'variant: fcos\nversion: 1.5.0\nstorage:\n    files:\n        - path: /a\nsystemd:\n    \n');
  const compact = 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /a\n  ‸\n';
  assert.equal(accept(compact, 'links'), 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /a\n  links:\n  - \n');
  assert.equal(
    accept('variant: fcos\nversion: 1.5.0\npasswd:\n    users:\n        - name: a\n        - ‸\n', 'user with SSH key'),
    'variant: fcos\nversion: 1.5.0\npasswd:\n    users:\n        - name: a\n        - name: core\n          ssh_authorized_keys:\n              - ssh-ed25519 AAAA...\n',
  );
});

test('openshift metadata.labels suggests the role label the reference requires', () => {
  const marked = 'variant: openshift\nversion: 4.14.0\nmetadata:\n  name: x\n  labels:\n    ‸\n';
  assert.equal(accept(marked, 'machineconfiguration.openshift.io/role'), 'variant: openshift\nversion: 4.14.0\nmetadata:\n  name: x\n  labels:\n    machineconfiguration.openshift.io/role: worker\n');
  const present = 'variant: openshift\nversion: 4.14.0\nmetadata:\n  labels:\n    machineconfiguration.openshift.io/role: worker\n    ‸\n';
  assert.deepEqual(completeAt(present).items, []);
});

test('value completion keeps a trailing comment and replaces a value after the cursor', () => {
  assert.equal(
    accept('variant: fcos\nversion: 1.5.0\nstorage:\n  filesystems:\n  - format: ‸  # pick one\n', 'ext4'),
    'variant: fcos\nversion: 1.5.0\nstorage:\n  filesystems:\n  - format: ext4  # pick one\n',
  );
  assert.equal(
    accept('variant: fcos\nversion: 1.5.0\nstorage:\n  filesystems:\n  - format: ‸xfs\n', 'btrfs'),
    'variant: fcos\nversion: 1.5.0\nstorage:\n  filesystems:\n  - format: btrfs\n',
  );
});

test('below a compact list, the line can continue the list or add a sibling key', () => {
  const marked = 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /etc/a\n  ‸\n';
  const items = completeAt(marked).items;
  assert.ok(labels(items).includes('links') && labels(items).includes('- path'));
  const firstEntry = items.findIndex((i) => i.label.startsWith('- '));
  assert.ok(items.filter((i) => !i.label.startsWith('- ')).every((i) => i.sortText < items[firstEntry].sortText), 'sibling keys sort first');
  assert.equal(accept(marked, '- path'), 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /etc/a\n  - path: \n');
});
