// For every variant/version: key completion at the root and inside every object and list entry
// offers exactly the keys the decoder's Go type tree has there (the tree the conformance corpus
// checks), minus fields the variant always refuses, minus keys already present. Both list
// styles (dash indented under the key, and dash at the key's column) are exercised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete } from '../../../server/src/core/features';
import { describeField, listVersions, lookupVersion } from '../../../server/src/core/spec';
import { fixture } from './markers';
import { Position, documentAt, positions } from './spec-positions';

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
