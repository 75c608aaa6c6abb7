// Every variant/version of the corpus resolves, with the Ignition version the reference emitted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listVersions, lookupVersion, baseVersionOf } from '../../../server/src/core/spec';
import { corpusAvailable, corpusCases, caseFile } from './corpus';

test('33 translators: fcos 9, flatcar 3, openshift 16, r4e 3, fiot 2 (rhcos excluded)', () => {
  const all = listVersions();
  const count = (v: string) => all.filter((e) => e.variant === v).length;
  assert.deepEqual(
    { fcos: count('fcos'), flatcar: count('flatcar'), openshift: count('openshift'), r4e: count('r4e'), fiot: count('fiot'), rhcos: count('rhcos') },
    { fcos: 9, flatcar: 3, openshift: 16, r4e: 3, fiot: 2, rhcos: 0 },
  );
  assert.equal(all.length, 33);
  for (const e of all) assert.equal(e.experimental, e.version.endsWith('-experimental'), `${e.variant} ${e.version}`);
});

test('unknown versions do not resolve', () => {
  assert.equal(lookupVersion('fcos', '1.9.0'), undefined);
  assert.equal(lookupVersion('fcos', '1.8.0'), undefined);
  assert.equal(lookupVersion('rhcos', '0.1.0'), undefined);
  assert.equal(lookupVersion('openshift', '4.7.0'), undefined);
  assert.equal(baseVersionOf('flatcar', '1.3.0'), undefined);
});

test('base and Ignition versions follow the reference translators', () => {
  const expect: [string, string, string, string][] = [
    ['fcos', '1.0.0', '0.1', '3.0.0'],
    ['fcos', '1.3.0', '0.3', '3.2.0'],
    ['fcos', '1.5.0', '0.5', '3.4.0'],
    ['fcos', '1.8.0-experimental', '0.8-exp', '3.7.0-experimental'],
    ['flatcar', '1.0.0', '0.4', '3.3.0'],
    ['openshift', '4.8.0', '0.3', '3.2.0'],
    ['openshift', '4.14.0', '0.5', '3.4.0'],
    ['openshift', '4.19.0', '0.6', '3.5.0'],
    ['openshift', '4.23.0-experimental', '0.8-exp', '3.7.0-experimental'],
    ['r4e', '1.1.0', '0.5', '3.4.0'],
    ['fiot', '1.0.0', '0.5', '3.4.0'],
  ];
  for (const [variant, version, base, ign] of expect) {
    assert.equal(baseVersionOf(variant, version), base, `${variant} ${version}`);
    assert.equal(lookupVersion(variant, version)?.ignitionVersion, ign, `${variant} ${version}`);
  }
});

test('every corpus variant/version resolves and emits the recorded Ignition version', { skip: !corpusAvailable() }, () => {
  const seen = new Set<string>();
  let checkedOutputs = 0;
  for (const c of corpusCases()) {
    if (!c.variant || !c.version || c.variant === 'rhcos') continue;
    const info = lookupVersion(c.variant, c.version);
    assert.ok(info, `${c.variant} ${c.version} (${c.id})`);
    seen.add(`${c.variant} ${c.version}`);
    if (c.status !== 0) continue;
    const out = caseFile(c.id, 'expected.compact.json');
    if (!out.startsWith('{')) continue; // MachineConfig YAML
    const version = JSON.parse(out).ignition?.version;
    assert.equal(version, info.ignitionVersion, c.id);
    checkedOutputs++;
  }
  assert.equal(seen.size, 33);
  assert.ok(checkedOutputs > 100, `checked ${checkedOutputs} outputs`);
});
