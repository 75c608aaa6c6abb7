// The systemd unit reader (go-systemd unit.Deserialize) Ignition validates unit contents with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUnitFile } from '../../../server/src/core/ignition';

test('sections and options, comments, continuation lines', () => {
  const r = parseUnitFile('# comment\n[Unit]\nDescription = A  thing \n; other\n[Service]\nExecStart=/bin/sh -c \\\n  "echo hi"\n');
  assert.equal(r.error, undefined);
  assert.deepEqual(r.options, [
    { section: 'Unit', name: 'Description', value: 'A  thing' },
    { section: 'Service', name: 'ExecStart', value: '/bin/sh -c \\\n  "echo hi"' },
  ]);
});

test('the library errors recorded in the corpus', () => {
  // mutation--fcos-1.0.0--unit-invalid-contents-no-section-end
  assert.equal(parseUnitFile('[Unit\nDescription=x\n').error, 'unable to find end of section');
  // mutation--fcos-1.5.0--unit-invalid-contents-garbage-after-section
  assert.equal(parseUnitFile('[Unit] trailing\nDescription=x\n').error, 'found garbage after section name : "trailing"');
  // mutation--flatcar-1.2.0-exp--unit-invalid-contents-newline-in-name
  assert.equal(parseUnitFile('[Unit]\nDescription\n').error, 'unexpected newline encountered while parsing option name');
});

test('an option name running into the end of input fails with EOF', () => {
  assert.equal(parseUnitFile('[Unit]\nDescription').error, 'EOF');
});

test('garbage is quoted the way Go quotes strings', () => {
  assert.equal(parseUnitFile('[Unit] a"b\t\u00e9\n').error, 'found garbage after section name : "a\\"b\\t\u00e9"');
});

test('options before any section are skipped silently (corpus unit-invalid-contents-option-before-section only warns)', () => {
  const r = parseUnitFile('Description=x\n[Service]\nType=oneshot\n');
  assert.equal(r.error, undefined);
  assert.deepEqual(r.options.map((o) => o.section), ['Service']);
});

test('a line of more than 2048 bytes is refused (corpus mutation--fiot-1.0.0--unit-invalid-contents-long-line)', () => {
  assert.equal(parseUnitFile('[Service]\nExecStart=/bin/echo ' + 'x'.repeat(3000) + '\n').error, 'line too long (max 2048 bytes)');
  // Long content made of short lines is fine.
  const many = '[Service]\n' + 'Environment=A=1\n'.repeat(500);
  assert.equal(parseUnitFile(many).error, undefined);
  assert.equal(parseUnitFile(many).options.length, 500);
});

test('the check only looks at what the 4096-byte buffer holds, so a long last line can slip through', () => {
  // 3994 bytes of short lines; the long line starts near the end of the first 4096-byte fill,
  // when fewer than 2048 bytes are buffered, and is read whole by one refill without a check.
  const head = '[Service]\n' + 'Environment=A=1\n'.repeat(249);
  const r = parseUnitFile(head + 'X=' + 'y'.repeat(2100));
  assert.equal(r.error, undefined);
  assert.equal(r.options[r.options.length - 1].value.length, 2100);
  // The same line early in the input is caught.
  assert.equal(parseUnitFile('[Service]\nX=' + 'y'.repeat(2100) + '\n' + head).error, 'line too long (max 2048 bytes)');
  assert.equal(parseUnitFile('[S]\nX=' + 'y'.repeat(2030)).error, undefined);
});

test('a carriage return is only dropped at the very end of a line read', () => {
  const r = parseUnitFile('[Unit]\r\nA=b\r\n');
  assert.equal(r.error, undefined);
  assert.deepEqual(r.options, [{ section: 'Unit', name: 'A', value: 'b' }]);
});
