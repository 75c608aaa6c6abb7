// Regression tests from differential runs against the reference butane v0.29.0 binary (cluster C3):
// an Ignition validation finding on a field left at its zero value (null, "" or missing). From
// openshift 4.14 the MachineConfig translation set has no entry for such a field, so the reference
// keeps the output path (with its spec.config prefix) and, finding no source node there, prints
// line 1 col 1. With --raw, before 4.14, and for fcos the source path and position are printed.
// Every expected text below is what the reference printed with `--raw-errors`.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/main';

function run(input: string, argv: string[] = []) {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'butane-zero-'));
  fs.writeFileSync(path.join(cwd, 't.bu'), input);
  let stdout = '';
  let stderr = '';
  const status = runCli(['--raw-errors', ...argv, 't.bu'], { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => new Uint8Array() });
  fs.rmSync(cwd, { recursive: true, force: true });
  return { status, stdout, stderr };
}

const METADATA = 'metadata:\n  name: x\n  labels:\n    machineconfiguration.openshift.io/role: worker\n';
// A Tang server whose url is null, and a unit whose name key is misspelled (so name stays "").
const BODY =
  'storage:\n  luks:\n    - name: vol\n      device: /dev/vdb\n      clevis:\n        tang:\n          - thumbprint: abc\n            url: null\n' +
  'systemd:\n  units:\n    - NAME: x.service\n';
const header = (variant: string, version: string) => `variant: ${variant}\nversion: ${version}\n${variant === 'openshift' ? METADATA : ''}`;
const FAILED = 'Error translating config: config generated was invalid\n';

test('openshift 4.14+: zero-valued fields are reported at spec.config paths, line 1 col 1', () => {
  const r = run(header('openshift', '4.14.0') + BODY);
  assert.equal(
    r.stderr,
    'warning at $.systemd.units.0.NAME, line 17 col 7: unused key NAME\n' +
      'error at $.spec.config.storage.luks.0.clevis.tang.0.url, line 1 col 1: invalid url scheme\n' +
      'error at $.spec.config.systemd.units.0.name, line 1 col 1: invalid systemd unit extension\n' +
      FAILED,
  );
  assert.equal(r.status, 1);
});

test('openshift 4.14 with --raw, and 4.13: the source path and position', () => {
  const expected =
    'warning at $.systemd.units.0.NAME, line 17 col 7: unused key NAME\n' +
    'error at $.storage.luks.0.clevis.tang.0.url, line 14 col 18: invalid url scheme\n' +
    'error at $.systemd.units.0.name, line 17 col 7: invalid systemd unit extension\n' +
    FAILED;
  assert.equal(run(header('openshift', '4.14.0') + BODY, ['--raw']).stderr, expected);
  assert.equal(run(header('openshift', '4.13.0') + BODY).stderr, expected);
});

test('fcos 1.4 and 1.5: the source path and position', () => {
  const expected =
    'warning at $.systemd.units.0.NAME, line 13 col 7: unused key NAME\n' +
    'error at $.storage.luks.0.clevis.tang.0.url, line 10 col 18: invalid url scheme\n' +
    'error at $.systemd.units.0.name, line 13 col 7: invalid systemd unit extension\n' +
    FAILED;
  assert.equal(run(header('fcos', '1.4.0') + BODY).stderr, expected);
  assert.equal(run(header('fcos', '1.5.0') + BODY).stderr, expected);
});

test('an empty disk device: spec.config path on openshift 4.23, source position on fcos 1.6', () => {
  const disks = 'storage:\n  disks:\n    - wipe_table: true\n      device: ""\n';
  assert.equal(run(header('openshift', '4.23.0-experimental') + disks).stderr, 'error at $.spec.config.storage.disks.0.device, line 1 col 1: disk device is required\n' + FAILED);
  assert.equal(run(header('fcos', '1.6.0') + disks).stderr, 'error at $.storage.disks.0.device, line 6 col 15: disk device is required\n' + FAILED);
});
