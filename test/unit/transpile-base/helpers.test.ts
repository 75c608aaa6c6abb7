// Small pieces of the base layer: decimal-mode detection, files-dir containment, Go's JSON syntax
// errors, Go's handling of invalid UTF-8 in file contents, quadlet template names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeDecimalMode, cleanPath, joinPath, isWithinFilesDir, readLocalFile } from '../../../server/src/core/transpile/base';
import { goJsonSyntaxError } from '../../../server/src/core/transpile/base/go-json-syntax';
import { goStringFromBytes } from '../../../server/src/core/transpile/base/go-string';
import { templateOf, quadletPath } from '../../../server/src/core/transpile/base/quadlets';
import { quoteGoJsonString } from '../../../server/src/core/encoding/gojson';
import { MemoryHost } from './memory-host';

test('decimal modes flagged between 0 and 10000 are exactly the reference list', () => {
  // The modes the reference's own test lists as "reasonable only when read as octal".
  const dirs = [500, 550, 555, 700, 750, 755, 770, 775, 777, 1700, 1750, 1755, 1770, 1775, 1777, 2700, 2750, 2755, 2770, 2775, 2777, 3700, 3750, 3755, 3770, 3775, 3777];
  const files = [
    400, 440, 444, 500, 550, 555, 600, 640, 644, 660, 664, 666, 700, 750, 755, 770, 775, 777, 2500, 2550, 2555, 2700, 2750, 2755, 2770, 2775, 4500,
    4550, 4555, 4700, 4750, 4755, 4770, 4775, 6500, 6550, 6555, 6700, 6750, 6755, 6770, 6775,
  ];
  const flagged = (directory: boolean) => {
    const out: number[] = [];
    for (let m = -1; m <= 10000; m++) if (looksLikeDecimalMode(m, directory)) out.push(m);
    return out;
  };
  assert.deepEqual(flagged(true), dirs);
  assert.deepEqual(flagged(false), files);
});

test('paths are cleaned and joined like Go, and must stay inside the files dir', () => {
  assert.equal(cleanPath('a/./b/../c/'), 'a/c');
  assert.equal(cleanPath('/../x'), '/x');
  assert.equal(cleanPath('../../x'), '../../x');
  assert.equal(joinPath('./files', 'sub/x'), 'files/sub/x');
  assert.equal(joinPath('files', ''), 'files');
  assert.ok(isWithinFilesDir('files/x', 'files'));
  assert.ok(isWithinFilesDir('files', 'files'));
  assert.ok(!isWithinFilesDir('x', 'files'));
  assert.ok(!isWithinFilesDir('files2/x', 'files'));
  assert.ok(isWithinFilesDir('x', '.'));
  assert.ok(!isWithinFilesDir('../x', '.'));
  assert.ok(!isWithinFilesDir('../../a', '..'));
  assert.ok(isWithinFilesDir('/srv/files/a', '/srv/files/'));
});

test('reading local files: the error texts the CLI prints', () => {
  const host = new MemoryHost().file('files/a.txt', 'A');
  assert.deepEqual([...readLocalFile('a.txt', 'files', host)], [65]);
  assert.throws(() => readLocalFile('a.txt', undefined, host), {
    message: 'local file paths are relative to a files directory that must be specified with -d/--files-dir',
  });
  assert.throws(() => readLocalFile('../input.bu', 'files', host), { message: 'local file path traverses outside the files directory' });
  assert.throws(() => readLocalFile('does/not/exist.txt', 'files', host), { message: 'open files/does/not/exist.txt: no such file or directory' });
});

test("Go's JSON syntax error texts", () => {
  assert.equal(goJsonSyntaxError('{"ignition": {"version": "3.4.0"}} trailing'), "invalid character 't' after top-level value");
  assert.equal(goJsonSyntaxError(''), 'unexpected end of JSON input');
  assert.equal(goJsonSyntaxError('{"a": 1'), 'unexpected end of JSON input');
  assert.equal(goJsonSyntaxError('{"a" 1}'), "invalid character '1' after object key");
  assert.equal(goJsonSyntaxError('{"a": 1 "b"}'), "invalid character '\"' after object key:value pair");
  assert.equal(goJsonSyntaxError('[1 2]'), "invalid character '2' after array element");
  assert.equal(goJsonSyntaxError('{a: 1}'), "invalid character 'a' looking for beginning of object key string");
  assert.equal(goJsonSyntaxError('tru'), 'unexpected end of JSON input');
  assert.equal(goJsonSyntaxError('trux'), "invalid character 'x' in literal true (expecting 'e')");
  assert.equal(goJsonSyntaxError('-x'), "invalid character 'x' in numeric literal");
  assert.equal(goJsonSyntaxError('{"a": [1, {"b": null}], "c": -1.5e+3}'), undefined);
});

test('invalid UTF-8 bytes from files end up as \\ufffd escapes, one per byte', () => {
  const bytes = new Uint8Array([0x6f, 0x6b, 0xc3, 0xa9, 0xff, 0xfe, 0xe2, 0x82]);
  const s = goStringFromBytes(bytes);
  assert.equal(quoteGoJsonString(s), '"oké\\ufffd\\ufffd\\ufffd\\ufffd"');
  // overlong encodings and encoded surrogates are invalid too
  assert.equal(quoteGoJsonString(goStringFromBytes(new Uint8Array([0xc0, 0xaf, 0xed, 0xa0, 0x80]))), '"' + '\\ufffd'.repeat(5) + '"');
  assert.equal(goStringFromBytes(new TextEncoder().encode('𝄞 ✓')), '𝄞 ✓');
});

test('quadlet template instances and paths', () => {
  assert.equal(templateOf('foo@100.container'), 'foo@.container');
  assert.equal(templateOf('foo@.container'), undefined);
  assert.equal(templateOf('foo.container'), undefined);
  assert.equal(quadletPath(true, 'web.container'), '/etc/containers/systemd/web.container');
  assert.equal(quadletPath(false, 'web.container'), '/etc/containers/systemd/users/web.container');
});
