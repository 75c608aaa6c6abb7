// ASCII input takes fast paths (no offset table, runs of characters matched as a whole). They must
// give exactly what the general character-by-character paths give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../../server/src/core/yaml';
import { parseDecoded } from '../../../server/src/core/yaml/parse';
import { decodeBytes, decodeInput, utf16Offset, DecodedInput } from '../../../server/src/core/yaml/reader';
import { allCases, corpusAvailable } from './corpus';

function summary(d: DecodedInput) {
  const offsets: number[] = [];
  for (let i = 0; i <= d.chars.length; i++) offsets.push(utf16Offset(d, i));
  return { chars: Array.from(d.chars), offsets, available: d.available, chunkEnds: d.chunkEnds, error: d.error, errorIndex: d.errorIndex, text: d.text };
}

const enc = (s: string) => new TextEncoder().encode(s);

test('the reader gives the same characters, offsets and 512-byte chunk ends on every path', () => {
  const inputs: Uint8Array[] = [
    enc(''),
    enc('a: 1\n'),
    enc('k: ' + 'x'.repeat(509) + '\n'), // ends exactly on a chunk boundary
    enc('k: ' + 'x'.repeat(1500)),
    enc('\ufeffa: 1\n' + 'b'.repeat(600)), // UTF-8 BOM: the first chunk counts its three bytes
    enc('a: é\n' + 'ü'.repeat(400) + '😀'.repeat(200)), // characters straddling chunk ends
    new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00, 0x20, 0x00, 0x31, 0x00]), // UTF-16LE
    new Uint8Array([0x61, 0x3a, 0x20, 0x80]), // invalid UTF-8
    new Uint8Array([...enc('a: ' + 'x'.repeat(700)), 0xc3]), // cut-off sequence in a later chunk
    enc('a: \x01\n'), // control character
    enc('a: \u0085b\u2028c\n'),
  ];
  for (const bytes of inputs) {
    assert.deepEqual(summary(decodeInput(bytes)), summary(decodeBytes(bytes)), new TextDecoder().decode(bytes).slice(0, 40));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    if (!text.includes('\ufffd')) assert.deepEqual(summary(decodeInput(text)), summary(decodeBytes(bytes)));
  }
});

/** The tree and error as JSON; alias targets by position (they are shared nodes). */
function resultJson(r: ReturnType<typeof parseYaml>): string {
  return JSON.stringify({ root: r.root, error: r.error, count: r.documentCount }, (k, v) => (k === 'target' ? `${v.line}:${v.col}` : v));
}

// The same ASCII document once on the fast paths and once with an explicit offset table, which
// sends the scanner down its general character-by-character paths with identical indexes.
function assertSameOnBothPaths(doc: string | Uint8Array, label: string): void {
  const fast = decodeInput(doc);
  assert.equal(fast.offsets, null, `${label}: ASCII input takes the fast path`);
  const table = new Uint32Array(fast.chars.length + 1).map((_, i) => i);
  const general = parseDecoded({ ...fast, offsets: table }, fast.text);
  assert.equal(resultJson(parseDecoded(fast, fast.text)), resultJson(general), label);
}

test('scalars, comments, block scalars and flow collections parse alike on the ASCII and general paths', () => {
  const docs = [
    'a: plain words  with   spaces\nb: "dq \\t \\" esc  x"\nc: \'sq \'\' x  y\'\n',
    'a: multi\n  line\n\n  plain # comment\nb: x:y:z\nc: -x\n',
    'f: {a: b, c: [d, e:f, "g"], ? k : v}\ng: [x,y , z]\n',
    'l: |\n  one\n    two\n\n  three\nm: >-\n  folded\n  text\n\n   more\n  end\nn: |+\n  keep\n\n',
    'ind: |2\n    four\n   three\no: x\n',
    '# lead\n  # indented comment\na: 1 # trailing\n\t\n- x\n',
    'a:\t1\nb: "x\n  y\n\n  z"\nc: \'p\n  q\'\n',
    'k: &anc v\nr: *anc\nt: !!str 12\n',
    'seq:\n- a\n-   b\n- - c\n  - d\n',
    // Errors come out alike too.
    'a: |\n  x\n\tb\n',
    'a: "open\n',
    'a:\n  b: c\n\t d: e\n',
    'k: ' + 'x'.repeat(1100) + ': v\n',
  ];
  docs.forEach((d, i) => assertSameOnBothPaths(d, `doc ${i}`));
});

test('corpus: every ASCII input parses alike on the ASCII and general paths', { skip: !corpusAvailable() }, () => {
  for (const c of allCases()) {
    if (c.input.some((b) => b >= 0x80 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f)) continue;
    assertSameOnBothPaths(c.input, c.id);
  }
});
