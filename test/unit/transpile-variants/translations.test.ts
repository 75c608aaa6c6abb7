// The outcome's output→source map, which the preview uses to link the two documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml, unmarshal } from '../../../server/src/core/yaml';
import { lookupVersion } from '../../../server/src/core/spec';
import { translateConfig } from '../../../server/src/core/transpile';

function run(source: string, raw = false) {
  const parsed = parseYaml(source);
  const header = /variant: (\S+)\nversion: (\S+)/.exec(source);
  assert.ok(header);
  const info = lookupVersion(header[1], header[2]);
  assert.ok(info);
  const decoded = unmarshal(parsed.root, info.rootType);
  assert.deepEqual(decoded.errors, []);
  return translateConfig(decoded.value as Record<string, unknown>, { info, raw });
}

const MACHINE_CONFIG = `variant: openshift
version: 4.14.0
metadata:
  name: 99-worker-mirror
  labels:
    machineconfiguration.openshift.io/role: worker
boot_device:
  layout: x86_64
  mirror:
    devices: [/dev/sda, /dev/sdb]
openshift:
  fips: true
`;

test('MachineConfig output: generated storage maps to boot_device, spec fields to openshift', () => {
  const outcome = run(MACHINE_CONFIG);
  assert.equal(outcome.error, undefined);
  assert.equal(outcome.outputLanguage, 'yaml');
  const ts = outcome.translations;
  assert.ok(ts);
  assert.deepEqual(ts.lookup(['spec', 'config', 'storage', 'disks', 1, 'device'])?.from, ['boot_device', 'mirror', 'devices', 1]);
  assert.deepEqual(ts.lookup(['spec', 'fips'])?.from, ['openshift', 'fips']);
  assert.deepEqual(ts.lookup(['metadata', 'name'])?.from, ['metadata', 'name']);
  assert.deepEqual(ts.lookup(['kind'])?.from, ['version']);
});

test('--raw: the map is rooted at the Ignition config and MachineConfig fields are reported as ignored', () => {
  const outcome = run(MACHINE_CONFIG, true);
  assert.equal(outcome.outputLanguage, 'json');
  assert.deepEqual(
    outcome.report.map((e) => [e.kind, e.path, e.message]),
    [['warning', ['openshift', 'fips'], 'field ignored in raw mode']],
  );
  assert.deepEqual(outcome.translations?.lookup(['storage', 'raid', 0])?.from, ['boot_device', 'mirror']);
  assert.equal(outcome.translations?.lookup(['spec', 'fips']), undefined);
  // FIPS still pins the LUKS cipher only when there is LUKS; here there is none.
  assert.equal((outcome.final as { storage: { luks?: unknown } }).storage.luks, undefined);
});

test('openshift up to 4.19 pins the LUKS cipher in FIPS mode', () => {
  const outcome = run(`variant: openshift
version: 4.19.0
metadata:
  name: 99-worker-luks
  labels:
    machineconfiguration.openshift.io/role: worker
boot_device:
  luks:
    tpm2: true
openshift:
  fips: true
`);
  const config = (outcome.final as { spec: { config: { storage: { luks: { options?: string[] }[] } } } }).spec.config;
  assert.deepEqual(config.storage.luks[0].options, ['--cipher', 'aes-cbc-essiv:sha256']);
  assert.deepEqual(outcome.translations?.lookup(['spec', 'config', 'storage', 'luks', 0, 'options', 1])?.from, ['openshift', 'fips']);
});
