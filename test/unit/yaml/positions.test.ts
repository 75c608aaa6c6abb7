// Path ↔ position: the reference's line/col for report paths (deepest existing node, keys for
// unused keys), plus the editor helpers rangeOf and pathAt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../../server/src/core/yaml';
import { correlate, correlateKey, pathAt, rangeOf } from '../../../server/src/core/positions';
import { allCases, corpusAvailable } from './corpus';

test('corpus: every located report line resolves to the printed line and column', { skip: !corpusAvailable() }, () => {
  let checked = 0;
  for (const c of allCases()) {
    const parsed = parseYaml(c.input);
    if (!parsed.root) continue;
    for (const line of c.stderr.split('\n')) {
      const m = /^(?:error|warning|info) at \$([^,]*), line (\d+) col (\d+): (.*)$/.exec(line);
      if (!m || m[4].startsWith('unused key')) continue;
      const path = m[1] === '' ? [] : m[1].slice(1).split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const pos = correlate(parsed.root, path);
      assert.deepEqual([pos?.line, pos?.col], [Number(m[2]), Number(m[3])], `${c.id}: ${line}`);
      checked++;
    }
  }
  assert.ok(checked > 500, `only ${checked} lines checked`);
});

const DOC = 'metadata: {}\nstorage:\n  files:\n    - path: /a\n      mode:\n    - path: /b\nlist: &l [1, 2]\nref: *l\n';

test('a missing key resolves to its nearest existing parent (metadata exists, name missing)', () => {
  const root = parseYaml(DOC).root;
  assert.deepEqual(pick(correlate(root, ['metadata', 'name'])), [1, 11]);
  assert.deepEqual(pick(correlate(root, ['storage', 'files', 1, 'mode'])), [6, 7]);
  assert.deepEqual(pick(correlate(root, ['storage', 'files', 7])), [4, 5]);
  assert.deepEqual(pick(correlate(root, [])), [1, 1]);
});

test('an empty value sits right after its colon; aliases are leaves', () => {
  const root = parseYaml(DOC).root;
  assert.deepEqual(pick(correlate(root, ['storage', 'files', 0, 'mode'])), [5, 12]);
  assert.deepEqual(pick(correlate(root, ['ref', 0])), [8, 6]);
});

test('correlateKey gives the key position', () => {
  const root = parseYaml(DOC).root;
  assert.deepEqual(pick(correlateKey(root, ['storage', 'files', 0, 'path'])), [4, 7]);
});

test('columns count characters, offsets count UTF-16 units', () => {
  const text = 'a: [ü, 😀, x]\n';
  const root = parseYaml(text).root;
  const x = correlate(root, ['a', 2])!;
  assert.equal(x.col, 11);
  assert.equal(text.slice(x.start, x.end), 'x');
  const bytes = parseYaml(new TextEncoder().encode(text)).root;
  assert.equal(correlate(bytes, ['a', 2])!.col, 11);
});

test('rangeOf gives key and value ranges, and whether the whole path exists', () => {
  const text = DOC;
  const root = parseYaml(text).root;
  const r = rangeOf(root, ['storage', 'files', 0, 'path'])!;
  assert.equal(text.slice(...r.valueRange), '/a');
  assert.equal(text.slice(...r.keyRange!), 'path');
  assert.equal(r.exact, true);
  const missing = rangeOf(root, ['metadata', 'name'])!;
  assert.equal(missing.exact, false);
  assert.equal(text.slice(...missing.valueRange), '{}');
  assert.equal(text.slice(...missing.keyRange!), 'metadata');
});

test('pathAt finds the node under an offset', () => {
  const text = DOC;
  const root = parseYaml(text).root;
  assert.deepEqual(pathAt(root, text.indexOf('/b')), ['storage', 'files', 1, 'path']);
  assert.deepEqual(pathAt(root, text.indexOf('path: /a')), ['storage', 'files', 0, 'path']);
  assert.deepEqual(pathAt(root, text.indexOf('2]')), ['list', 1]);
  assert.deepEqual(pathAt(root, text.indexOf('files')), ['storage', 'files']);
});

function pick(p: { line: number; col: number } | undefined) {
  return p ? [p.line, p.col] : undefined;
}
