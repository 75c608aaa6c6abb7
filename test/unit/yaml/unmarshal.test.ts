// Decoding into typed Go values with yaml.v3's rules, and its type-error texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml, unmarshal, GoStruct, GoType } from '../../../server/src/core/yaml';
import { HEADER_TYPE, canonicalSemver } from '../../../server/src/core/header';
import { lookupVersion } from '../../../server/src/core/spec';
import { allCases, corpusAvailable } from './corpus';

const FILE: GoStruct = {
  kind: 'struct',
  goName: 'v0_5.File',
  fields: [
    { key: 'path', type: { kind: 'string' } },
    { key: 'mode', type: { kind: 'pointer', elem: { kind: 'int' } } },
    { key: 'overwrite', type: { kind: 'pointer', elem: { kind: 'bool' } } },
    { key: 'label', type: { kind: 'pointer', elem: { kind: 'string' } } },
  ],
};
const CONFIG: GoStruct = {
  kind: 'struct',
  goName: 'v0_5.Config',
  fields: [
    { key: 'name', type: { kind: 'string' } },
    { key: 'count', type: { kind: 'int' } },
    { key: 'enabled', type: { kind: 'bool' } },
    { key: 'ratio', type: { kind: 'float' } },
    { key: 'files', type: { kind: 'slice', elem: FILE } },
    { key: 'args', type: { kind: 'slice', elem: { kind: 'string' } } },
    { key: 'extra', type: { kind: 'pointer', elem: FILE } },
  ],
};

function decode(yaml: string, type: GoType = CONFIG) {
  const parsed = parseYaml(yaml);
  assert.equal(parsed.error, undefined, parsed.error?.message);
  return unmarshal(parsed.root, type);
}

test('integers use Go base-0 parsing: 0644 is octal, 0o/0x/0b prefixes, underscores', () => {
  const cases: [string, number][] = [['0644', 420], ['0o644', 420], ['0x1A4', 420], ['0b110100100', 420], ['420', 420], ['-0644', -420], ['4_20', 420], ['+12', 12]];
  for (const [text, want] of cases) {
    assert.deepEqual(decode(`files: [{mode: ${text}}]`).value, { files: [{ mode: want }] }, text);
  }
});

test('a float fits an int field by truncation; "08" is a float 8', () => {
  assert.deepEqual(decode('count: 1.9').value, { count: 1 });
  assert.deepEqual(decode('count: 08').value, { count: 8 });
});

test('quoted numbers are strings and do not fit int fields', () => {
  const r = decode('files: [{mode: "0644"}]');
  assert.deepEqual(r.errors, ['line 1: cannot unmarshal !!str `0644` into int']);
});

test('bool fields also take the YAML 1.1 words; string fields keep them as text', () => {
  for (const w of ['yes', 'Yes', 'YES', 'on', 'On', 'ON', 'y', 'Y', 'true', 'True', 'TRUE']) assert.deepEqual(decode(`enabled: ${w}`).value, { enabled: true }, w);
  for (const w of ['no', 'off', 'n', 'N', 'false', 'FALSE']) assert.deepEqual(decode(`enabled: ${w}`), { value: {}, errors: [] }, w);
  assert.deepEqual(decode('name: yes').value, { name: 'yes' });
  assert.deepEqual(decode('name: 0644').value, { name: '0644' });
  assert.deepEqual(decode('name: 1.50').value, { name: '1.50' });
  assert.deepEqual(decode('enabled: 1').errors, ['line 1: cannot unmarshal !!int `1` into bool']);
  assert.deepEqual(decode('enabled: "true"').errors, ['line 1: cannot unmarshal !!str `true` into bool']);
});

test('type errors: scalar, sequence and mapping texts, with long values shortened', () => {
  assert.deepEqual(decode('count: 30s').errors, ['line 1: cannot unmarshal !!str `30s` into int']);
  assert.deepEqual(decode('count: not-a-number').errors, ['line 1: cannot unmarshal !!str `not-a-n...` into int']);
  assert.deepEqual(decode('name: [a]').errors, ['line 1: cannot unmarshal !!seq into string']);
  assert.deepEqual(decode('files:\n  path: /a').errors, ['line 2: cannot unmarshal !!map into []v0_5.File']);
  assert.deepEqual(decode('extra: text').errors, ['line 1: cannot unmarshal !!str `text` into v0_5.File']);
  assert.deepEqual(decode('just some text').errors, ['line 1: cannot unmarshal !!str `just so...` into v0_5.Config']);
  assert.deepEqual(decode('- a').errors, ['line 1: cannot unmarshal !!seq into v0_5.Config']);
  assert.deepEqual(decode('count: 2001-02-03').errors, ['line 1: cannot unmarshal !!timestamp `2001-02-03` into int']);
  assert.deepEqual(decode('count: !custom 3').errors, ['line 1: cannot unmarshal !custom `3` into int']);
});

test('errors are collected in document order and decoding goes on', () => {
  const r = decode('count: x\nenabled: maybe\nname: ok');
  assert.deepEqual(r.errors, ['line 1: cannot unmarshal !!str `x` into int', 'line 2: cannot unmarshal !!str `maybe` into bool']);
});

