// YAML syntax and encoding errors: the exact text (and line) yaml.v3 prints, checked against
// every corpus case. Cases without such an error must parse cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../../server/src/core/yaml';
import { allCases, corpusAvailable, loadCase } from './corpus';

const SYNTAX_ERROR = /^Error translating config: Error unmarshaling yaml: (yaml: (?!unmarshal errors).*)$/m;

test('every corpus input gets the reference YAML error, or none', { skip: !corpusAvailable() }, () => {
  let withError = 0;
  for (const c of allCases()) {
    const expected = SYNTAX_ERROR.exec(c.stderr)?.[1];
    const parsed = parseYaml(c.input);
    assert.equal(parsed.error?.message, expected, c.id);
    if (expected) withError++;
  }
  // The corpus holds a dozen such cases (meta--yaml-syntax-*, encoding, tabs, ...).
  assert.ok(withError >= 10, `only ${withError} syntax-error cases found`);
});

test('error lines follow the reference (parser errors name the context line, 0-based)', { skip: !corpusAvailable() }, () => {
  // meta--yaml-syntax-bad-indent: the bad "mode" line is 6; the reference says line 3.
  assert.equal(parseYaml(loadCase('meta--yaml-syntax-bad-indent').input).error?.line, 3);
  // meta--yaml-syntax-tab-indent: scanner errors name the 1-based line of the tab.
  assert.equal(parseYaml(loadCase('meta--yaml-syntax-tab-indent').input).error?.line, 4);
});

test('messages without a line: errors on the first line and decoder-level failures', () => {
  assert.equal(parseYaml('\tkey: 1\n').error?.message, 'yaml: found character that cannot start any token');
  assert.equal(parseYaml('a: *nowhere\n').error?.message, "yaml: unknown anchor 'nowhere' referenced");
});

test('an anchor must be defined before its alias', () => {
  assert.equal(parseYaml('a: *x\nb: &x 1\n').error?.message, "yaml: unknown anchor 'x' referenced");
  assert.equal(parseYaml('b: &x 1\na: *x\n').error, undefined);
});

test('encoding errors', () => {
  assert.equal(parseYaml(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0x0a])).error?.message, 'yaml: invalid leading UTF-8 octet');
  assert.equal(parseYaml(new Uint8Array([0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a])).error?.message, 'yaml: invalid trailing UTF-8 octet');
  assert.equal(parseYaml(new Uint8Array([0x61, 0x3a, 0x20, 0xc3])).error?.message, 'yaml: incomplete UTF-8 octet sequence');
  assert.equal(parseYaml('a: b\u0000\n').error?.message, 'yaml: control characters are not allowed');
  assert.equal(parseYaml('a: b\u0007\n').error?.message, 'yaml: control characters are not allowed');
});

test('a bad byte far beyond a syntax error is not reached (the reader decodes 512-byte chunks lazily)', () => {
  const text = 'x: 1\na: b: c\n#' + '-'.repeat(2000) + '\n';
  const bytes = new Uint8Array([...new TextEncoder().encode(text), 0xff]);
  assert.equal(parseYaml(bytes).error?.message, 'yaml: line 2: mapping values are not allowed in this context');
  // Within the first chunk the encoding error comes first.
  const small = new Uint8Array([...new TextEncoder().encode('x: 1\na: b: c\n'), 0xff]);
  assert.equal(parseYaml(small).error?.message, 'yaml: invalid leading UTF-8 octet');
});

test('BOM, CRLF and UTF-16 input', () => {
  const bom = parseYaml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a: 1\r\nb: 2\r\n')]));
  assert.equal(bom.error, undefined);
  assert.equal(bom.root?.kind, 'map');
  if (bom.root?.kind === 'map') {
    assert.deepEqual(bom.root.entries.map((e) => [e.key.line, e.key.col]), [[1, 1], [2, 1]]);
  }
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...'a: b\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
  const parsed = parseYaml(utf16);
  assert.equal(parsed.error, undefined);
  assert.equal(parsed.root?.kind === 'map' && parsed.root.entries[0].value.kind === 'scalar' && parsed.root.entries[0].value.value, 'b');
});

test('only the first document is read; a broken second document does not matter', { skip: !corpusAvailable() }, () => {
  const parsed = parseYaml(loadCase('meta--multi-doc-second-invalid').input);
  assert.equal(parsed.error, undefined);
  // The broken second document is still counted, so editors can point at it.
  assert.equal(parsed.documentCount, 2);
  assert.deepEqual(parsed.secondDocumentStart, { line: 3, col: 1, start: 29 });
  const two = parseYaml('a: 1\n---\nb: 2\n');
  assert.equal(two.documentCount, 2);
  assert.deepEqual(two.secondDocumentStart, { line: 2, col: 1, start: 5 });
  // meta--multi-doc-first-empty: an empty first document gives no root content.
  const firstEmpty = parseYaml(loadCase('meta--multi-doc-first-empty').input);
  assert.equal(firstEmpty.root?.kind, 'scalar');
  assert.equal(firstEmpty.root?.kind === 'scalar' && firstEmpty.root.tag, '!!null');
});

test('empty and comment-only input have no document', () => {
  assert.equal(parseYaml('').root, null);
  assert.equal(parseYaml('# only a comment\n').root, null);
  assert.equal(parseYaml(new Uint8Array()).error, undefined);
});

test('encoding errors carry the offset of the offending character for editors', () => {
  const r = parseYaml('a: b\nc: d\u0000\n');
  assert.equal(r.error?.message, 'yaml: control characters are not allowed');
  assert.equal(r.error?.line, undefined);
  assert.equal(r.error?.start, 9);
});

test('an unknown anchor error points editors at the alias', () => {
  const text = 'a: 1\nb: *nowhere\n';
  const r = parseYaml(text);
  assert.equal(r.error?.message, "yaml: unknown anchor 'nowhere' referenced");
  assert.equal(text.slice(r.error!.start, r.error!.end), '*nowhere');
});
