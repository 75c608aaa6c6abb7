// The translate flow's building blocks: report path mapping and Ignition's merge semantics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snakeCase, translateReportPaths } from '../../../server/src/core/transpile/flow/report-paths';
import { mergeIgnition, mergeTranslatedConfigs } from '../../../server/src/core/transpile/flow/merge';
import { descend, remapTargets } from '../../../server/src/core/transpile/flow/translation-ops';
import { TranslationSet } from '../../../server/src/core/transpile/translation-set';
import { ReportEntry } from '../../../server/src/core/types';

test('snake case as the reference converts json keys', () => {
  assert.equal(snakeCase('sizeMiB'), 'size_mib');
  assert.equal(snakeCase('startMiB'), 'start_mib');
  assert.equal(snakeCase('httpHeaders'), 'http_headers');
  assert.equal(snakeCase('wipeFilesystem'), 'wipe_filesystem');
  assert.equal(snakeCase('storage'), 'storage');
});

test('json paths map through the translation set, or fall back to snake case', () => {
  const ts = new TranslationSet();
  ts.add(['boot_device', 'mirror'], ['storage', 'raid', 0]);
  const entry = (path: (string | number)[], tag: 'json' | 'yaml' = 'json'): ReportEntry => ({ kind: 'error', tag, path, message: 'm', code: 'c' });
  const [mapped, fallback, yaml] = translateReportPaths(
    [entry(['storage', 'raid', 0]), entry(['storage', 'disks', 0, 'partitions', 1, 'sizeMiB']), entry(['wipeTable'], 'yaml')],
    ts,
  );
  assert.deepEqual([mapped.tag, mapped.path], ['yaml', ['boot_device', 'mirror']]);
  // Unmapped paths keep their json tag, as in the reference.
  assert.deepEqual([fallback.tag, fallback.path], ['json', ['storage', 'disks', 0, 'partitions', 1, 'size_mib']]);
  assert.deepEqual(yaml.path, ['wipeTable']);
});

test('merge: keyed lists merge by key, child fields win, new child items follow', () => {
  const parent = { storage: { disks: [{ device: '/dev/sda', partitions: [{ label: 'root-1' }], wipeTable: true }] } };
  const child = {
    ignition: { version: '3.4.0' },
    storage: { disks: [{ device: '/dev/sdb' }, { device: '/dev/sda', wipeTable: false, partitions: [{ label: 'var-1', sizeMiB: 0 }] }] },
  };
  const { result } = mergeIgnition(parent, child);
  assert.deepEqual(result, {
    ignition: { version: '3.4.0' },
    storage: {
      disks: [
        { device: '/dev/sda', partitions: [{ label: 'root-1' }, { label: 'var-1', sizeMiB: 0 }], wipeTable: false },
        { device: '/dev/sdb' },
      ],
    },
  });
});

test('merge: options and append lists are concatenated, not merged', () => {
  const parent = { storage: { raid: [{ name: 'md', options: ['--metadata=1.0'] }], files: [{ path: '/f', append: [{ source: 'data:,a' }] }] } };
  const child = { storage: { raid: [{ name: 'md', options: ['--metadata=1.0'] }], files: [{ path: '/f', append: [{ source: 'data:,a' }] }] } };
  const { result } = mergeIgnition(parent, child);
  assert.deepEqual(result, {
    storage: {
      raid: [{ name: 'md', options: ['--metadata=1.0', '--metadata=1.0'] }],
      files: [{ path: '/f', append: [{ source: 'data:,a' }, { source: 'data:,a' }] }],
    },
  });
});

test('merge: a child directory replaces a parent file at the same path', () => {
  const { result } = mergeIgnition({ storage: { files: [{ path: '/x' }] } }, { storage: { directories: [{ path: '/x' }] } });
  assert.deepEqual(result, { storage: { files: [], directories: [{ path: '/x' }] } });
});

test('merged translations prefer the child where both sides reach a result path', () => {
  const parentTs = new TranslationSet();
  parentTs.add(['boot_device'], ['storage', 'disks', 0, 'device']);
  parentTs.add(['boot_device'], ['storage', 'disks', 0, 'wipeTable']);
  const childTs = new TranslationSet();
  childTs.add(['storage', 'disks', 0, 'device'], ['storage', 'disks', 0, 'device']);
  const { translations } = mergeTranslatedConfigs(
    { storage: { disks: [{ device: '/dev/sda', wipeTable: true }] } },
    parentTs,
    { storage: { disks: [{ device: '/dev/sda' }] } },
    childTs,
  );
  assert.deepEqual(translations.lookup(['storage', 'disks', 0, 'device'])?.from, ['storage', 'disks', 0, 'device']);
  assert.deepEqual(translations.lookup(['storage', 'disks', 0, 'wipeTable'])?.from, ['boot_device']);
});

test('descend and remap re-root translation targets', () => {
  const ts = new TranslationSet();
  ts.add(['grub', 'users'], ['spec', 'config', 'storage', 'files', 0, 'append', 0, 'source']);
  ts.add(['version'], ['apiVersion']);
  const inner = descend(ts, ['spec', 'config']);
  assert.equal(inner.set.size, 1);
  const mappings = new TranslationSet();
  mappings.add(['storage', 'files', 0, 'append', 0, 'source'], ['storage', 'files', 0, 'contents', 'source']);
  const moved = remapTargets(inner, mappings);
  assert.deepEqual(moved.lookup(['storage', 'files', 0, 'contents', 'source'])?.from, ['grub', 'users']);
  assert.equal(moved.lookup(['storage', 'files', 0, 'append', 0, 'source']), undefined);
});

test('every variant version the spec model lists has a layer, and nothing else does', async () => {
  const { listVersions } = await import('../../../server/src/core/spec');
  const { variantLayer } = await import('../../../server/src/core/transpile/variants');
  for (const { variant, version } of listVersions()) {
    if (variant === 'rhcos') continue;
    assert.ok(variantLayer(variant, version), `${variant} ${version}`);
  }
  assert.equal(variantLayer('fcos', '1.9.0'), undefined);
  assert.equal(variantLayer('openshift', '3.0.0'), undefined);
  assert.equal(variantLayer('nosuch', '1.0.0'), undefined);
});
