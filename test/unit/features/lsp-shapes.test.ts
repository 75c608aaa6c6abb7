// The LSP-shaped results: ranges become line/character positions of the host's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, hover, toLspCompletionItem, toLspHover } from '../../../server/src/core/features';
import { fixture } from './markers';

function positionAt(text: string) {
  return (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  };
}

test('a completion item carries a textEdit at the typed word and markdown documentation', () => {
  const f = fixture('variant: fcos\nversion: 1.5.0\nsystemd:\n  un‸\n');
  const item = complete(f.text, f.cursor).find((i) => i.label === 'units')!;
  const lsp = toLspCompletionItem(item, positionAt(f.text));
  assert.deepEqual(lsp.textEdit.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 4 } });
  assert.equal(lsp.textEdit.newText, 'units:\n    - $0');
  assert.equal(lsp.insertTextFormat, 2);
  assert.equal(lsp.documentation?.kind, 'markdown');
});

test('a hover carries markdown contents and the key’s range', () => {
  const f = fixture('variant: fcos\nversion: 1.5.0\nsystemd:\n  ⟦un‸its⟧: []\n');
  const lsp = toLspHover(hover(f.text, f.cursor)!, positionAt(f.text));
  assert.deepEqual(lsp.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 7 } });
  assert.match(lsp.contents.value, /\*\*units\*\*/);
});
