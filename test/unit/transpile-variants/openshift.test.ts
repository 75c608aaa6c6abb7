// openshift rules: metadata, kernel_type, CEX kernel argument, what MCO refuses, field filters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateMetadata, validateOpenshiftSection, validateOpenshiftTopLevel } from '../../../server/src/core/transpile/variants/openshift/validate';
import { checkMcoSupport, checkRhcosSupport } from '../../../server/src/core/transpile/variants/openshift/support-checks';
import { openshiftFilters } from '../../../server/src/core/transpile/variants/openshift/filters';
import { validateFcosFields } from '../../../server/src/core/transpile/variants/fcos';
import { verifyFieldFilters } from '../../../server/src/core/transpile/flow/field-filters';
import { translateReportPaths } from '../../../server/src/core/transpile/flow/report-paths';
import { TranslationSet } from '../../../server/src/core/transpile/translation-set';
import { minorOf, openshiftFcosMinor, OPENSHIFT_GATES } from '../../../server/src/core/transpile/variants/versions';
import { corpusAvailable, formatEntries, loadCase } from './corpus-case';

const skip = !corpusAvailable() && 'conformance corpus not available';

const SOURCE_RULE_CASES = [
  'mutation--openshift-4.12.0--openshift-metadata-empty-role',
  'mutation--openshift-4.13.0--openshift-kernel-type',
  'mutation--openshift-4.13.0--openshift-metadata-both',
  'mutation--openshift-4.13.0--openshift-metadata-no-role',
  'mutation--openshift-4.14.0--openshift-metadata-both',
  'mutation--openshift-4.23.0-exp--openshift-metadata-no-metadata',
  'mutation--openshift-4.23.0-exp--openshift-metadata-no-name',
  'mutation--openshift-4.9.0--openshift-metadata-no-metadata',
  'mutation--openshift-4.23.0-exp--boot-device-cex-problems-with-tang',
];

for (const id of SOURCE_RULE_CASES) {
  test(`openshift source rules match the reference: ${id}`, { skip }, () => {
    const c = loadCase(id);
    const minor = minorOf(String(c.input.version));
    const ours = [
      ...(minor >= OPENSHIFT_GATES.cexKernelArgumentCheck ? validateOpenshiftTopLevel(c.input) : []),
      ...validateFcosFields(c.input, openshiftFcosMinor(minor)),
      ...validateMetadata(c.input),
      ...validateOpenshiftSection(c.input),
    ];
    const expected = c.diagnostics.filter((l) => / at \$\.(metadata|openshift|boot_device|grub)/.test(l) && !l.includes('unused key'));
    assert.deepEqual(formatEntries(ours), expected);
    assert.equal(c.fatal, 'source config is invalid');
  });
}

test('RHCOS and MCO support checks, in the reference order (4.11 all-unsupported, raw)', { skip }, () => {
  const c = loadCase('mutation--openshift-4.11.0--openshift-all-unsupported-raw');
  // The generated Ignition config of that case, as far as the checks look at it.
  const ignition = {
    passwd: { users: [{ name: 'core', uid: 1000, gecos: 'Core' }, { name: 'admin' }] },
    storage: {
      files: [
        { path: '/etc/hosts', append: [{ source: 'data:,10.0.0.1%20db%0A' }] },
        { path: '/etc/remote.conf', contents: { source: 'https://example.net/remote.conf' } },
        { path: '/usr/local/bin/x', contents: { source: 'data:,%23!%2Fbin%2Fsh%0A' }, mode: 0o2755 },
      ],
      filesystems: [
        { device: '/dev/vdb', format: 'btrfs' },
        { device: '/dev/vdc', format: 'none' },
      ],
    },
  };
  const ours = [...checkRhcosSupport(ignition), ...checkMcoSupport(ignition, 11)];
  // In raw mode nothing maps these MachineConfig paths, so they stay as they are.
  const mapped = translateReportPaths(ours, new TranslationSet());
  assert.deepEqual(formatEntries(mapped), c.diagnostics.filter((l) => !l.includes('unused key')));
});

test('format "none" is refused from 4.14 only', () => {
  const ignition = { storage: { filesystems: [{ device: '/dev/vdc', format: 'none' }] } };
  assert.equal(checkMcoSupport(ignition, 13).length, 0);
  assert.deepEqual(formatEntries(checkMcoSupport(ignition, 14)), [
    'error at $.spec.config.storage.filesystems.0.format: format "none" is not supported in this spec version',
  ]);
});

test('field filters: the fields 4.12 refuses, named on the source side', { skip }, () => {
  const c = loadCase('mutation--openshift-4.13.0--openshift-unsupported-fields-groups');
  const ignition = { passwd: { groups: [{ name: 'admins' }] } };
  const report = translateReportPaths(verifyFieldFilters(ignition, openshiftFilters(13)), new TranslationSet());
  assert.deepEqual(formatEntries(report), c.diagnostics);
});

test('field filters: user fields, links and directories (4.12 kitchen of refusals)', () => {
  const ignition = {
    passwd: { users: [{ name: 'core', passwordHash: 'x', uid: 1000, shell: '/bin/sh', noCreateHome: false }] },
    storage: { directories: [{ path: '/var/x' }], links: [], files: [{ path: '/a', contents: { compression: '' } }] },
  };
  assert.deepEqual(formatEntries(verifyFieldFilters(ignition, openshiftFilters(12), ['spec', 'config'])), [
    'error at $.spec.config.passwd.users.0.passwordHash: fields other than "name", "ssh_authorized_keys", and "password_hash" (4.13.0+) are not supported in this spec version',
    'error at $.spec.config.passwd.users.0.uid: fields other than "name", "ssh_authorized_keys", and "password_hash" (4.13.0+) are not supported in this spec version',
    'error at $.spec.config.passwd.users.0.shell: fields other than "name", "ssh_authorized_keys", and "password_hash" (4.13.0+) are not supported in this spec version',
    'error at $.spec.config.passwd.users.0.noCreateHome: fields other than "name", "ssh_authorized_keys", and "password_hash" (4.13.0+) are not supported in this spec version',
    'error at $.spec.config.storage.directories: directories are not supported in this spec version',
  ]);
  // From 4.13 a password hash is fine.
  assert.equal(verifyFieldFilters({ passwd: { users: [{ name: 'core', passwordHash: 'x' }] } }, openshiftFilters(13)).length, 0);
});

test('4.8/4.9 refuse compression, but not the empty one desugaring writes', () => {
  const files = (compression: string) => ({ storage: { files: [{ path: '/a', contents: { compression, source: 'data:,' } }] } });
  assert.equal(verifyFieldFilters(files(''), openshiftFilters(8)).length, 0);
  assert.deepEqual(formatEntries(verifyFieldFilters(files('gzip'), openshiftFilters(9))), [
    'error at $.storage.files.0.contents.compression: file compression is not supported in this spec version',
  ]);
  assert.equal(verifyFieldFilters(files('gzip'), openshiftFilters(10)).length, 0);
});
