// butane/transpile answers what the CLI prints: the pretty output, or none with the fatal text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transpileResultOf, STRICT_FAILURE } from '../../server/src/lsp/transpile-request';
import { Analysis } from '../../server/src/lsp/analysis';
import { LineIndex } from '../../server/src/lsp/line-index';
import { SourceRanges } from '../../server/src/lsp/source-ranges';
import { ReportEntry } from '../../server/src/core/types';

function analysis(strict: boolean, report: ReportEntry[], output?: string, fatal?: string): Analysis {
  const text = 'variant: r4e\nversion: 1.0.0\n';
  const lines = new LineIndex(text);
  return {
    uri: 'file:///a.bu', version: 4, inputsKey: '', readsFiles: false, strict, lines,
    parsed: { text, root: null, documentCount: 1 },
    result: { outputLanguage: 'json', report, output, fatal },
    ranges: new SourceRanges(lines, null),
  };
}

const warning: ReportEntry = {
  kind: 'warning', path: ['storage', 'files', 0, 'mode'], tag: 'yaml', code: 'butane.decimal-mode', line: 6, col: 13,
  message: 'unreasonable mode would be reasonable if specified in octal; remember to add a leading zero',
};

test('report entries carry the CLI path text, position and an editor range', () => {
  const r = transpileResultOf(analysis(false, [warning], '{}'));
  assert.equal(r.output, '{}');
  assert.equal(r.fatal, null);
  assert.equal(r.version, 4);
  assert.equal(r.report[0].path, '$.storage.files.0.mode');
  assert.equal(r.report[0].line, 6);
  assert.equal(r.report[0].col, 13);
});

test('strict with any report entry: no output and the CLI message (corpus cli--r4e-1.0.0--check-strict)', () => {
  const r = transpileResultOf(analysis(true, [warning], '{}'));
  assert.equal(r.output, null);
  assert.equal(r.fatal, STRICT_FAILURE);
  assert.equal(STRICT_FAILURE, 'Config produced warnings and --strict was specified');
  assert.equal(transpileResultOf(analysis(true, [], '{}')).output, '{}', 'a clean config still transpiles');
});

test('a failed run has no output and keeps the fatal text', () => {
  const r = transpileResultOf(analysis(false, [], undefined, 'source config is invalid'));
  assert.equal(r.output, null);
  assert.equal(r.fatal, 'source config is invalid');
});
