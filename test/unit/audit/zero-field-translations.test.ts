// Rule: from fcos 1.5 (and the openshift versions built on it, 4.14+) the translation always
// ends with the grub-users merge, even without grub users; the merge transcript drops fields
// left at their zero value (a user named ""), so a finding on such a field is printed with its
// output path. Earlier versions keep the source path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './run';

const doc = (version: string) => `variant: openshift
version: ${version}
metadata:
  name: n
  labels:
    machineconfiguration.openshift.io/role: master
passwd:
  users:
  - name: ''
`;
const MESSAGE = 'users other than "core" are not supported in this spec version';

for (const version of ['4.12.0', '4.13.0']) {
  test(`openshift ${version}: the empty user name keeps its source path`, () => {
    assert.deepEqual(run(doc(version)).lines, [`error at $.passwd.users.0.name, line 9 col 11: ${MESSAGE}`]);
  });
}

for (const version of ['4.14.0', '4.22.0']) {
  test(`openshift ${version}: the empty user name has no source mapping`, () => {
    assert.deepEqual(run(doc(version)).lines, [`error at $.spec.config.passwd.users.0.name, line 1 col 1: ${MESSAGE}`]);
  });
}
