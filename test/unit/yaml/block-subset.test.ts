// The line-at-a-time reader for plain block-style documents must build exactly the tree the
// full scanner → parser → composer chain builds, and give up on everything else (the full chain
// then produces the reference's errors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBlockSubset } from '../../../server/src/core/yaml/block-subset';
import { parseWithScanner } from '../../../server/src/core/yaml/parse';
import { decodeInput } from '../../../server/src/core/yaml/reader';
import { xorshift } from '../../support/xorshift';
import { allCases, corpusAvailable } from './corpus';

/** The full chain's result for `text` (which is ASCII in every case here). */
function viaScanner(text: string) {
  return parseWithScanner(decodeInput(text), text);
}

/** Asserts the fast reader agrees with the full chain: same tree when it reads `text`, no error then. */
function assertAgrees(text: string): boolean {
  const fast = parseBlockSubset(text);
  if (fast === undefined) return false;
  const full = viaScanner(text);
  assert.equal(full.error, undefined, `the full parser fails on ${JSON.stringify(text)}, the fast reader did not give up`);
  assert.equal(full.documentCount, 1);
  assert.deepEqual(fast, full.root, `different trees for ${JSON.stringify(text)}`);
  return true;
}

test('documents in the subset: same nodes, tags, styles, lines, columns and offsets as the full parser', () => {
  const docs = [
    'a: 1\n',
    'a: 1',
    'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /etc/x\n      mode: 0644\n      contents:\n        inline: hi\n',
    'a:\n- x\n- y\nb: 2\n', // indentless sequence
    '- a\n-\n- - not ours\n',
    '-\n  k: v\n- k2: v2\n  k3:\n  - z\n',
    'k: v # trailing comment\nk2: a#b\nk3: "double  q"\nk4: \'it\'\'s\'\nk5: \'\'\nk6: ""\n',
    'k: |\n  line 1\n\n   more\n  end\nnext: 1\n',
    'k: >-\n  folded\n  text\n\n  para\n   kept\nnext: ~\n',
    'k: |+\n  keep\n\n\nnext: <<\n',
    'k: |\n\n     \n  x\n',
    'k: |\nnext: 1\n',
    'k: | # c\n  x\n# between\n  # deeper comment\nj: >\n',
    '  a: 1\n  b:\n    c: [x\n',
    '# only a comment\n\n# and another\na:   \nb: # c\nc: true\nd: 0x1F\ne: -1\nf: .inf\n',
  ];
  for (const d of docs) assertAgrees(d);
  // These read in the subset (checked, so the test covers what it claims).
  assert.ok(assertAgrees(docs[2]));
  assert.ok(assertAgrees(docs[7]));
  assert.ok(assertAgrees(docs[8]));
});

test('outside the subset or broken: the fast reader gives up', () => {
  const outside = [
    '', '# only comments\n', '--- \na: 1\n', 'a: 1\n...\n', '%YAML 1.1\n---\na: 1\n',
    'a: [1, 2]\n', 'a: {b: 1}\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', '? a\n: b\n', '"k": v\n',
    'a: "esc\\n"\n', 'a: "multi\n  line"\n', 'a: plain\n  continued\n', 'a:\tb\n', 'a: 1\r\nb: 2\r\n',
    'a: b: c\n', 'a: x:\n', 'a:\n  b: 1\n c: 2\n', 'a: 1\n  b: 2\n', '- a\nb: 1\n', 'a: 1\n- b\n',
    'a: |2\n   x\n', 'a: |x\n', 'a: - b\n', 'a: -\n', 'a: @x\n', 'k ey: v\n', 'x' + '\n',
    'a:\n' + '  '.repeat(1) + 'b:\n'.repeat(1) + 'a: ' + 'x'.repeat(10) + ' y: z\n',
    'k' + 'x'.repeat(1100) + ': v\n',
  ];
  for (const d of outside) assert.equal(parseBlockSubset(d), undefined, JSON.stringify(d));
  // Nesting deeper than the reader's own limit is left to the full parser.
  let deep = '';
  for (let i = 0; i < 300; i++) deep += ' '.repeat(i) + 'k:\n';
  deep += ' '.repeat(300) + 'v: 1\n';
  assert.equal(parseBlockSubset(deep), undefined);
});

