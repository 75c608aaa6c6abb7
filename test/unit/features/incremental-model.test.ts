// The line model derived from the previous version by re-scanning only the edited lines must be
// exactly the model built from scratch, whatever the edits do: split or join lines, open or close
// block scalars and multi-line quoted strings (which changes how far below lines are scanned
// again), add or remove CRs. Random edit sequences over real documents: conformance inputs and the
// shared LSP benchmark's documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FeatureDocument, OffsetEdit } from '../../../server/src/core/features/document-model';
import { xorshift } from '../../support/xorshift';

const CASES = join(__dirname, '../../../../shared/conformance/cases');
const BENCH = join(__dirname, '../../../../shared/bench/gen-docs.mjs');

/** Deterministic pseudo-random numbers (a failing sequence can be replayed from its seed). */
function random(seed: number): (n: number) => number {
  const next = xorshift(seed);
  return (n) => next() % n;
}

// Pieces an editor inserts: line breaks with indentation, YAML indicators that start or end block
// scalars, quotes (opening strings that run over many lines, or closing them), comments, keys.
const PIECES = [
  '\n', '\n  ', '\n    ', '\n      - ', ' ', '  ', 'x', 'mode: 0644', 'contents:\n  inline: |\n', '|', '|-', '>+2', '|\n',
  '"', "'", '"a\n  b', "'it''s", '\\', '\\"', '#', ' # c', ': ', ':', '- ', '-', '\r\n', '\r', '---\n', 'key: "open',
  'inline: >-\n', '\t', '{a: 1}', '[x, y]',
];

function randomEdit(text: string, next: (n: number) => number): OffsetEdit {
  const start = next(text.length + 1);
  // Mostly small deletions (typing), sometimes whole lines or blocks.
  const span = next(4) === 0 ? next(200) : next(3);
  const end = Math.min(text.length, start + span);
  const insert = next(4) === 0 ? '' : next(5) === 0 ? text.slice(next(text.length + 1)).slice(0, next(80)) : PIECES[next(PIECES.length)];
  // Half of the edits are given reversed, as some clients send ranges.
  return next(2) === 0 ? { start, end, text: insert } : { start: end, end: start, text: insert };
}

function applyEdit(text: string, e: OffsetEdit): string {
  const start = Math.min(e.start, e.end);
  const end = Math.max(e.start, e.end);
  return text.slice(0, start) + e.text + text.slice(end);
}

/** Everything a feature can read from the model. */
function observable(doc: FeatureDocument): unknown {
  const starts = doc.lines.map((_l, i) => doc.lineStart(i));
  return { text: doc.text, lines: doc.lines, starts, variant: doc.variant, version: doc.version, style: doc.indentStyle() };
}

function checkSequences(name: string, text: string, seed: number, steps: number): void {
  const next = random(seed);
  let doc = new FeatureDocument(text);
  let expected = text;
  for (let step = 0; step < steps; step++) {
    // One edit at a time, or a batch (several changes in one didChange), with or without the final text.
    const count = next(4) === 0 ? 2 + next(3) : 1;
    const edits: OffsetEdit[] = [];
    for (let i = 0; i < count; i++) {
      const e = randomEdit(expected, next);
      edits.push(e);
      expected = applyEdit(expected, e);
    }
    const updated = doc.withEdits(edits, next(2) === 0 ? expected : undefined);
    assert.equal(updated.text, expected, `${name} seed ${seed} step ${step}: text`);
    assert.deepEqual(observable(updated), observable(new FeatureDocument(expected)), `${name} seed ${seed} step ${step}: ${JSON.stringify(edits)}`);
    doc = updated;
  }
}

const corpusInputs = existsSync(CASES)
  ? readdirSync(CASES)
      .sort()
      .map((id) => join(CASES, id, 'input.bu'))
      .filter((p) => existsSync(p))
  : [];

test('incremental model equals a fresh build over random edits of corpus inputs', { skip: corpusInputs.length === 0 }, () => {
  // Every third input keeps the run short while covering every kind of case (kitchen sinks with
  // block scalars, multi-line strings, CRLF files, syntax errors).
  const picked = corpusInputs.filter((_p, i) => i % 3 === 0);
  picked.forEach((path, i) => checkSequences(path, readFileSync(path, 'utf8'), 1000 + i, 12));
  assert.ok(picked.length > 200);
});

test('incremental model equals a fresh build over random edits of the benchmark documents', { skip: !existsSync(BENCH) }, async () => {
  const gen = (await import(pathToFileURL(BENCH).href)) as { generateDoc(size: string): string };
  for (const [size, seeds] of [['small', 20], ['medium', 6], ['large', 1]] as const) {
    const text = gen.generateDoc(size);
    for (let seed = 1; seed <= seeds; seed++) checkSequences(size, text, seed, size === 'large' ? 25 : 40);
  }
});

test('a block scalar whose header is typed or removed changes the lines below it, and only as far as it reaches', () => {
  const text = 'storage:\n  files:\n    - path: /a\n      contents:\n        inline: x\n          key: no\n    - path: /b\n';
  const doc = new FeatureDocument(text);
  const at = text.indexOf('inline: x') + 'inline: '.length;
  const block = doc.withEdits([{ start: at, end: at + 1, text: '|' }]);
  assert.deepEqual(observable(block), observable(new FeatureDocument(block.text)));
  const keyLine = block.lines.findIndex((l) => l.text.includes('key: no'));
  assert.deepEqual(block.lines[keyLine].tokens, [], 'inside the block scalar now');
  assert.equal(block.lines[keyLine + 1].tokens[1]?.kind, 'key', 'the next entry is structure again');
  const back = block.withEdits([{ start: at, end: at + 1, text: 'x' }]);
  assert.deepEqual(observable(back), observable(doc));
});

test('an unclosed quote swallows the lines below until a later edit closes it', () => {
  const text = 'variant: fcos\nversion: 1.6.0\npasswd:\n  users:\n    - name: core\n      groups: [wheel]\n';
  const doc = new FeatureDocument(text);
  const at = text.indexOf('core');
  const open = doc.withEdits([{ start: at, end: at, text: '"' }]);
  assert.deepEqual(observable(open), observable(new FeatureDocument(open.text)));
  assert.ok(open.lines.slice(5).every((l) => l.tokens.length === 0), 'rest of the document is string content');
  const closed = open.withEdits([{ start: open.text.length - 1, end: open.text.length - 1, text: '"' }]);
  assert.deepEqual(observable(closed), observable(new FeatureDocument(closed.text)));
});

test('the previous version stays as it was', () => {
  const text = 'variant: fcos\nversion: 1.6.0\nstorage:\n  files:\n    - path: /a\n';
  const doc = new FeatureDocument(text);
  const before = JSON.stringify(observable(doc));
  doc.withEdits([{ start: 0, end: 0, text: '# header\n' }]);
  assert.equal(JSON.stringify(observable(doc)), before);
});
