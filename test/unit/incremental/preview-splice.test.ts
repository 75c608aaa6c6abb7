// The placing rules of the preview splice, on small hand-made inputs: which report orders are
// certain, how findings and links after the edited entry move, and the output text splice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PlacedFinding, SourcePlacement, renumbered, splicePreview, spliceReport } from '../../../server/src/core/incremental/preview-splice';

// Entry 1 of storage.files occupies lines 10..13 (oldEndLine 14); the edit added 2 lines.
const at: SourcePlacement = { list: 'storage.files', index: 1, line: 10, dashColumn: 4, oldEndLine: 14, lineDelta: 2, lineOffset: 6 };
const range = (line: number) => ({ start: { line, character: 6 }, end: { line, character: 10 } });
const finding = (path: string, line: number, code = 'butane.unused-key'): PlacedFinding => ({ kind: 'warning', code, message: 'm', path, line: line + 1, col: 7, range: range(line) });

test('report: the entry alone reported, or nothing from it before and after: placed with certainty', () => {
  const fresh = [finding('$.storage.files.1.x', 11)];
  assert.deepEqual(spliceReport([finding('$.storage.files.1.y', 12)], fresh, at), fresh);
  const before = finding('$.storage.files.0.a', 5);
  const after = finding('$.storage.files.2.a', 20);
  assert.deepEqual(spliceReport([before, after], [], at), [before, { ...after, line: 23, range: range(22) }]);
});

test('report: findings matching the old ones kind by kind take their places; otherwise no certainty', () => {
  const before = finding('$.storage.files.0.a', 5);
  const old = finding('$.storage.files.1.x', 11);
  const after = finding('$.storage.files.2.a', 20);
  const moved = finding('$.storage.files.1.x', 13);
  assert.deepEqual(spliceReport([before, old, after], [moved], at), [before, moved, { ...after, line: 23, range: range(22) }]);
  assert.equal(spliceReport([before, after], [moved], at), undefined, 'a new finding among others: its place depends on the check order');
  assert.equal(spliceReport([before, old, after], [], at), undefined);
  assert.equal(spliceReport([before, old], [finding('$.storage.files.1.x', 11, 'ignition.dirty-path')], at), undefined);
});

test('report: a finding of another entry inside the edited lines (a check across entries) stops the splice', () => {
  assert.equal(spliceReport([finding('$.storage.files.0.path', 11, 'ignition.duplicate')], [], at), undefined);
});

test('renumbered: the stand-in entry 0 becomes the entry index, longer indexes stay', () => {
  assert.equal(renumbered('$.storage.files.0.mode', 'storage.files', 7), '$.storage.files.7.mode');
  assert.equal(renumbered('at $.storage.files.0 and $.storage.files.01', 'storage.files', 3), 'at $.storage.files.3 and $.storage.files.01');
});

test('output splice: the entry text replaced, later entries moved by the size difference', () => {
  const output = '[A][BB][C]';
  const items = new Map([['storage.files', [[0, 3], [3, 7], [7, 10]] as [number, number][]]]);
  const outputIndexes = new Map([['storage.files', [0, 1, 2]]]);
  const standIn = { output: 'x[BBBB]y', items: new Map([['storage.files', [[1, 7]] as [number, number][]]]), outputIndexes: new Map([['storage.files', [0]]]) };
  const spliced = splicePreview({ output, items, outputIndexes }, standIn, at)!;
  assert.equal(spliced.output, '[A][BBBB][C]');
  assert.deepEqual(spliced.items.get('storage.files'), [[0, 3], [3, 9], [9, 12]]);
  // Entry 1 written at output index 2 (a generated entry first): the splice goes there.
  const shifted = splicePreview({ output, items, outputIndexes: new Map([['storage.files', [0, 2]]]) }, standIn, at)!;
  assert.equal(shifted.output, '[A][BB][BBBB]');
});
