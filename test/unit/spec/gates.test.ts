// Version gates of the model, checked on the decoder's type trees and the editor views.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupVersion, listVersions, fieldsAt, describeField, goTypeName } from '../../../server/src/core/spec';
import { GoStruct, GoType } from '../../../server/src/core/yaml/gotype';

function typeAt(variant: string, version: string, path: (string | number)[]): GoType | undefined {
  let t: GoType = lookupVersion(variant, version)!.rootType;
  for (const seg of path) {
    while (t.kind === 'pointer') t = t.elem;
    if (t.kind === 'struct') {
      const f: { key: string; type: GoType } | undefined = (t as GoStruct).fields.find((x) => x.key === seg);
      if (!f) return undefined;
      t = f.type;
    } else if (t.kind === 'slice' || t.kind === 'map') t = t.elem;
    else return undefined;
  }
  return t;
}
const has = (variant: string, version: string, path: (string | number)[]) => typeAt(variant, version, path) !== undefined;

test('contents.local appears with base 0.2 (absent in fcos 1.0.0)', () => {
  assert.equal(has('fcos', '1.0.0', ['storage', 'files', 0, 'contents', 'local']), false);
  assert.equal(has('fcos', '1.0.0', ['storage', 'files', 0, 'contents', 'inline']), true);
  assert.equal(has('fcos', '1.1.0', ['storage', 'files', 0, 'contents', 'local']), true);
  assert.equal(has('flatcar', '1.0.0', ['storage', 'files', 0, 'contents', 'local']), true);
});

test('quadlets only from base 0.8-exp', () => {
  for (const { variant, version } of listVersions()) {
    const expected = version.endsWith('-experimental');
    assert.equal(has(variant, version, ['systemd', 'quadlets']), expected, `${variant} ${version}`);
  }
});

test('metadata and openshift sections only for openshift', () => {
  for (const { variant, version } of listVersions()) {
    assert.equal(has(variant, version, ['openshift', 'kernel_type']), variant === 'openshift', `${variant} ${version}`);
    assert.equal(has(variant, version, ['metadata', 'labels']), variant === 'openshift', `${variant} ${version}`);
  }
});

test('boot_device: fcos from 1.3.0, every openshift, never flatcar/r4e/fiot', () => {
  for (const { variant, version } of listVersions()) {
    const expected = variant === 'openshift' || (variant === 'fcos' && !['1.0.0', '1.1.0', '1.2.0'].includes(version));
    assert.equal(has(variant, version, ['boot_device']), expected, `${variant} ${version}`);
  }
  assert.equal(has('fcos', '1.4.0', ['boot_device', 'luks', 'discard']), false);
  assert.equal(has('fcos', '1.5.0', ['boot_device', 'luks', 'discard']), true);
  assert.equal(has('openshift', '4.13.0', ['boot_device', 'luks', 'cex']), false);
  assert.equal(has('openshift', '4.19.0', ['boot_device', 'luks', 'cex', 'enabled']), true);
  assert.equal(has('fcos', '1.4.0', ['grub']), false);
  assert.equal(has('fcos', '1.5.0', ['grub', 'users', 0, 'password_hash']), true);
});

test('other gates: kernel_arguments 0.4, luks 0.3, trees attributes 0.7, *_local 0.5', () => {
  assert.equal(has('fcos', '1.3.0', ['kernel_arguments']), false);
  assert.equal(has('fcos', '1.4.0', ['kernel_arguments', 'should_exist']), true);
  assert.equal(has('fcos', '1.1.0', ['storage', 'luks']), false);
  assert.equal(has('fcos', '1.2.0', ['storage', 'luks', 0, 'clevis', 'custom', 'pin']), true);
  assert.equal(has('fcos', '1.6.0', ['storage', 'trees', 0, 'file_mode']), false);
  assert.equal(has('fcos', '1.7.0', ['storage', 'trees', 0, 'file_mode']), true);
  assert.equal(has('flatcar', '1.0.0', ['systemd', 'units', 0, 'contents_local']), false);
  assert.equal(has('flatcar', '1.1.0', ['systemd', 'units', 0, 'contents_local']), true);
  assert.equal(has('flatcar', '1.1.0', ['passwd', 'users', 0, 'ssh_authorized_keys_local']), true);
});

