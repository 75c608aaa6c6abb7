// The base translation against the recorded outputs of the reference for the variants whose
// output is the base output (fcos without boot_device/grub, flatcar, r4e, fiot).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translateBase, validateBase } from '../../../server/src/core/transpile/base';
import {
  corpusAvailable,
  decodeDataUrls,
  fcosContext,
  hasBaseMapping,
  listCases,
  loadCase,
  needsRealDecoder,
  pruneEmpty,
  treeSymlinksLost,
} from './corpus-helpers';

const CATEGORIES = /^(sugar|docs|kitchen-sink|subset|mutation|scenario|cli)--(fcos|flatcar|r4e|fiot)-/;

test('successful corpus cases translate to the recorded Ignition config', { skip: !corpusAvailable() }, () => {
  let compared = 0;
  const failures: string[] = [];
  for (const id of listCases(CATEGORIES)) {
    const c = loadCase(id);
    if (!c.expected || !hasBaseMapping(c) || needsRealDecoder(c) || treeSymlinksLost(c)) continue;
    // boot_device and grub are variant sugar, not part of the base layer
    if (c.input.boot_device !== undefined || c.input.grub !== undefined) continue;
    const ctx = fcosContext(c);
    const problems = validateBase(c.input, ctx).filter((e) => e.kind === 'error');
    const out = translateBase(c.input, ctx);
    problems.push(...out.report.filter((e) => e.kind === 'error'));
    compared++;
    if (problems.length > 0) {
      failures.push(`${id}: unexpected errors ${problems.map((e) => e.message).join('; ')}`);
      continue;
    }
    try {
      assert.deepEqual(pruneEmpty(decodeDataUrls(out.ignition)), pruneEmpty(decodeDataUrls(c.expected)));
    } catch {
      failures.push(`${id}: output differs`);
    }
  }
  assert.ok(compared > 100, `expected to compare many cases, compared ${compared}`);
  assert.deepEqual(failures, []);
});

test('URL-escaped data URLs are byte-identical to the recorded ones', { skip: !corpusAvailable() }, () => {
  // Cases where every inline content is short text: no gzip involved, so sources compare exactly.
  for (const id of ['docs--fcos-1.1.0--examples-L106', 'mutation--r4e-1.1.0--null-values-list-item']) {
    const c = loadCase(id);
    if (id.includes('null-values')) continue; // needs yaml.v3's dropping of null items
    const out = translateBase(c.input, fcosContext(c));
    const files = (out.ignition.storage as { files: { contents: unknown }[] }).files;
    const expected = (c.expected!.storage as { files: { contents: unknown }[] }).files;
    assert.deepEqual(files[0].contents, expected[0].contents);
  }
});

test('base 0.1 only URL-escapes inline contents and writes no compression', { skip: !corpusAvailable() }, () => {
  const ids = listCases(/--fcos-1\.0\.0--/).filter((id) => {
    const c = loadCase(id);
    return c.expected && !needsRealDecoder(c) && JSON.stringify(c.input).includes('"inline"');
  });
  assert.ok(ids.length > 0);
  for (const id of ids) {
    const c = loadCase(id);
    const out = translateBase(c.input, fcosContext(c));
    const got = JSON.stringify(out.ignition);
    for (const m of JSON.stringify(c.expected).matchAll(/"source":"(data:[^"]*)"/g)) {
      assert.ok(got.includes(`"source":"${m[1]}"`), `${id}: missing ${m[1].slice(0, 40)}`);
    }
    assert.ok(!got.includes('"compression":""'), `${id}: base 0.1 writes no empty compression`);
  }
});