test('nulls: pointers and slices stay nil, values keep their zero value, null items are dropped', () => {
  assert.deepEqual(decode('name: ~\ncount: null\nfiles:\nextra:').value, {});
  assert.deepEqual(decode('files: [~, {path: /a}, null]').value, { files: [{ path: '/a' }] });
  assert.deepEqual(decode('files: []').value, { files: [] });
  assert.deepEqual(decode('extra: {}').value, { extra: {} });
  assert.deepEqual(decode('files: [{mode: 0, overwrite: false, label: ""}]').value, { files: [{ mode: 0, overwrite: false, label: '' }] });
});

test('duplicate keys are errors reported at the later key, for every earlier copy', () => {
  assert.deepEqual(decode('name: a\ncount: 1\nname: b\nname: c').errors, [
    'line 3: mapping key "name" already defined at line 1',
    'line 4: mapping key "name" already defined at line 1',
    'line 4: mapping key "name" already defined at line 3',
  ]);
  // Keys are compared by their text, so a quoted copy is a duplicate too.
  assert.deepEqual(decode('name: a\n"name": b').errors, ['line 2: mapping key "name" already defined at line 1']);
});

test('aliases decode as their targets; merge keys fill fields the mapping does not set', () => {
  assert.deepEqual(decode('name: &n hello\nargs: [*n, *n]').value, { name: 'hello', args: ['hello', 'hello'] });
  const merged = decode('base: &b {path: /a, mode: 0600}\nfiles:\n  - <<: *b\n    mode: 0644');
  assert.deepEqual(merged.value, { files: [{ path: '/a', mode: 420 }] });
  assert.deepEqual(decode('files:\n  - <<: [{path: /x}, {label: l}]').value, { files: [{ path: '/x', label: 'l' }] });
  assert.equal(decode('files:\n  - <<: 3').fatal, 'yaml: map merge requires map or sequence of maps as the value');
});

test('fatal decode errors: explicit tags that do not fit, bad base64, alias loops', () => {
  assert.equal(decode('count: !!int abc').fatal, 'yaml: cannot decode !!str `abc` as a !!int');
  assert.equal(decode('name: !!binary "***"').fatal, 'yaml: !!binary value contains invalid base64 data');
  assert.deepEqual(decode('name: !!binary aGVsbG8=').value, { name: 'hello' });
  const loop: GoType = { kind: 'slice', elem: { kind: 'slice', elem: { kind: 'slice', elem: { kind: 'string' } } } };
  assert.equal(decode('&a [*a]', loop).fatal, "yaml: anchor 'a' value contains itself");
});

test('alias bombs stop with "document contains excessive aliasing"', () => {
  let doc = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) doc += `${names[i]}: &${names[i]} [${Array(9).fill('*' + names[i - 1]).join(',')}]\n`;
  let t: GoType = { kind: 'string' };
  for (let i = 0; i < names.length; i++) t = { kind: 'slice', elem: t };
  const bomb: GoStruct = { kind: 'struct', goName: 'x.Bomb', fields: [{ key: 'i', type: t }] };
  const started = Date.now();
  assert.equal(decode(doc, bomb).fatal, 'yaml: document contains excessive aliasing');
  assert.ok(Date.now() - started < 5000);
});

test('corpus: unmarshal errors of the header pass and of the version types', { skip: !corpusAvailable() }, () => {
  let checked = 0;
  for (const c of allCases()) {
    const m = /^Error translating config: (Error unmarshaling yaml: )?yaml: unmarshal errors:\n((?: {2}.*\n?)+)/m.exec(c.stderr);
    if (!m) continue;
    const expected = m[2].trimEnd().split('\n').map((l) => l.slice(2));
    const parsed = parseYaml(c.input);
    const header = unmarshal(parsed.root, HEADER_TYPE);
    if (m[1]) {
      assert.deepEqual(header.errors, expected, c.id);
    } else {
      assert.deepEqual(header.errors, [], c.id);
      const { variant, version } = header.value as { variant: string; version: string };
      const info = lookupVersion(variant, canonicalSemver(version)!);
      assert.ok(info, c.id);
      assert.deepEqual(unmarshal(parsed.root, info!.rootType).errors, expected, c.id);
    }
    checked++;
  }
  assert.ok(checked >= 15, `only ${checked} cases`);
});

test('a field set again through a key that is not a plain string is reported (reference: butane v0.29.0)', () => {
  // An alias key and a !!binary key decode to an earlier key's name without being the same YAML key.
  assert.deepEqual(decode('files:\n  - &k path: /a\n    *k : /b\n').errors, ['line 3: field path already set in type v0_5.File']);
  assert.deepEqual(decode('files:\n  - path: /a\n    !!binary cGF0aA==: /b\n').errors, ['line 3: field path already set in type v0_5.File']);
  // Plain keys that repeat are duplicate mapping keys instead.
  assert.deepEqual(decode('files:\n  - path: /a\n    path: /b\n').errors, ['line 3: mapping key "path" already defined at line 2']);
  // A plain string into a string or *string field.
  assert.deepEqual(decode('files:\n  - path: /a\n    label: x\n').value, { files: [{ path: '/a', label: 'x' }] });
  assert.deepEqual(decode("files:\n  - path: ''\n    label: ''\n").value, { files: [{ label: '' }] });
});
