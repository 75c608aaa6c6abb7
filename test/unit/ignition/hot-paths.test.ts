// The pieces rewritten for speed (shared walk path, link index, byte slicing, lookup tables),
// checked on the edge cases where a shortcut could drift from the reference's behaviour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUnitFile, validateIgnition } from '../../../server/src/core/ignition';
import { trimSpaceBytes, utf8Bytes, utf8String } from '../../../server/src/core/ignition/go/text';
import { dataUrlError } from '../../../server/src/core/ignition/go/dataurl';
import { findings } from './helpers';

test('used-symlink checks: one error per link the path lies under, duplicates and nesting included', () => {
  // Ignition's Storage.Validate tests every file/directory/link path against every link path + "/".
  const config = {
    ignition: { version: '3.4.0' },
    storage: {
      links: [
        { path: '/a', target: '/t' },
        { path: '/a', target: '/t' },
        { path: '/a/b', target: '/t' },
        { path: '/ab', target: '/t' },
      ],
      files: [{ path: '/a/b/c' }, { path: '/abc' }, { path: '/ab/x' }],
      directories: [{ path: '/a/b' }],
    },
  };
  const got = findings(config, '3.4.0').filter((f) => f.includes('includes link'));
  assert.deepEqual(got, [
    'error $.storage.directories.0: directory path includes link in config',
    'error $.storage.directories.0: directory path includes link in config',
    'error $.storage.files.0: file path includes link in config',
    'error $.storage.files.0: file path includes link in config',
    'error $.storage.files.0: file path includes link in config',
    'error $.storage.files.2: file path includes link in config',
    'error $.storage.links.2: link path includes link in config',
    'error $.storage.links.2: link path includes link in config',
  ]);
});

test('validation paths are independent of each other (the walk reuses one path array)', () => {
  const entries = validateIgnition({ ignition: { version: '3.4.0' }, storage: { files: [{ path: 'rel' }, { path: 'rel2' }] } }, '3.4.0');
  assert.deepEqual(
    entries.map((e) => e.path),
    [
      ['storage', 'files', 0, 'path'],
      ['storage', 'files', 1, 'path'],
    ],
  );
});

test('bytes.TrimSpace: Unicode spaces trimmed at both ends, invalid bytes kept', () => {
  const trim = (b: Uint8Array): Uint8Array => trimSpaceBytes(b);
  assert.equal(utf8String(trim(utf8Bytes(' \t\u2003x y\u00a0\u3000\n'))), 'x y');
  assert.deepEqual([...trim(Uint8Array.of(0x20, 0xff, 0x20))], [0xff]);
  assert.deepEqual([...trim(Uint8Array.of(0x0b, 0x0c, 0x0d))], []);
  // U+0085 (NEL) is a space; a lone 0x85 byte is not.
  assert.deepEqual([...trim(Uint8Array.of(0xc2, 0x85, 0x41, 0x85))], [0x41, 0x85]);
});

test('unit files: an invalid byte in an option name reads back as U+FFFD', () => {
  // go-systemd appends each rune it reads to the name; an invalid byte is read as RuneError.
  const src = new Uint8Array([...utf8Bytes('[Unit]\nA'), 0xff, ...utf8Bytes('B = v\n')]);
  assert.deepEqual(parseUnitFile(src).options, [{ section: 'Unit', name: 'A\ufffdB', value: 'v' }]);
});

test('unit files: continued values spanning several 4096-byte buffer fills read back whole', () => {
  const lines = Array.from({ length: 12 }, (_, i) => `part${i} ${'x'.repeat(1000)}`);
  const text = `[Service]\nExecStart=${lines.join(' \\\n')}\nType=simple\n`;
  const r = parseUnitFile(text);
  assert.equal(r.error, undefined);
  assert.deepEqual(r.options, [
    { section: 'Service', name: 'ExecStart', value: lines.join(' \\\n') },
    { section: 'Service', name: 'Type', value: 'simple' },
  ]);
});

test('data URLs: character classes', () => {
  assert.equal(dataUrlError('data:text/plain;base64,aGk='), undefined);
  assert.equal(dataUrlError('data:,a%20b'), undefined);
  assert.equal(dataUrlError('data:,a b'), 'invalid data character');
  assert.equal(dataUrlError('data:te(xt/plain,a'), 'invalid character for media type');
  assert.equal(dataUrlError('data:,%2g'), 'rfc2396: invalid char 0x25 in unescape sequence');
  assert.equal(dataUrlError('data:,%2'), 'rfc2396: unexpected end of unescape sequence');
  // Go's decodeQuantum: a lone "=" followed by anything but "=" is reported at the first "=".
  assert.equal(dataUrlError('data:;base64,aG=k'), 'illegal base64 data at input byte 2');
  // The lexer looks at whole runes: U+10041 is not "A" (its low 16 bits) and is no base64 character.
  assert.equal(dataUrlError('data:;base64,aGk\u{10041}'), 'invalid data character');
});