test('pointer-ness changes between versions (Link.target, Raid.level, Luks.clevis)', () => {
  assert.equal(typeAt('fcos', '1.3.0', ['storage', 'links', 0, 'target'])!.kind, 'string');
  assert.equal(typeAt('fcos', '1.4.0', ['storage', 'links', 0, 'target'])!.kind, 'pointer');
  assert.equal(typeAt('fcos', '1.2.0', ['storage', 'raid', 0, 'level'])!.kind, 'string');
  assert.equal(typeAt('fcos', '1.2.0', ['storage', 'luks', 0, 'clevis'])!.kind, 'pointer');
  assert.equal(typeAt('fcos', '1.4.0', ['storage', 'luks', 0, 'clevis'])!.kind, 'struct');
  assert.equal(typeAt('fcos', '1.5.0', ['storage', 'disks', 0, 'partitions', 0, 'number'])!.kind, 'int');
  assert.equal(typeAt('fcos', '1.8.0-experimental', ['systemd', 'quadlets', 0, 'rootful'])!.kind, 'bool');
});

test('Go type names as yaml.v3 prints them (recorded in corpus errors)', () => {
  // Names from expected.stderr.txt of the corpus's type-mismatch cases.
  assert.equal(goTypeName(typeAt('fcos', '1.0.0', ['storage', 'files'])!), '[]v0_1.File');
  assert.equal(goTypeName(typeAt('fcos', '1.2.0', ['passwd', 'users'])!), '[]v0_3.PasswdUser');
  assert.equal(goTypeName(typeAt('fcos', '1.5.0', ['ignition'])!), 'v0_5.Ignition');
  assert.equal(goTypeName(typeAt('flatcar', '1.1.0', ['systemd', 'units'])!), '[]v0_5.Unit');
  assert.equal(
    goTypeName(typeAt('openshift', '4.23.0-experimental', ['passwd', 'users', 0, 'ssh_authorized_keys'])!),
    '[]v0_8_exp.SSHAuthorizedKey',
  );
  // Layer packages: fcos-layer types keep the fcos package inside openshift, the root is the variant's.
  assert.equal(goTypeName(typeAt('openshift', '4.14.0', ['boot_device'])!), 'v1_5.BootDevice');
  assert.equal(goTypeName(typeAt('openshift', '4.14.0', ['metadata'])!), 'v4_14.Metadata');
  assert.equal(goTypeName(typeAt('openshift', '4.14.0', ['metadata', 'labels'])!), 'map[string]string');
  assert.equal(goTypeName(typeAt('fcos', '1.1.0', ['storage', 'files', 0, 'contents', 'http_headers'])!), 'v0_2.HTTPHeaders');
  assert.equal(lookupVersion('fcos', '1.5.0')!.rootType.goName, 'v1_5.Config');
  assert.equal(lookupVersion('openshift', '4.23.0-experimental')!.rootType.goName, 'v4_23_exp.Config');
});

test('fieldsAt lists the fields of a mapping for that version', () => {
  const keys = (v: string, p: (string | number)[]) => fieldsAt({ variant: 'fcos', version: v }, p).map((d) => d.key);
  assert.deepEqual(keys('1.0.0', ['storage', 'files', 0, 'contents']), ['compression', 'source', 'inline', 'verification']);
  assert.ok(keys('1.5.0', []).includes('grub'));
  assert.ok(!keys('1.4.0', []).includes('grub'));
  assert.deepEqual(keys('1.5.0', ['storage', 'files', 0, 'mode']), []);
  assert.deepEqual(fieldsAt({ variant: 'nope', version: '1.0.0' }, []), []);
});

test('describeField documents fields, with enums gated per version', () => {
  const layout16 = describeField({ variant: 'fcos', version: '1.6.0' }, ['boot_device', 'layout'])!;
  assert.ok(layout16.enum!.some((e) => e.value === 's390x-eckd'));
  const layout15 = describeField({ variant: 'fcos', version: '1.5.0' }, ['boot_device', 'layout'])!;
  assert.deepEqual(layout15.enum!.map((e) => e.value).sort(), ['aarch64', 'ppc64le', 'x86_64']);
  const ua = describeField({ variant: 'fcos', version: '1.5.0' }, ['passwd', 'users', 0, 'ssh_authorized_keys', 2])!;
  assert.equal(ua.key, 'ssh_authorized_keys');
  assert.equal(ua.ignitionField, 'sshAuthorizedKeys');
  const local = describeField({ variant: 'fcos', version: '1.5.0' }, ['storage', 'files', 0, 'contents', 'local'])!;
  assert.equal(local.ignitionField, undefined);
  assert.match(local.availability, /^fcos 1\.1\.0\+, flatcar \(all versions\)/);
  assert.equal(describeField({ variant: 'fcos', version: '1.5.0' }, ['storage', 'bogus']), undefined);
});
