// The document store applies LSP incremental changes in order, clamps out-of-range positions
// (as the LSP spec's TextDocument does) and drops malformed notifications instead of throwing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentStore } from '../../server/src/lsp/documents';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { documentFiles } from '../../server/src/node/document-files';

const uri = 'file:///tmp/doc.bu';

function store(): { docs: DocumentStore; logged: string[] } {
  const logged: string[] = [];
  const docs = new DocumentStore((m) => logged.push(m));
  docs.open({ textDocument: { uri, languageId: 'butane', version: 1, text: 'ab\ncd\n' } });
  return { docs, logged };
}

test('changes apply in order, each on the result of the previous', () => {
  const { docs } = store();
  const doc = docs.change({
    textDocument: { uri, version: 2 },
    contentChanges: [
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: 'X' },
      { range: { start: { line: 0, character: 2 }, end: { line: 1, character: 1 } }, text: '-' },
    ],
  });
  assert.equal(doc?.getText(), 'aX-d\n');
  assert.equal(doc?.version, 2);
});

test('out-of-range positions are clamped; the line table stays consistent', () => {
  const { docs } = store();
  const doc = docs.change({
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 50, character: 3 }, end: { line: 90, character: 0 } }, text: 'e\nf' }],
  })!;
  assert.equal(doc.getText(), 'ab\ncd\ne\nf');
  assert.deepEqual(doc.positionAt(doc.getText().length), { line: 3, character: 1 });
  docs.change({ textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: -5 }, end: { line: 0, character: 99 } }, text: 'Z' }] });
  assert.equal(doc.getText(), 'Z\ncd\ne\nf');
  assert.equal(doc.offsetAt({ line: 3, character: 0 }), 7);
});

test('malformed notifications are logged and dropped', () => {
  const { docs, logged } = store();
  assert.equal(docs.change({ textDocument: { uri: 'file:///other.bu', version: 2 }, contentChanges: [{ text: 'x' }] }), undefined);
  assert.equal(docs.change({ textDocument: { uri, version: 2 }, contentChanges: 'junk' } as never), undefined);
  assert.equal(docs.change({ textDocument: { uri, version: 2 }, contentChanges: [{ text: 1 }] } as never), undefined);
  assert.equal(docs.open({ textDocument: null } as never), undefined);
  assert.equal(docs.get(uri)?.getText(), 'ab\ncd\n');
  assert.equal(docs.get(uri)?.version, 1);
  assert.ok(logged.length >= 3);
});

test('settings keep only well-typed values', () => {
  assert.deepEqual(normalizeSettings({ filesDir: 'files', strict: true }), { filesDir: 'files', strict: true });
  assert.deepEqual(normalizeSettings({ filesDir: 3, strict: 'yes' }), { filesDir: '', strict: false });
  assert.deepEqual(normalizeSettings(null), { filesDir: '', strict: false });
});

test('files are reachable only for a trusted file: document with a files directory', () => {
  assert.equal(documentFiles('file:///w/a.bu', 'files', false).host, undefined);
  assert.equal(documentFiles('file:///w/a.bu', '', true).host, undefined);
  assert.equal(documentFiles('untitled:Untitled-1', 'files', true).host, undefined);
  const trusted = documentFiles('file:///w/a.bu', 'files', true);
  assert.ok(trusted.host);
  assert.equal(trusted.filesDir, 'files');
});
