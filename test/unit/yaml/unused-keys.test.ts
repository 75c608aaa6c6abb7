// "unused key" warnings (and the context-tree mismatch warning) with the reference's paths and
// positions, checked against the corpus and on small fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml, unmarshal, findUnusedKeys, GoStruct } from '../../../server/src/core/yaml';
import { HEADER_TYPE, canonicalSemver } from '../../../server/src/core/header';
import { lookupVersion } from '../../../server/src/core/spec';
import { formatPath, ReportEntry } from '../../../server/src/core/types';
import { allCases, corpusAvailable } from './corpus';

const rawLine = (e: ReportEntry) => `${e.kind} at ${formatPath(e.path ?? [])}, line ${e.line} col ${e.col}: ${e.message}`;

test('corpus: every unused-key and tree-mismatch warning we produce is one the reference printed', { skip: !corpusAvailable() }, () => {
  let matched = 0;
  for (const c of allCases()) {
    const parsed = parseYaml(c.input);
    if (parsed.error || !parsed.root) continue;
    const header = unmarshal(parsed.root, HEADER_TYPE);
    const { variant, version } = (header.value ?? {}) as { variant?: string; version?: string };
    if (header.errors.length || !variant || !version || !canonicalSemver(version)) continue;
    const info = lookupVersion(variant, canonicalSemver(version)!);
    if (!info || unmarshal(parsed.root, info.rootType).errors.length) continue;
    const expectedLines = new Set(c.stderr.split('\n'));
    for (const e of findUnusedKeys(parsed.root, info.rootType)) {
      assert.ok(expectedLines.has(rawLine(e)), `${c.id}: unexpected ${rawLine(e)}`);
      matched++;
    }
  }
  assert.ok(matched >= 30, `only ${matched} warnings matched`);
});

test('corpus: the expected unused-key lines of plain source configs are all produced', { skip: !corpusAvailable() }, () => {
  for (const id of ['mutation--fcos-1.6.0--context-tree-mismatch', 'mutation--fcos-1.7.0--null-values-field', 'mutation--r4e-1.1.0--null-values-list-item']) {
    const c = allCases().find((x) => x.id === id)!;
    const parsed = parseYaml(c.input);
    const header = unmarshal(parsed.root, HEADER_TYPE).value as { variant: string; version: string };
    const info = lookupVersion(header.variant, canonicalSemver(header.version)!)!;
    const ours = findUnusedKeys(parsed.root, info.rootType).map(rawLine);
    const theirs = c.stderr.split('\n').filter((l) => l.startsWith('warning at '));
    assert.deepEqual(ours, theirs, id);
  }
});

const UNIT: GoStruct = { kind: 'struct', goName: 'v.Unit', fields: [{ key: 'name', type: { kind: 'string' } }] };
const ROOT: GoStruct = {
  kind: 'struct',
  goName: 'v.Config',
  fields: [
    { key: 'variant', type: { kind: 'string' } },
    { key: 'units', type: { kind: 'slice', elem: UNIT } },
    { key: 'opt', type: { kind: 'pointer', elem: UNIT } },
    { key: 'inner', type: UNIT },
  ],
};

function unused(yaml: string) {
  const parsed = parseYaml(yaml);
  assert.equal(parsed.error, undefined);
  return findUnusedKeys(parsed.root, ROOT).map(rawLine);
}

test('unused keys point at the key, in struct-field walk order', () => {
  assert.deepEqual(unused('variant: x\nbogus: 1\nunits:\n  - name: a\n    extra: 2\n'), [
    'warning at $.bogus, line 2 col 1: unused key bogus',
    'warning at $.units.0.extra, line 5 col 5: unused key extra',
  ]);
});

test('a value struct given a non-mapping gets the tree-mismatch warning at the value', () => {
  assert.deepEqual(unused('inner: ~\n'), [
    'warning at $.inner, line 1 col 8: context tree does not match content tree at $.inner. Line and column reporting may be inconsistent. Unused keys may not be reported',
  ]);
  // A nil pointer is not walked.
  assert.deepEqual(unused('opt: ~\n'), []);
});

test('slice indexes are those of the decoded slice (null items dropped), as in the reference', () => {
  // The Go slice holds only the second item, at index 0; the reference looks up $.units.0 in
  // the source, which is the null item.
  assert.deepEqual(unused('units:\n  - ~\n  - name: a\n    extra: 1\n'), [
    'warning at $.units.0, line 2 col 5: context tree does not match content tree at $.units.0. Line and column reporting may be inconsistent. Unused keys may not be reported',
  ]);
});

test('merge keys and alias keys count as keys of their own', () => {
  assert.deepEqual(unused('units:\n  - <<: {name: a}\n'), ['warning at $.units.0.<<, line 2 col 5: unused key <<']);
});

test('the walk gives the same warnings whether or not an unmarshal of the same or another type came first', () => {
  const parsed = parseYaml('variant: x\nbogus: 1\nunits:\n  - name: a\n    extra: 2\n');
  const expected = ['warning at $.bogus, line 2 col 1: unused key bogus', 'warning at $.units.0.extra, line 5 col 5: unused key extra'];
  unmarshal(parsed.root, UNIT);
  assert.deepEqual(findUnusedKeys(parsed.root, ROOT).map(rawLine), expected);
  unmarshal(parsed.root, ROOT);
  assert.deepEqual(findUnusedKeys(parsed.root, ROOT).map(rawLine), expected);
  assert.deepEqual(findUnusedKeys(parsed.root, ROOT).map(rawLine), expected);
});
