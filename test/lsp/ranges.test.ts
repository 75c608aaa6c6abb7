// Unit tests of the server's position helpers and diagnostic conversion, on hand-built YAML trees
// (independent of the engine): CLI positions are 1-based with columns in code points, LSP
// positions are 0-based in UTF-16 units.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/lsp/line-index';
import { SourceRanges } from '../../server/src/lsp/source-ranges';
import { diagnosticsOf } from '../../server/src/lsp/diagnostics';
import { Analysis } from '../../server/src/lsp/analysis';
import { YMap, YNode, YScalar } from '../../server/src/core/yaml/types';
import { ReportEntry } from '../../server/src/core/types';

/** A plain scalar node for `value` found at its `occurrence`-th place in `text`. */
function scalar(text: string, value: string, occurrence = 0): YScalar {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(value, start + 1);
  assert.ok(start >= 0, `${value} not in text`);
  const before = text.slice(0, start);
  const line = before.split('\n').length;
  const col = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return { kind: 'scalar', value, tag: '!!str', style: 'plain', start, end: start + value.length, line, col };
}

function map(text: string, pairs: [YScalar, YNode][]): YMap {
  const first = pairs[0][0];
  return { kind: 'map', entries: pairs.map(([key, value]) => ({ key, value })), start: first.start, end: text.length, line: first.line, col: first.col };
}

test('LineIndex: CLI columns count code points, LSP characters count UTF-16 units', () => {
  const text = 'a: 1\r\nemoji: "\u{1F600}" x\nlast';
  const lines = new LineIndex(text);
  assert.equal(lines.lineCount, 3);
  // Line 2, col 11 is the " after the emoji (e=1 ... "=8, emoji=9, "=10, space=11).
  const offset = lines.offsetOfCliPosition(2, 11);
  assert.equal(text[offset], ' ');
  assert.deepEqual(lines.position(offset), { line: 1, character: 11 });
  assert.equal(lines.lineEnd(0), 4, 'CRLF not part of the line');
  assert.deepEqual(lines.position(10_000), { line: 2, character: 4 }, 'offsets are clamped');
  assert.equal(lines.offsetOfCliPosition(1, 99), 4, 'columns are clamped to the line');
});

test('SourceRanges: an entry range starts at the CLI position and covers the key there', () => {
  const text = 'variant: fcos\nversion: 1.5.0\nsystemd:\n  bogus: 3\n';
  const bogus = scalar(text, 'bogus');
  const root = map(text, [
    [scalar(text, 'variant'), scalar(text, 'fcos')],
    [scalar(text, 'version'), scalar(text, '1.5.0')],
    [scalar(text, 'systemd'), map(text, [[bogus, scalar(text, '3')]])],
  ]);
  const ranges = new SourceRanges(new LineIndex(text), root);
  const entry: ReportEntry = { kind: 'warning', path: ['systemd', 'bogus'], tag: 'yaml', message: 'unused key bogus', code: 'butane.unused-key', line: 4, col: 3 };
  assert.deepEqual(ranges.entryRange(entry), { start: { line: 3, character: 2 }, end: { line: 3, character: 7 } });
  // Without line/col the path decides; a missing tail falls back to the deepest existing node.
  const missingTail: ReportEntry = { ...entry, line: undefined, col: undefined, path: ['version', 'nested', 0] };
  assert.deepEqual(ranges.entryRange(missingTail), { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } });
  const noPos: ReportEntry = { ...entry, line: undefined, col: undefined, path: ['version'] };
  assert.deepEqual(ranges.entryRange(noPos), { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } });
});

function analysisOf(text: string, root: YNode | null, report: ReportEntry[], extra: Partial<Analysis> = {}): Analysis {
  const lines = new LineIndex(text);
  return {
    uri: 'file:///x.bu',
    version: 1,
    inputsKey: '', readsFiles: false,
    strict: false,
    lines,
    parsed: { text, root, documentCount: 1 },
    result: { outputLanguage: 'json', report, output: '{}' },
    ranges: new SourceRanges(lines, root),
    ...extra,
  };
}

test('diagnosticsOf: severities, strict, codes and the redundant fatal summary', () => {
  const text = 'variant: fcos\nversion: 1.5.0\nbogus: 1\n';
  const root = map(text, [
    [scalar(text, 'variant'), scalar(text, 'fcos')],
    [scalar(text, 'version'), scalar(text, '1.5.0')],
    [scalar(text, 'bogus'), scalar(text, '1')],
  ]);
  const warning: ReportEntry = { kind: 'warning', path: ['bogus'], tag: 'yaml', message: 'unused key bogus', code: 'butane.unused-key', line: 3, col: 1 };
  const plain = diagnosticsOf(analysisOf(text, root, [warning]));
  assert.equal(plain.length, 1);
  assert.equal(plain[0].severity, 2);
  assert.equal(plain[0].code, 'butane.unused-key');
  assert.equal(plain[0].source, 'butane');
  assert.deepEqual(plain[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });

  const strict = diagnosticsOf(analysisOf(text, root, [warning], { strict: true }));
  assert.equal(strict[0].severity, 1, 'strict reports warnings as errors');

  // "source config is invalid" only summarises the report's errors: not repeated as its own diagnostic.
  const error: ReportEntry = { ...warning, kind: 'error', message: 'some error' };
  const failed = analysisOf(text, root, [error]);
  failed.result = { outputLanguage: 'json', report: [error], fatal: 'source config is invalid' };
  assert.deepEqual(diagnosticsOf(failed).map((d) => d.message), ['some error']);
  failed.result = { outputLanguage: 'json', report: [error], fatal: 'config generated was invalid' };
  assert.deepEqual(diagnosticsOf(failed).map((d) => d.message), ['some error']);

  // Any other fatal message stands alone, on fatalLine.
  const noVariant = analysisOf(text, root, []);
  noVariant.result = { outputLanguage: 'json', report: [], fatal: 'error parsing variant; must be specified', fatalLine: 2 };
  const [fatal] = diagnosticsOf(noVariant);
  assert.equal(fatal.severity, 1);
  assert.equal(fatal.message, 'error parsing variant; must be specified');
  assert.equal(fatal.range.start.line, 1);
});

test('diagnosticsOf: a YAML error uses its exact offsets, an engine failure becomes one information note', () => {
  const text = 'variant: fcos\nversion: 1.5.0\nstorage:\n\tfiles: []\n';
  const tab = text.indexOf('\t');
  const a = analysisOf(text, null, []);
  a.parsed = { text, root: null, documentCount: 1, error: { message: 'yaml: line 4: found character that cannot start any token', line: 4, start: tab, end: tab + 1 } };
  a.result = { outputLanguage: 'json', report: [], fatal: 'Error unmarshaling yaml: yaml: line 4: found character that cannot start any token', fatalLine: 4 };
  const [d] = diagnosticsOf(a);
  assert.deepEqual(d.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } });
  assert.equal(d.code, 'butane.yaml-syntax');

  const broken = analysisOf(text, null, []);
  delete broken.result;
  broken.internalError = 'Error: boom\n    at somewhere';
  const notes = diagnosticsOf(broken);
  assert.equal(notes.length, 1);
  assert.equal(notes[0].severity, 3);
  assert.match(String(notes[0].message), /Error: boom$/);
});
