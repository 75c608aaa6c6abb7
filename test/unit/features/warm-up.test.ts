// Warm-up runs in small steps over every mapping of a version, for every version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warmUpSteps, complete } from '../../../server/src/core/features';
import { listVersions } from '../../../server/src/core/spec';
import { fixture } from './markers';

test('warm-up visits every mapping of each version in steps, and completion agrees afterwards', () => {
  for (const { variant, version } of listVersions()) {
    let steps = 0;
    for (const _ of warmUpSteps(variant, version)) steps++;
    assert.ok(steps > 20, `${variant} ${version}: ${steps} steps`);
  }
  const f = fixture('variant: fcos\nversion: 1.0.0\nstorage:\n  files:\n    - contents:\n        ‸\n');
  assert.deepEqual(
    complete(f.text, f.cursor).filter((i) => i.kind === 10).map((i) => i.label).sort(),
    ['compression', 'inline', 'source', 'verification'],
  );
});

test('warm-up without a known header warms the assumed version', () => {
  let steps = 0;
  for (const _ of warmUpSteps(undefined, undefined)) steps++;
  assert.ok(steps > 20);
});
