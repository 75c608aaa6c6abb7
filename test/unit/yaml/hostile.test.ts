// Hostile inputs end quickly with the reference's error (or parse), never hang or crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml, unmarshal } from '../../../server/src/core/yaml';
import { HEADER_TYPE } from '../../../server/src/core/header';

function timed<T>(f: () => T): T {
  const started = Date.now();
  const r = f();
  assert.ok(Date.now() - started < 10000, 'took too long');
  return r;
}

test('flow nesting beyond 10000 levels stops with the depth limit', () => {
  const r = timed(() => parseYaml('['.repeat(10001) + ']'.repeat(10001)));
  assert.equal(r.error?.message, 'yaml: exceeded max depth of 10000');
  // Just below the limit parses (and building the tree does not overflow the stack).
  const ok = timed(() => parseYaml('a: ' + '['.repeat(9999) + ']'.repeat(9999)));
  assert.equal(ok.error, undefined);
});

test('block indentation beyond 10000 levels stops with the depth limit', () => {
  const lines: string[] = [];
  for (let i = 0; i <= 10001; i++) lines.push(' '.repeat(i) + '-');
  const r = timed(() => parseYaml(lines.join('\n')));
  assert.equal(r.error?.message, 'yaml: line 10001: exceeded max depth of 10000');
});

test('thousands of copies of one key: duplicate reports are capped', () => {
  const doc = Array.from({ length: 5000 }, () => 'variant: x').join('\n');
  const r = timed(() => unmarshal(parseYaml(doc).root, HEADER_TYPE));
  assert.equal(r.errors[0], 'line 2: mapping key "variant" already defined at line 1');
  assert.ok(r.errors.length <= 10000);
});

test('a key longer than 1024 characters cannot be a simple key', () => {
  assert.equal(parseYaml('k'.repeat(1100) + ': v\n').error?.message, 'yaml: mapping values are not allowed in this context');
  assert.equal(parseYaml('k'.repeat(1000) + ': v\n').error, undefined);
});

test('unterminated constructs at the end of the input', () => {
  // The quote opens on the first line (context line 0 is not printed), so the reference names
  // the problem mark instead: the end of the input, on line 2.
  assert.equal(parseYaml('a: "open\n').error?.message, 'yaml: line 2: found unexpected end of stream');
  assert.equal(parseYaml('x: 1\na: [1, 2\n').error?.message, "yaml: line 1: did not find expected ',' or ']'");
  assert.equal(parseYaml('x: 1\na: {b: 1\n').error?.message, "yaml: line 1: did not find expected ',' or '}'");
  // A tab inside a block scalar's indentation is reported by the block scalar scanner.
  assert.equal(parseYaml('a: |\n  x\n\tb\n').error?.message, 'yaml: line 3: found a tab character where an indentation space is expected');
});

test('random bytes never throw', () => {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
  const alphabet = ' \n\t-:?[]{},#&*!|>\'"%@`abc01.\\';
  for (let n = 0; n < 300; n++) {
    const bytes = new Uint8Array(64);
    for (let i = 0; i < bytes.length; i++) bytes[i] = n % 3 === 0 ? rand() : alphabet.charCodeAt(rand() % alphabet.length);
    const r = parseYaml(bytes);
    if (r.error) assert.match(r.error.message, /^yaml: /);
    if (r.root) unmarshal(r.root, HEADER_TYPE);
  }
});
