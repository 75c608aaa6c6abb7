// Warm-up runs in small steps over every mapping of a version, for every version; the document
// warm-up probes an opened document's keys without changing its model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { warmUpSteps, complete, createFeatureDocument, documentWarmUpSteps } from '../../../server/src/core/features';
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

test('document warm-up probes the document without changing its model, and answers stay the same', async () => {
  const gen = (await import(pathToFileURL(join(__dirname, '../../../../shared/bench/gen-docs.mjs')).href).catch(() => undefined)) as
    | { generateDoc(size: string): string }
    | undefined;
  const text = gen ? gen.generateDoc('medium') : 'variant: fcos\nversion: 1.6.0\nstorage:\n  files:\n    - path: /a\n      mode: 0644\n';
  const doc = createFeatureDocument(text);
  const before = JSON.stringify({ lines: doc.lines, starts: doc.lines.map((_l, i) => doc.lineStart(i)) });
  const at = text.indexOf('mode: 0644') + 'mode: '.length;
  const answer = JSON.stringify(complete(doc, at));
  let steps = 0;
  for (const _ of documentWarmUpSteps(doc)) steps++;
  assert.ok(steps > 20, `${steps} steps`);
  assert.equal(JSON.stringify({ lines: doc.lines, starts: doc.lines.map((_l, i) => doc.lineStart(i)) }), before);
  assert.equal(JSON.stringify(complete(doc, at)), answer);
});
