// The status bar text (client/src/preview/status-text.ts). Fatal messages are the CLI's own
// (`Error translating config: <fatal>`, as in the conformance corpus); fcos 1.5.0 translates to
// Ignition 3.4.0 per Butane's spec table.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { TranspileResult } from '../../../server/src/lsp/protocol';
import { statusText, variantFromText } from '../../../client/src/preview/status-text';

const failed = (fatal: string, extra: Partial<TranspileResult> = {}): TranspileResult => ({ output: null, language: 'json', report: [], fatal, version: 1, ...extra });

test('a config that translates: variant, version and the Ignition version, with counts', () => {
  const result: TranspileResult = {
    output: '{}', language: 'json', fatal: null, version: 1, variant: 'fcos', variantVersion: '1.5.0', ignitionVersion: '3.4.0',
    report: [{ kind: 'warning', message: 'w' } as TranspileResult['report'][number]],
  };
  assert.equal(statusText(result), 'fcos 1.5.0 → Ignition 3.4.0 $(error) 0 $(warning) 1');
  assert.equal(statusText({ ...result, language: 'yaml', variant: 'openshift', variantVersion: '4.14.0' }), 'openshift 4.14.0 → MachineConfig $(error) 0 $(warning) 1');
});

test('YAML that does not parse: the variant and version read from the text, else "Butane"', () => {
  const fatal = 'Error unmarshaling yaml: yaml: line 3: did not find expected node content';
  assert.equal(statusText(failed(fatal), 'variant: fcos\nversion: 1.5.0\nstorage: [\n'), 'fcos 1.5.0: invalid YAML $(error) 1 $(warning) 0');
  assert.equal(statusText(failed(fatal), 'storage: [\n'), 'Butane: invalid YAML $(error) 1 $(warning) 0');
  assert.equal(statusText(failed(fatal)), 'Butane: invalid YAML $(error) 1 $(warning) 0');
  assert.equal(statusText(failed('yaml: unmarshal errors:\n  line 2: cannot unmarshal !!seq into string'), 'variant: fcos\nversion: [1]\n'), 'Butane: invalid YAML $(error) 1 $(warning) 0');
});

test('the error count is that of the report when it has errors', () => {
  const report = [{ kind: 'error' }, { kind: 'error' }] as TranspileResult['report'];
  assert.equal(statusText(failed('Error unmarshaling yaml: yaml: line 2: found character that cannot start any token', { report }), ''), 'Butane: invalid YAML $(error) 2 $(warning) 0');
});

test('no variant, a bad version, no translator: said in a few words', () => {
  assert.equal(statusText(failed('error parsing variant; must be specified'), 'version: 1.5.0\n'), 'Butane: no variant $(error) 1 $(warning) 0');
  assert.equal(statusText(failed('error parsing version; must be a valid semver'), 'variant: fcos\nversion: one\n'), 'fcos one: invalid version $(error) 1 $(warning) 0');
  assert.equal(statusText(failed('No translator exists for variant fcos with version 1.9.0'), 'variant: fcos\nversion: 1.9.0\n'), 'fcos 1.9.0: unsupported variant or version $(error) 1 $(warning) 0');
});

test('a config that is invalid but has a target keeps the usual form', () => {
  const result = failed('source config is invalid', { variant: 'fcos', variantVersion: '1.5.0', ignitionVersion: '3.4.0', report: [{ kind: 'error' }] as TranspileResult['report'] });
  assert.equal(statusText(result), 'fcos 1.5.0 → Ignition 3.4.0 $(error) 1 $(warning) 0');
});

test('variantFromText: top-level plain or quoted scalars, comments allowed; nested keys ignored', () => {
  assert.deepEqual(variantFromText('variant: fcos\nversion: 1.6.0\n'), { variant: 'fcos', version: '1.6.0' });
  assert.deepEqual(variantFromText('# c\nversion: "1.6.0"  # v\nvariant: \'flatcar\'\n'), { variant: 'flatcar', version: '1.6.0' });
  assert.equal(variantFromText('storage:\n  variant: fcos\n  version: 1.6.0\n'), undefined);
  assert.equal(variantFromText('variant: fcos\n'), undefined);
});
