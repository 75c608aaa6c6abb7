// Hover text built from the model: type, requirement, default, constraints, Ignition mapping, versions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeField, hoverMarkdown } from '../../../server/src/core/spec';

const hover = (variant: string, version: string, path: (string | number)[]) => hoverMarkdown(describeField({ variant, version }, path)!);

test('a required Ignition field shows its key, shape, mapping and versions', () => {
  const text = hover('fcos', '1.5.0', ['systemd', 'units', 0, 'name']);
  assert.match(text, /^\*\*name\*\* — string \(required\)/);
  assert.match(text, /Must match: `\\\.\(service\|socket/);
  assert.match(text, /Ignition field: `name`/);
  assert.match(text, /Available in: fcos \(all versions\), flatcar \(all versions\), openshift \(all versions\), r4e \(all versions\), fiot \(all versions\)/);
});

test('sugar shows that Butane translates it, and where it exists', () => {
  const text = hover('fcos', '1.8.0-experimental', ['systemd', 'quadlets']);
  assert.match(text, /Butane-only/);
  assert.match(text, /Available in: fcos 1\.8\.0-experimental, flatcar 1\.2\.0-experimental, openshift 4\.23\.0-experimental, r4e 1\.2\.0-experimental, fiot 1\.1\.0-experimental$/);
});

test('defaults, enums and octal ranges', () => {
  const layout = hover('fcos', '1.5.0', ['boot_device', 'layout']);
  assert.match(layout, /Allowed: `x86_64`, `aarch64`, `ppc64le`/);
  assert.doesNotMatch(layout, /s390x/);
  assert.match(layout, /Default: `x86_64`/);
  assert.match(hover('fcos', '1.5.0', ['storage', 'files', 0, 'mode']), /Range: 00 to 07777/);
});

test('a refused field says so, with the reference message', () => {
  const text = hover('openshift', '4.14.0', ['storage', 'links']);
  assert.match(text, /Refused in this version when producing a MachineConfig \(without --raw\):\*\* links are not supported in this spec version/);
});
