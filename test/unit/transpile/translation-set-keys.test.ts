// The translation set keys its entries by the formatted output path, as the reference's
// map[string]Translation does: paths that format to the same text share one entry, whatever
// their segments look like; the `set` view lists them in a Map's insertion order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TranslationSet } from '../../../server/src/core/transpile/translation-set';
import { formatPath } from '../../../server/src/core/types';

test('paths that format alike share one entry (dotted keys, index text)', () => {
  const ts = new TranslationSet();
  ts.add(['a'], ['metadata', 'labels', 'x.y']);
  assert.equal(ts.lookup(['metadata', 'labels', 'x', 'y'])!.from[0], 'a');
  ts.add(['b'], ['metadata', 'labels', 'x', 'y']);
  assert.equal(ts.size, 1);
  assert.deepEqual(ts.lookup(['metadata', 'labels', 'x.y'])!.from, ['b']);

  ts.add(['c'], ['list', 0]);
  assert.deepEqual(ts.lookup(['list', '0'])!.from, ['c']);
  ts.add(['d'], ['list', '1']);
  assert.deepEqual(ts.lookup(['list', 1])!.from, ['d']);
  // "01" is not the text of index 1
  assert.equal(ts.lookup(['list', '01']), undefined);
  ts.add(['e'], ['list.2']);
  assert.deepEqual(ts.lookup(['list', 2])!.from, ['e']);
  assert.equal(ts.lookup(['list']), undefined);
  assert.equal(ts.lookup([]), undefined);
  ts.add(['root'], []);
  assert.deepEqual(ts.lookup([])!.from, ['root']);
});

test('the set view: formatted keys, insertion order, replacing keeps the place, re-adding moves to the end', () => {
  const ts = new TranslationSet();
  ts.add(['1'], ['a']);
  ts.add(['2'], ['b', 0]);
  ts.add(['3'], ['c']);
  ts.add(['4'], ['a']);
  assert.deepEqual([...ts.set.keys()], ['$.a', '$.b.0', '$.c']);
  assert.deepEqual(ts.set.get('$.a')!.from, ['4']);
  assert.equal(ts.delete(['b', 0]), true);
  assert.equal(ts.delete(['b', 0]), false);
  assert.deepEqual([...ts.set.keys()], ['$.a', '$.c']);
  ts.add(['5'], ['b', 0]);
  assert.deepEqual([...ts.set.keys()], ['$.a', '$.c', '$.b.0']);
  assert.equal(ts.size, 3);
  for (const [key, t] of ts.set) assert.equal(key, formatPath(t.to));
});

test('map moves a translation and descend strips the prefix', () => {
  const ts = new TranslationSet();
  ts.add(['x'], ['spec', 'config', 'storage', 'files', 0, 'append', 0]);
  ts.add(['y'], ['spec', 'kernelArguments']);
  const moves = new TranslationSet();
  moves.add(['spec', 'config', 'storage', 'files', 0, 'append', 0], ['spec', 'config', 'storage', 'files', 0, 'contents']);
  const mapped = ts.map(moves);
  assert.equal(mapped.lookup(['spec', 'config', 'storage', 'files', 0, 'append', 0]), undefined);
  assert.deepEqual(mapped.lookup(['spec', 'config', 'storage', 'files', 0, 'contents'])!.from, ['x']);
  const inner = mapped.descend(['spec', 'config']);
  assert.equal(inner.size, 1);
  assert.deepEqual(inner.lookup(['storage', 'files', 0, 'contents'])!.from, ['x']);
});
