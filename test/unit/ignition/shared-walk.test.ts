// The translate flow checks duplicates and the types' rules in one walk; the result must be
// exactly what the two separate checks report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IGNITION_VERSIONS, validateIgnition, validateIgnitionAndDuplicates, validateIgnitionDuplicates } from '../../../server/src/core/ignition';
import { corpusAvailable, isYamlOutput, loadCorpus } from '../encoding/corpus';

test('one walk, the same duplicates and findings as two', () => {
  const config = {
    ignition: { version: '3.4.0' },
    storage: {
      files: [{ path: 'relative', mode: 0o10000 }, { path: '/a/../b' }, { path: '/x' }],
      directories: [{ path: '/x' }, { path: '/x' }],
      links: [{ path: '/l' }],
    },
    systemd: { units: [{ name: 'a.service' }, { name: 'a.service', enabled: true, contents: '[Unit]\n' }, { name: 'bad' }] },
    passwd: { users: [{ name: 'u' }, { name: 'u' }] },
  };
  for (const version of ['3.0.0', '3.2.0', '3.4.0', '3.5.0'] as const) {
    const both = validateIgnitionAndDuplicates(config, version);
    assert.deepEqual(both.duplicates, validateIgnitionDuplicates(config, version));
    assert.deepEqual(both.findings, validateIgnition(config, version));
    assert.ok(both.duplicates.length >= 3 && both.findings.length >= 4, version);
  }
});

test('one walk, the same entries as two, over every corpus output at every spec version', { skip: !corpusAvailable() }, () => {
  let checked = 0;
  for (const c of loadCorpus()) {
    if (c.status !== 0 || c.pretty === '' || isYamlOutput(c)) continue;
    const config: unknown = JSON.parse(c.pretty);
    for (const version of IGNITION_VERSIONS) {
      const both = validateIgnitionAndDuplicates(config, version);
      assert.deepEqual(both.duplicates, validateIgnitionDuplicates(config, version), `${c.id} ${version}`);
      assert.deepEqual(both.findings, validateIgnition(config, version), `${c.id} ${version}`);
      checked++;
    }
  }
  assert.ok(checked > 1000, `checked ${checked}`);
});

test('one walk, the same entries as two, for values of the wrong shape and every list kind', () => {
  const config = {
    ignition: { version: '3.4.0', config: { merge: [{ source: 'x' }, { source: 'x' }], replace: { source: 'ftp://a' } }, security: { tls: { certificateAuthorities: [{}, {}] } }, proxy: { httpProxy: '::' } },
    kernelArguments: { shouldExist: ['a', 'a'], shouldNotExist: ['a'] },
    storage: {
      disks: [{ device: '/dev/a', partitions: [{ number: 1 }, { number: 1 }, { label: 'x' }, { label: 'x' }] }, { device: '/dev/a' }],
      filesystems: [{ device: '/dev/a', format: 'xfs' }, { device: 'rel', path: 'x' }],
      luks: [{ name: 'l', clevis: { tang: [{ url: 'x' }, { url: 'x' }] } }, { name: 'l', device: 'rel' }],
      raid: [{ name: 'r', devices: ['a', 'a'] }, { name: 'r' }],
      files: [{ path: '/f', contents: { source: 'data:,x', httpHeaders: [{ name: 'a' }, { name: 'a' }, {}] }, append: [{}, {}] }, 'not an object', null],
      links: [{ path: '/f/x', target: '/f', hard: true, user: { id: 1, name: 'u' } }],
    },
    systemd: { units: [{ name: 'a.service', dropins: [{ name: 'd.conf' }, { name: 'd.conf' }, { name: 'bad' }] }, 7] },
    passwd: { users: [{ name: 'u', sshAuthorizedKeys: ['k', 'k'] }], groups: [{ name: 'g' }, { name: 'g' }] },
  };
  for (const version of IGNITION_VERSIONS) {
    const both = validateIgnitionAndDuplicates(config, version);
    assert.deepEqual(both.duplicates, validateIgnitionDuplicates(config, version), version);
    assert.deepEqual(both.findings, validateIgnition(config, version), version);
    assert.ok(both.duplicates.length >= 8 && both.findings.length >= 5, `${version}: ${both.duplicates.length} ${both.findings.length}`);
  }
});
