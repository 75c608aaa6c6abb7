// The CLI's report lines, in the shapes the reference prints (see corpus expected.stderr.txt files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatRawEntry, formatPrettyReport } from '../../../server/src/core/report-format';

test('raw line with path and position', () => {
  const line = formatRawEntry({ kind: 'warning', path: ['systemd', 'units', 0, 'bogus'], tag: 'yaml', message: 'unused key bogus', code: 'butane.unused-key', line: 21, col: 7 });
  assert.equal(line, 'warning at $.systemd.units.0.bogus, line 21 col 7: unused key bogus');
});

test('raw line with a position but an empty path omits the path', () => {
  const line = formatRawEntry({ kind: 'error', path: [], tag: 'yaml', message: 'boom', code: 'x', line: 1, col: 1 });
  assert.equal(line, 'error at line 1 col 1: boom');
});

test('raw line without any location', () => {
  assert.equal(formatRawEntry({ kind: 'info', path: null, tag: 'yaml', message: 'm', code: 'x' }), 'info: m');
  assert.equal(formatRawEntry({ kind: 'error', path: ['a', 1], tag: 'yaml', message: 'm', code: 'x' }), 'error at $.a.1: m');
});

test('pretty entry shows context lines and a caret under the token', () => {
  const src = 'variant: fcos\nversion: 1.5.0\nbogus: 1\nx: 2\n';
  const out = formatPrettyReport(
    [{ kind: 'warning', path: ['bogus'], tag: 'yaml', message: 'unused key bogus', code: 'butane.unused-key', line: 3, col: 1 }],
    'input.bu',
    src,
  );
  const expected = [
    'warning[$.bogus]:',
    '  --> input.bu:3:1',
    '   |',
    ' 1 | variant: fcos',
    ' 2 | version: 1.5.0',
    ' 3 | bogus: 1',
    '   | ^^^^^^ unused key bogus', // the caret runs to the next white space, as in the reference
    ' 4 | x: 2',
    ' 5 | ',
    '   |',
    '',
  ].join('\n');
  assert.equal(out, expected);
});
