// Findings C1b / C1c of the differential run: explicit !!null, !!map and !!seq tags on scalars.
// Expected texts are what the reference butane v0.29.0 printed for `ignition.timeouts.http_total`
// (a *int field) and `storage.files.N.mode` / `storage.files.N.path` carrying these tags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml, unmarshal, GoStruct, GoType } from '../../../server/src/core/yaml';

const TIMEOUTS: GoStruct = {
  kind: 'struct',
  goName: 'v0_5.Timeouts',
  fields: [
    { key: 'http_total', type: { kind: 'pointer', elem: { kind: 'int' } } },
    { key: 'name', type: { kind: 'pointer', elem: { kind: 'string' } } },
    { key: 'count', type: { kind: 'int' } },
  ],
};

function decode(yaml: string, type: GoType = TIMEOUTS) {
  const parsed = parseYaml(yaml);
  assert.equal(parsed.error, undefined, parsed.error?.message);
  return unmarshal(parsed.root, type);
}

test('!!null with a non-null value on a pointer field is a fatal resolve error (C1b)', () => {
  assert.equal(decode('http_total: !!null 1').fatal, 'yaml: cannot decode !!int `1` as a !!null');
  assert.equal(decode('http_total: !!null true').fatal, 'yaml: cannot decode !!bool `true` as a !!null');
  assert.equal(decode('name: !!null "x"').fatal, 'yaml: cannot decode !!str `x` as a !!null');
  assert.equal(decode('http_total: !!null 0644').fatal, 'yaml: cannot decode !!int `0644` as a !!null');
});

test('!!null with a null value still leaves a pointer field unset (C1b)', () => {
  for (const text of ['http_total: !!null ~', 'http_total: !!null', 'http_total: !!null null']) {
    const r = decode(text);
    assert.equal(r.fatal, undefined, text);
    assert.deepEqual(r.errors, [], text);
    assert.equal((r.value as Record<string, unknown>).http_total, undefined, text);
  }
});

test('!!map / !!seq on a scalar: the raw value follows the tag with no quoting (C1c)', () => {
  const cases: Array<[string, string]> = [
    ['http_total: !!map 1', 'line 1: cannot unmarshal !!map1 into int'],
    ['http_total: !!map yes', 'line 1: cannot unmarshal !!mapyes into int'],
    ['http_total: !!seq null', 'line 1: cannot unmarshal !!seqnull into int'],
    ['http_total: !!map', 'line 1: cannot unmarshal !!map into int'],
    ['http_total: !!map ""', 'line 1: cannot unmarshal !!map into int'],
    // No shortening either, unlike the backquoted form.
    ['http_total: !!seq abcdefghijklmnop', 'line 1: cannot unmarshal !!seqabcdefghijklmnop into int'],
    ['http_total: !!map "a b"', 'line 1: cannot unmarshal !!mapa b into int'],
    ['count: !!seq x', 'line 1: cannot unmarshal !!seqx into int'],
  ];
  for (const [text, expected] of cases) {
    const r = decode(text);
    assert.equal(r.fatal, undefined, text);
    assert.deepEqual(r.errors, [expected], text);
  }
});

test('other tags keep the backquoted value (C1c counterpart)', () => {
  assert.deepEqual(decode('http_total: !!str 1').errors, ['line 1: cannot unmarshal !!str `1` into int']);
});