test('corpus inputs: where the fast reader reads a config, the full parser builds the same tree', { skip: !corpusAvailable() }, () => {
  let read = 0;
  for (const c of allCases()) {
    if (c.input.some((b) => b >= 0x80)) continue;
    if (assertAgrees(new TextDecoder().decode(c.input))) read++;
  }
  assert.ok(read > 300, `only ${read} corpus inputs read by the fast reader`);
});

test('random block documents with small mutations: the fast reader agrees or gives up', () => {
  const next = xorshift(20261122);
  const rnd = (m: number) => next() % m;
  const pick = <T>(a: T[]): T => a[rnd(a.length)];
  const keys = ['a', 'name', 'path', 'mode', 'x_y', '0644', 'true', 'a.b', 'a/b', 'a-b', '1', 'null', 'on', 'contents'];
  const values = ['v', 'hello world', '0644', '-1', '1.5', 'yes', '~', '<<', 'a#b', 'a #c', 'a:b', '-x', '--', '"dq"', '"d q  "',
    "'s q'", "'it''s'", "''", '""', '2001-01-01', '0x1F', 'a  b', 'trail  ', '.inf', 'x"y', 'a,b', 'x]', '[a]', '*x', ': x'];
  const bodies = ['text', 'more  text', '# hash', 'x: y', '- z', '  indented', '', '', '   '];
  const block = (indent: number, out: string[], depth: number): void => {
    const seq = rnd(3) === 0;
    for (let i = 1 + rnd(4); i > 0; i--) {
      if (rnd(6) === 0) out.push(' '.repeat(rnd(indent + 4)) + (rnd(2) ? '# c' : ''));
      const pad = ' '.repeat(indent);
      const head = seq ? pad + '-' + ' '.repeat(1 + rnd(2)) + (rnd(3) === 0 ? pick(keys) + ':' : '') : pad + pick(keys) + ':';
      const r = rnd(10);
      if (r < 4 || depth > 4) out.push(head + ' ' + pick(values) + (rnd(8) === 0 ? ' # t' : ''));
      else if (r < 5) out.push(head);
      else if (r < 7) {
        out.push(head + ' ' + pick(['|', '|-', '|+', '>', '>-', '>+']) + (rnd(6) === 0 ? ' # h' : ''));
        const inner = indent + 1 + rnd(4);
        for (let j = rnd(5); j >= 0; j--) {
          const b = pick(bodies);
          out.push(b === '' || b.trim() === '' ? b : ' '.repeat(inner) + b);
        }
      } else {
        out.push(head);
        const child = !seq && rnd(4) === 0 ? indent : indent + 1 + rnd(3);
        if (child === indent) for (let j = 1 + rnd(3); j > 0; j--) out.push(pad + '- ' + pick(values));
        else block(child, out, depth + 1);
      }
    }
  };
  let read = 0;
  for (let n = 0; n < 3000; n++) {
    const out: string[] = [];
    block(rnd(5) === 0 ? 1 + rnd(2) : 0, out, 0);
    let text = out.join('\n') + (rnd(4) ? '\n' : '');
    if (rnd(3) === 0) {
      const at = rnd(text.length + 1);
      text = text.slice(0, at) + pick([' ', '\n', '-', ':', '#', ' #', "'", '"', '|', '  ', '\n  ', 'x', '- ', ': ']) + text.slice(at + rnd(2));
    }
    if (assertAgrees(text)) read++;
  }
  assert.ok(read > 1000, `only ${read} random documents read by the fast reader`);
});
