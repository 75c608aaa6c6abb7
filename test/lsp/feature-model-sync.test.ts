// The language server's feature model follows the document through didChange notifications (the
// document store's edit log): after any sequence of LSP changes (ranged, reversed, out of range,
// whole-text, several per notification, CRLF) it equals the model built from the current text, and
// completion/hover answer from it exactly as from a fresh model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStore, editsSince, textRevision } from '../../server/src/lsp/documents';
import { FeatureDocuments, completionAt, hoverAt } from '../../server/src/lsp/editor-features';
import { FeatureDocument, createFeatureDocument } from '../../server/src/core/features';
import { xorshift } from '../support/xorshift';

const CASES = join(__dirname, '../../../shared/conformance/cases');
const uri = 'file:///tmp/feature-model-sync.bu';

function random(seed: number): (n: number) => number {
  const next = xorshift(seed);
  return (n) => next() % n;
}

const PIECES = ['\n', '\n    ', ' ', 'x', '- ', ': ', '|', '|-\n', '"', "'", '#', '\r\n', 'key: value\n', '  contents:\n    inline: >\n'];

function observable(doc: FeatureDocument): unknown {
  return { text: doc.text, lines: doc.lines, starts: doc.lines.map((_l, i) => doc.lineStart(i)), variant: doc.variant, version: doc.version };
}

function randomChange(text: string, lineCount: number, next: (n: number) => number): TextDocumentContentChangeEvent {
  const kind = next(20);
  if (kind === 0) {
    // A whole-text change: the old text with one piece replaced.
    const at = next(text.length + 1);
    return { text: text.slice(0, at) + PIECES[next(PIECES.length)] + text.slice(Math.min(text.length, at + next(30))) };
  }
  // Sometimes past the end of a line or of the document (clamped), sometimes reversed.
  const pos = () => ({ line: next(lineCount + (kind === 1 ? 3 : 0)), character: next(kind === 2 ? 200 : 40) });
  const a = pos();
  const b = next(3) === 0 ? pos() : { line: a.line, character: a.character + next(4) };
  return { range: { start: a, end: b }, text: next(4) === 0 ? '' : PIECES[next(PIECES.length)] };
}

function corpusTexts(): string[] {
  if (!existsSync(CASES)) return [];
  return readdirSync(CASES)
    .sort()
    .filter((_id, i) => i % 9 === 0)
    .map((id) => join(CASES, id, 'input.bu'))
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p, 'utf8'));
}

test('the feature model follows random didChange sequences exactly', () => {
  const texts = corpusTexts();
  texts.push('variant: fcos\r\nversion: 1.6.0\r\nstorage:\r\n  files:\r\n    - path: /a\r\n      contents:\r\n        inline: |\r\n          x: 1\r\n');
  let checked = 0;
  texts.forEach((initial, n) => {
    const next = random(7 + n);
    const docs = new DocumentStore(() => undefined);
    const features = new FeatureDocuments();
    let doc = docs.open({ textDocument: { uri, languageId: 'butane', version: 1, text: initial } })!;
    features.modelOf(doc);
    for (let step = 0; step < 15; step++) {
      const contentChanges = Array.from({ length: next(4) === 0 ? 2 + next(2) : 1 }, () => randomChange(doc.getText(), doc.lineCount, next));
      doc = docs.change({ textDocument: { uri, version: doc.version + 1 }, contentChanges })!;
      // Not every version is asked for: a model may have to catch up with several notifications.
      if (next(3) === 0) continue;
      assert.deepEqual(observable(features.modelOf(doc)), observable(createFeatureDocument(doc.getText())), `text ${n} step ${step}`);
      checked++;
    }
  });
  assert.ok(checked > 300, `${checked} checks`);
});

test('completion and hover after edits answer as on a freshly opened document', () => {
  const text = 'variant: fcos\nversion: 1.6.0\nstorage:\n  files:\n    - path: /etc/a\n      mode: 0644\nsystemd:\n  units:\n    - name: a.service\n';
  const docs = new DocumentStore(() => undefined);
  const features = new FeatureDocuments();
  let doc = docs.open({ textDocument: { uri, languageId: 'butane', version: 1, text } })!;
  const before = features.modelOf(doc);
  // Type a new key line inside the files entry, as the shared benchmark's probe does.
  doc = docs.change({ textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 5, character: 16 }, end: { line: 5, character: 16 } }, text: '\n      ' }] })!;
  const position = { line: 6, character: 6 };
  const after = features.modelOf(doc);
  assert.notEqual(after, before);
  assert.equal(after.lines[0], before.lines[0], 'lines away from the edit are reused, not scanned again');
  assert.equal(after.lines[8], before.lines[7], 'also below it');
  const items = completionAt(features, doc, { textDocument: { uri }, position });
  const fresh = new FeatureDocuments();
  const other = docs.open({ textDocument: { uri: uri + '2', languageId: 'butane', version: 1, text: doc.getText() } })!;
  assert.deepEqual(items, completionAt(fresh, other, { textDocument: { uri: other.uri }, position }));
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('contents') && !labels.includes('mode') && !labels.includes('path'), JSON.stringify(labels));
  const hoverAfter = hoverAt(features, doc, { textDocument: { uri }, position: { line: 9, character: 8 } });
  assert.deepEqual(hoverAfter, hoverAt(fresh, other, { textDocument: { uri: other.uri }, position: { line: 9, character: 8 } }));
  assert.ok(hoverAfter, 'the units entry key below the edit is described');
});

test('the edit log: revisions count changes, old history is dropped, unknown documents have none', () => {
  const docs = new DocumentStore(() => undefined);
  const doc = docs.open({ textDocument: { uri, languageId: 'butane', version: 1, text: 'a\nb\n' } })!;
  assert.equal(textRevision(doc), 0);
  assert.deepEqual(editsSince(doc, 0), []);
  docs.change({ textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 0, character: 1 } }, text: 'X' }] });
  // A reversed range is recorded in order, as it was applied.
  assert.deepEqual(editsSince(doc, 0), [{ start: 1, end: 2, text: 'X' }]);
  assert.equal(doc.getText(), 'aXb\n');
  docs.change({ textDocument: { uri, version: 3 }, contentChanges: [{ text: 'aXbc\n' }] });
  // A whole-text change is recorded as the part that differs.
  assert.deepEqual(editsSince(doc, 1), [{ start: 3, end: 3, text: 'c' }]);
  assert.equal(textRevision(doc), 2);
  for (let v = 4; v < 200; v++) docs.change({ textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'y' }] });
  assert.equal(editsSince(doc, 0), undefined, 'too old');
  assert.equal(editsSince(doc, 500), undefined, 'from the future');
  assert.equal(editsSince(doc, textRevision(doc)! - 1)?.length, 1);
  assert.equal(textRevision(TextDocument.create(uri, 'butane', 1, 'a')), undefined, 'not opened through the store');
});
