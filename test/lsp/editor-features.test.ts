// Completion and hover over the protocol: fields of the document's variant/version are offered
// where a key is typed, and hovering a key describes it over the key's range.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, ensureServerBuilt } from './lsp-client';

before(async () => {
  await ensureServerBuilt();
});

test('completion offers the systemd fields and hover describes a key', async () => {
  const client = new LspClient();
  try {
    const init = await client.initialize();
    assert.ok(init.result.capabilities.completionProvider, 'completion announced');
    assert.equal(init.result.capabilities.hoverProvider, true);
    const uri = 'file:///tmp/lsp-features/a.bu';
    client.open(uri, 'variant: fcos\nversion: 1.5.0\nsystemd:\n  un\nstorage:\n  files: []\n');
    const completion = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 4 } });
    const items = (Array.isArray(completion.result) ? completion.result : completion.result?.items ?? []) as { label: string; textEdit?: { range: unknown } }[];
    // fcos 1.5.0 `systemd` has exactly one field: units.
    const units = items.find((i) => i.label === 'units');
    assert.ok(units, JSON.stringify(items.map((i) => i.label)));
    assert.deepEqual(units.textEdit?.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 4 } }, 'replaces the typed word');

    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } });
    assert.equal(h.result.contents.kind, 'markdown');
    assert.match(h.result.contents.value, /storage/);
    assert.deepEqual(h.result.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 7 } });

    // Unknown documents and nonsense positions are answered empty, not with an error.
    const none = await client.request('textDocument/completion', { textDocument: { uri: 'file:///nope.bu' }, position: { line: 0, character: 0 } });
    assert.deepEqual(none.result, []);
    const odd = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 'x', character: -1 } });
    assert.equal(odd.error, undefined);
    const far = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 999, character: 999 } });
    assert.equal(far.error, undefined);
  } finally {
    assert.equal(await client.shutdown(), 0, client.stderr);
  }
});
