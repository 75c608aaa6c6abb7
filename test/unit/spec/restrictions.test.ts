// Variant field filters: the model knows which fields each variant refuses, with the reference's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeField, lookupVersion } from '../../../server/src/core/spec';
import { generateAllSchemas, butaneSchemaFile } from '../../../server/src/core/spec/json-schema';
import { VARIANT_RESTRICTIONS } from '../../../schemas/model';
import { corpusAvailable, corpusCases, caseFile, parseReportPath } from './corpus';

const MESSAGES = new Set(VARIANT_RESTRICTIONS.map((r) => r.message));

test('every field-filter error of the corpus is a restriction of the model at that path', { skip: !corpusAvailable() }, () => {
  let checked = 0;
  for (const c of corpusCases()) {
    if (!c.variant || !c.version || !lookupVersion(c.variant, c.version)) continue;
    for (const line of caseFile(c.id, 'expected.stderr.txt').split('\n')) {
      const m = /^error at (\$[^,]*), line \d+ col \d+: (.*)$/.exec(line);
      if (!m || !MESSAGES.has(m[2])) continue;
      const doc = describeField({ variant: c.variant, version: c.version }, parseReportPath(m[1]));
      assert.ok(doc, `${c.id}: ${m[1]}`);
      if (doc.restriction === undefined && doc.ignitionField === undefined) {
        // Reported at Butane sugar that produced the refused field (e.g. trees → links).
        continue;
      }
      assert.equal(doc.restriction?.message, m[2], `${c.id}: ${m[1]}`);
      assert.equal(doc.restriction.machineConfigOnly, c.variant === 'openshift', c.id);
      if (doc.restriction.machineConfigOnly) assert.ok(!c.args.includes('--raw'), c.id);
      checked++;
    }
  }
  assert.ok(checked >= 25, `checked ${checked}`);
});

test('restrictions follow variant versions', () => {
  const r = (variant: string, version: string, path: (string | number)[]) => describeField({ variant, version }, path)?.restriction?.message;
  assert.equal(r('flatcar', '1.1.0', ['storage', 'luks', 0, 'clevis']), 'clevis is not supported in this spec version');
  assert.equal(r('flatcar', '1.2.0-experimental', ['storage', 'luks', 0, 'clevis']), undefined);
  assert.equal(r('flatcar', '1.2.0-experimental', ['storage', 'luks', 0, 'cex']), 'cex is not currently supported on the target platform');
  assert.match(r('openshift', '4.12.0', ['passwd', 'users', 0, 'password_hash'])!, /^fields other than/);
  assert.equal(r('openshift', '4.13.0', ['passwd', 'users', 0, 'password_hash']), undefined);
  assert.equal(r('openshift', '4.9.0', ['storage', 'files', 0, 'contents', 'compression']), 'file compression is not supported in this spec version');
  assert.equal(r('openshift', '4.10.0', ['storage', 'files', 0, 'contents', 'compression']), undefined);
  // Only the files' contents: the same Resource type elsewhere is fine.
  assert.equal(r('openshift', '4.9.0', ['ignition', 'config', 'merge', 0, 'compression']), undefined);
  assert.equal(r('fcos', '1.5.0', ['storage', 'luks']), undefined);
  assert.equal(r('r4e', '1.0.0', ['storage', 'luks']), 'luks is not supported in this spec version');
});

test('Butane schemas leave out what a variant always refuses, but keep MachineConfig-only ones', () => {
  const schemas = generateAllSchemas();
  const root = (variant: string, version: string) => schemas.get(butaneSchemaFile(variant, version)) as any;
  const r4e = root('r4e', '1.1.0');
  assert.ok(!('kernel_arguments' in r4e.properties));
  assert.ok(!('disks' in r4e.definitions.Storage.properties));
  assert.ok('files' in r4e.definitions.Storage.properties);
  assert.ok(!('clevis' in root('flatcar', '1.0.0').definitions.Luks.properties));
  assert.ok('clevis' in root('flatcar', '1.2.0-experimental').definitions.Luks.properties);
  assert.ok('links' in root('openshift', '4.14.0').definitions.Storage.properties);
});
