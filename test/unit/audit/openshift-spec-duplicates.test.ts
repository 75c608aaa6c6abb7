// Rule: the reference runs Ignition's ValidateDups over the whole MachineConfig, so repeated
// entries in spec.kernelArguments / spec.extensions are "duplicate entry defined" errors (and the
// run fails with "config generated was invalid"). With --raw there is no MachineConfig and the
// fields are only warned about as ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './run';

const doc = (version: string) => `variant: openshift
version: ${version}
metadata:
  name: dup
  labels:
    machineconfiguration.openshift.io/role: worker
openshift:
  kernel_arguments: [nosmt, mitigations=off, nosmt]
  extensions: [usbguard, kerberos, usbguard, kerberos]
`;

for (const version of ['4.8.0', '4.14.0', '4.22.0']) {
  test(`openshift ${version}: duplicate MachineConfig spec list entries are errors`, () => {
    const r = run(doc(version));
    assert.equal(r.result.fatal, 'config generated was invalid');
    assert.deepEqual(r.lines, [
      'error at $.openshift.kernel_arguments.2, line 8 col 46: duplicate entry defined',
      'error at $.openshift.extensions.2, line 9 col 36: duplicate entry defined',
      'error at $.openshift.extensions.3, line 9 col 46: duplicate entry defined',
    ]);
  });
}

test('openshift --raw: the spec lists are dropped with warnings, duplicates are not checked', () => {
  const r = run(doc('4.22.0'), { raw: true });
  assert.equal(r.ok, true);
  assert.deepEqual(r.lines, [
    'warning at $.openshift.kernel_arguments, line 8 col 21: field ignored in raw mode',
    'warning at $.openshift.extensions, line 9 col 15: field ignored in raw mode',
  ]);
});

test('openshift: distinct spec list entries pass', () => {
  const r = run(`variant: openshift
version: 4.16.0
metadata:
  name: ok
  labels:
    machineconfiguration.openshift.io/role: worker
openshift:
  kernel_arguments: [a=1, a=2]
  extensions: [usbguard]
`);
  assert.equal(r.ok, true);
  assert.deepEqual(r.lines, []);
});
