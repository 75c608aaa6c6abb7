// Regression tests from differential runs against the reference butane v0.29.0 binary (cluster C2):
// Go's int is 64-bit, so values beyond 2^53 must stay exact from the YAML decoder through
// Ignition's validation to the JSON output. Every expected text below is what the reference
// printed for the same input with `--raw-errors` (compact output).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/main';
import { goIntAdd, goIntFromFloat, goIntHasBits, goIntHasBitsOutside, goIntOf } from '../../../server/src/core/util/go-int';

const FCOS_15 = 'variant: fcos\nversion: 1.5.0\n';
const OPENSHIFT_420 = 'variant: openshift\nversion: 4.20.0\nmetadata:\n  name: x\n  labels:\n    machineconfiguration.openshift.io/role: worker\n';

function run(input: string, argv: string[] = ['--raw-errors']) {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'butane-ints-'));
  fs.writeFileSync(path.join(cwd, 't.bu'), input);
  let stdout = '';
  let stderr = '';
  const status = runCli([...argv, 't.bu'], { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => new Uint8Array() });
  fs.rmSync(cwd, { recursive: true, force: true });
  return { status, stdout, stderr };
}

test('uid and gid beyond 2^53 are printed exactly (decimal and hex spellings)', () => {
  const r = run(`${FCOS_15}passwd:\n  users:\n    - name: a\n      uid: 9007199254740993\n  groups:\n    - name: g\n      gid: 0x7fffffffffffffff\n`);
  assert.equal(r.stdout, '{"ignition":{"version":"3.4.0"},"passwd":{"groups":[{"gid":9223372036854775807,"name":"g"}],"users":[{"name":"a","uid":9007199254740993}]}}\n');
  assert.equal(r.status, 0);
});

test('floats into int fields convert as Go does: -.inf and 2^63 give the minimum int64', () => {
  const r = run(`${FCOS_15}ignition:\n  timeouts:\n    http_total: -.inf\n    http_response_headers: 9223372036854775807.0\n`);
  assert.equal(r.stdout, '{"ignition":{"timeouts":{"httpResponseHeaders":-9223372036854775808,"httpTotal":-9223372036854775808},"version":"3.4.0"}}\n');
});

test('1e3 is 1000, and a decimal just below int64 resolves as a float that converts to the minimum int64', () => {
  const r = run(`${FCOS_15}ignition:\n  timeouts:\n    http_total: 1e3\n    http_response_headers: -9223372036854775809\n`);
  assert.equal(r.stdout, '{"ignition":{"timeouts":{"httpResponseHeaders":-9223372036854775808,"httpTotal":1000},"version":"3.4.0"}}\n');
});

test('-0.0 decodes to 0 (a set pointer, so it is printed), and underscores are digit separators', () => {
  const r = run(`${FCOS_15}ignition:\n  timeouts:\n    http_total: -0.0\n    http_response_headers: 1_000_000_000_000_000_000\n`);
  assert.equal(r.stdout, '{"ignition":{"timeouts":{"httpResponseHeaders":1000000000000000000,"httpTotal":0},"version":"3.4.0"}}\n');
});

test('values that do not fit int64, and NaN, are yaml.v3 type errors', () => {
  const over = run(`${FCOS_15}ignition:\n  timeouts:\n    http_total: 9223372036854775808\n`);
  assert.equal(over.stderr, 'Error translating config: yaml: unmarshal errors:\n  line 5: cannot unmarshal !!int `9223372...` into int\n');
  assert.equal(over.status, 1);
  const nan = run(`${FCOS_15}ignition:\n  timeouts:\n    http_total: .nan\n`);
  assert.equal(nan.stderr, 'Error translating config: yaml: unmarshal errors:\n  line 5: cannot unmarshal !!float `.nan` into int\n');
});

test('mode bits are tested on the whole int64: huge modes also warn about special bits', () => {
  const r = run(`${FCOS_15}storage:\n  files:\n    - path: /a\n      mode: 9223372036854775807\n    - path: /b\n      mode: -9223372036854775808\n    - path: /c\n      mode: 0o10000000000000\n`);
  assert.equal(
    r.stderr,
    'error at $.storage.files.0.mode, line 6 col 13: illegal file mode\n' +
      'warning at $.storage.files.0.mode, line 6 col 13: setuid/setgid/sticky bits are not supported or functional in spec versions older than 3.6.0\n' +
      'error at $.storage.files.1.mode, line 8 col 13: illegal file mode\n' +
      'error at $.storage.files.2.mode, line 10 col 13: illegal file mode\n' +
      'Error translating config: config generated was invalid\n',
  );
  assert.equal(r.status, 1);
});

test('partition ends are computed in int64 arithmetic, overflow included', () => {
  // 2^62 + (2^63 - 1) - 1 wraps to a negative end, which Ignition then sees as overlapping.
  const r = run(`${FCOS_15}storage:\n  disks:\n    - device: /dev/sda\n      partitions:\n        - number: 1\n          start_mib: 4611686018427387904\n          size_mib: 9223372036854775807\n        - number: 2\n          start_mib: 5\n          size_mib: 10\n`);
  assert.equal(r.stderr, 'error at $.storage.disks.0.partitions.0, line 7 col 11: partitions overlap\nError translating config: config generated was invalid\n');
});

test('partition numbers 2^53 and 2^53 + 1 are different partitions', () => {
  const r = run(`${FCOS_15}storage:\n  disks:\n    - device: /dev/sda\n      partitions:\n        - number: 9007199254740992\n          label: x\n        - number: 9007199254740993\n          label: y\n`);
  assert.equal(r.stdout, '{"ignition":{"version":"3.4.0"},"storage":{"disks":[{"device":"/dev/sda","partitions":[{"label":"x","number":9007199254740992},{"label":"y","number":9007199254740993}]}]}}\n');
  assert.equal(r.status, 0);
});

test('openshift: special mode bits above bit 31 are found too', () => {
  const r = run(`${OPENSHIFT_420}storage:\n  files:\n    - path: /a\n      mode: 0o10000000000000\n`);
  assert.equal(r.stderr, 'error at $.storage.files.0.mode, line 10 col 13: special mode bits are not supported in this spec version\nError translating config: source config is invalid\n');
});

test('openshift: the MachineConfig YAML shows ints as Go\'s float64 does', () => {
  const r = run(`${OPENSHIFT_420}ignition:\n  timeouts:\n    http_total: 9007199254740993\n`);
  assert.ok(r.stdout.includes('        httpTotal: 9.007199254740992e+15\n'), r.stdout);
});

test('go-int helpers: one representation per value, int64 wrap-around, bit tests on 64 bits', () => {
  assert.equal(goIntOf(5n), 5);
  assert.equal(goIntOf(9007199254740993n), 9007199254740993n);
  assert.equal(goIntFromFloat(-0), 0);
  assert.ok(Object.is(goIntFromFloat(-0.5), 0));
  assert.equal(goIntFromFloat(-Infinity), -(1n << 63n));
  assert.equal(goIntFromFloat(2 ** 60), 1n << 60n);
  assert.equal(goIntAdd(9223372036854775807n, 1), -(1n << 63n));
  assert.equal(goIntAdd(2 ** 52, 2 ** 52), 9007199254740992n);
  assert.equal(goIntHasBits(-9223372036854775808n, 0o7000), false);
  assert.equal(goIntHasBits(-1, 0o7000), true);
  assert.equal(goIntHasBitsOutside(2 ** 40, 0o777), true);
  assert.equal(goIntHasBitsOutside(0o755, 0o777), false);
});
