// Shortcuts in the unit-file reader: bytes.TrimSpace trimming ASCII from the back, and the
// sections-only parse validation uses. Both must decide exactly as the full forms do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUnitFile } from '../../../server/src/core/ignition';
import { decodeRune, isSpaceRune, RUNE_ERROR, trimSpaceBytes } from '../../../server/src/core/ignition/go/text';
import { xorshift } from '../../support/xorshift';

/** bytes.TrimSpace by its definition: decode every rune forward, keep from the first non-space to the end of the last. */
function trimSpaceByDefinition(b: Uint8Array): Uint8Array {
  let first = -1;
  let end = 0;
  for (let i = 0; i < b.length; ) {
    const [r, size] = decodeRune(b, i);
    const space = !(r === RUNE_ERROR && size === 1) && isSpaceRune(r);
    if (!space) {
      if (first < 0) first = i;
      end = i + size;
    }
    i += size;
  }
  return first < 0 ? b.subarray(0, 0) : b.subarray(first, end);
}

function* samples(): Generator<Uint8Array> {
  // Spaces (ASCII, U+0085, U+00A0, U+3000), letters, truncated and stray UTF-8 bytes.
  const pieces = [[0x20], [0x09], [0x0a], [0x0d], [0x0b], [0x61], [0xc2, 0x85], [0xc2, 0xa0], [0xe3, 0x80, 0x80], [0xe3, 0x80], [0xc2], [0x85], [0xa0], [0xc3, 0xa9], [0xf0, 0x9f, 0x98, 0x80]];
  let x = 12345;
  for (let k = 0; k < 20000; k++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const out: number[] = [];
    let n = x % 7;
    let y = x;
    while (n-- > 0) {
      y = (y * 1103515245 + 12345) & 0x7fffffff;
      out.push(...pieces[y % pieces.length]);
    }
    yield Uint8Array.from(out);
  }
}

test('trimSpaceBytes agrees with the rune-by-rune definition', () => {
  for (const b of samples()) assert.deepEqual([...trimSpaceBytes(b)], [...trimSpaceByDefinition(b)], JSON.stringify([...b]));
});

test('a sections-only parse finds the same sections and errors', () => {
  const texts = [
    '[Unit]\nDescription=x\n[Install]\nWantedBy=multi-user.target\n',
    '[Unit]\nA=b \\\n c\n',
    'A=b\n[Service]\nExecStart=/bin/true\n',
    '[Unit]\nDescription\n',
    '[Unit]\nDescription',
    '[Unit] junk\nA=b\n',
    '[Service]\nX=' + 'y'.repeat(3000) + '\n',
    '[Unit]\r\nA=\xa0b\u3000\r\n; c\n# d\n[Install]\n',
    '',
  ];
  // and random unit-like texts
  const pieces = ['[', ']', '[Unit]', '[Install]', '=', 'A=b', '\\', '\n', '\r', ' ', '\t', '#', ';', 'a', '\u00e9', '\u00a0', '\u3000', '\ufffd'];
  let x = 7;
  for (let k = 0; k < 5000; k++) {
    let t = '';
    for (let n = k % 23; n > 0; n--) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      t += pieces[x % pieces.length];
    }
    texts.push(t);
  }
  for (const t of texts) {
    const full = parseUnitFile(t);
    const quick = parseUnitFile(t, true);
    assert.equal(quick.error, full.error, JSON.stringify(t));
    assert.deepEqual(
      quick.options.map((o) => o.section),
      full.options.map((o) => o.section),
    );
  }
});

test('short ASCII units: the line-at-a-time sections-only path agrees with the rune-by-rune reader', () => {
  // A string takes the short path when it can; the same text as bytes always goes through the reader.
  const bytes = (t: string) => new TextEncoder().encode(t);
  const sections = (t: string) => parseUnitFile(t, true).options.map((o) => o.section);
  // Continuations: a value goes on after a trailing backslash (here swallowing "[Service]"), a
  // comment after a backslash or "\ ".
  assert.deepEqual(sections('[Unit]\nA=b\\\n[Service]\nB=c\n'), ['Unit', 'Unit']);
  assert.deepEqual(sections('[Unit]\n# x \\ \n[Service]\nB=c\n'), ['Unit']);
  assert.deepEqual(sections('junk ] [A B]\t\n\n  K=v\n;c\n[]\nX=\n'), ['A B', '']);
  assert.equal(parseUnitFile('[Unit]\nA\nB=c\n', true).error, 'unexpected newline encountered while parsing option name');
  assert.equal(parseUnitFile('[Unit]\nA', true).error, 'EOF');

  const lines = ['[Unit]', '[Service]', '[Install]', '[X Y]  ', '[a]b', '[]', 'Description=foo', 'A = b \\', 'A=b\\', 'A=\\', 'A=b \\ ', '', ' ', '\t', '\v\f', '# c', '# c \\', '; c \\ ', '#', 'Key', '  K=1', '=v', 'K==', 'K=[x]', '[Unit', 'x\\', ' [S]', '\x00\x7f'];
  const next = xorshift(2026);
  let withOptions = 0;
  for (let k = 0; k < 20000; k++) {
    const out: string[] = [];
    for (let n = next() % 25; n > 0; n--) out.push(lines[next() % lines.length]);
    const text = out.join('\n') + (next() % 2 ? '\n' : '');
    const viaString = parseUnitFile(text, true);
    const viaBytes = parseUnitFile(bytes(text), true);
    assert.deepEqual(viaString, viaBytes, JSON.stringify(text));
    if (viaString.options.length > 0 && viaString.error === undefined) withOptions++;
  }
  assert.ok(withOptions > 2000, `only ${withOptions} texts parsed to options`);
});
