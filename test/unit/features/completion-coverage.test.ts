// For every variant/version: key completion at the root and inside every object and list entry
// offers exactly the keys the decoder's Go type tree has there (the tree the conformance corpus
// checks), minus fields the variant always refuses, minus keys already present. Both list
// styles (dash indented under the key, and dash at the key's column) are exercised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete } from '../../../server/src/core/features';
import { describeField, listVersions, lookupVersion } from '../../../server/src/core/spec';
import { GoType } from '../../../server/src/core/yaml/gotype';
import { fixture } from './markers';

type Seg = string | number;

interface Position {
  path: Seg[];
  keys: string[];
}

/** Every mapping position of the type tree: a struct reached through fields and list entries. */
function positions(type: GoType, path: Seg[], out: Position[]): void {
  while (type.kind === 'pointer') type = type.elem;
  if (type.kind === 'struct') {
    out.push({ path, keys: type.fields.map((f) => f.key) });
    for (const f of type.fields) positions(f.type, [...path, f.key], out);
  } else if (type.kind === 'slice') {
    positions(type.elem, [...path, 0], out);
  }
}

/** A document nesting down to `path`, with the cursor where the next key of that mapping goes. */
function documentAt(variant: string, version: string, path: Seg[], compact: boolean): string {
  const lines = [`variant: ${variant}`, `version: ${version}`];
  let indent = 0;
  let dash = false;
  for (const seg of path) {
    if (typeof seg === 'number') {
      dash = true;
      if (compact) indent -= 2;
      continue;
    }
    lines.push(' '.repeat(indent) + (dash ? '- ' : '') + seg + ':');
    indent += dash ? 4 : 2;
    dash = false;
  }
  lines.push(' '.repeat(indent) + (dash ? '- ‸' : '‸'));
  return lines.join('\n') + '\n';
}

for (const { variant, version } of listVersions()) {
  test(`${variant} ${version}: keys at the root and in every mapping match the version`, () => {
    const info = lookupVersion(variant, version)!;
    const all: Position[] = [];
    positions(info.rootType, [], all);
    assert.ok(all.length > 20, 'the type tree has nested structs');
    for (const { path, keys } of all) {
      const expected = keys
        .filter((k) => !(path.length === 0 && (k === 'variant' || k === 'version')))
        .filter((k) => {
          const r = describeField(info, [...path, k])?.restriction;
          return !(r && !r.machineConfigOnly);
        })
        .sort();
      for (const compact of [false, true]) {
        const f = fixture(documentAt(variant, version, path, compact));
        const offered = complete(f.text, f.cursor)
          .filter((i) => i.kind === 10)
          .map((i) => i.label)
          .sort();
        assert.deepEqual(offered, expected, `at ${JSON.stringify(path)} (${compact ? 'compact' : 'indented'} lists)\n${f.text}`);
      }
    }
  });
}
