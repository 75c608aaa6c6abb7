// The server survives garbage documents, malformed and out-of-range edits and unknown
// documents, and keeps answering afterwards.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, ensureServerBuilt } from './lsp-client';

before(async () => {
  await ensureServerBuilt();
});

/** Deterministic pseudo-random text mixing YAML punctuation, control characters and astral characters. */
function garbage(seed: number, length: number): string {
  const alphabet = ['\t', '\n', '\r\n', ' ', ':', '- ', '{', '}', '[', ']', '&a', '*a', '!!', '|', '>', '"', "'", '#', '%', '@', '`', '\u0000', '\u00e9', '\ud83d\ude00', '\ufeff', '\ud800', 'variant: ', 'fcos', 'version: 1.5.0', '---', '...', '0644', 'storage', 'files'];
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

test('garbage documents, malformed and out-of-range edits, unknown documents: the server keeps serving', async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    const uris: string[] = [];
    for (let seed = 1; seed <= 30; seed++) {
      const uri = `file:///tmp/lsp-garbage/doc-${seed}.bu`;
      uris.push(uri);
      client.open(uri, garbage(seed, seed * 37));
    }
    const target = uris[0];
    const edits: unknown[] = [
      { range: { start: { line: 1000, character: 5 }, end: { line: 2000, character: 0 } }, text: 'x: y\n' },
      { range: { start: { line: -4, character: -9 }, end: { line: 0, character: 1e9 } }, text: 'z' },
      { range: { start: { line: 3, character: 2 }, end: { line: 0, character: 0 } }, text: 'reversed' },
      { range: { start: { line: 0.5, character: 1.5 }, end: { line: 1, character: 0 } }, text: 'fraction' },
      { range: { start: { line: 'a', character: null }, end: {} }, text: 'not a position' },
      { text: 42 },
      null,
      { text: 'variant: fcos\nversion: 1.5.0\n' },
      { range: { start: { line: 99, character: 99 }, end: { line: 99, character: 99 } }, text: 'bogus: 1\n' },
    ];
    edits.forEach((change, i) => {
      client.notify('textDocument/didChange', { textDocument: { uri: target, version: 2 + i }, contentChanges: [change] });
    });
    client.notify('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.bu', version: 3 }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didChange', { textDocument: { uri: target }, contentChanges: 'nonsense' });
    client.notify('textDocument/didChange', null);
    client.notify('textDocument/didOpen', { textDocument: null });
    client.notify('textDocument/didClose', { textDocument: { uri: 'file:///never/opened.bu' } });
    client.notify('workspace/didChangeConfiguration', { settings: { butane: { strict: 'yes', filesDir: 7 } } });
    client.notify('$/unknownNotification', { what: 'ever' });

    // Requests the server must answer (empty) rather than fail on.
    const unknownDoc = await client.request('butane/transpile', { textDocument: { uri: 'file:///never/opened.bu' } });
    assert.equal(unknownDoc.result, null);
    const noParams = await client.request('butane/transpile', null);
    assert.equal(noParams.result, null);
    const unknownMethod = await client.request('butane/noSuchThing', {});
    assert.equal(unknownMethod.error?.code, -32601, 'MethodNotFound');

    // Every garbage document got its diagnostics pushed.
    for (const uri of uris.slice(1)) await client.diagnosticsFor(uri, 1);

    // The edited document ended as a full replacement plus a clamped append: its text is known to the server.
    const last = 2 + edits.length - 1;
    const answer = await client.request('butane/transpile', { textDocument: { uri: target } });
    assert.equal(answer.error, undefined, JSON.stringify(answer));
    assert.equal(answer.result.version, last);
    await client.diagnosticsFor(target, last);

    // Still alive: a fresh document is analysed and published.
    const fresh = 'file:///tmp/lsp-garbage/fresh.bu';
    client.open(fresh, 'variant: fcos\nversion: 1.5.0\n', 7);
    await client.diagnosticsFor(fresh, 7);
    assert.equal(client.exitCode, undefined, 'server still running');
  } finally {
    assert.equal(await client.shutdown(), 0, client.stderr);
  }
});

test('closing a document clears its diagnostics', async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    const uri = 'file:///tmp/lsp-close/a.bu';
    client.open(uri, 'variant: fcos\nversion: 1.5.0\nstorage:\n\tfiles: []\n');
    await client.diagnosticsFor(uri, 1);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await client.waitFor(
      (ns) => ns.find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === undefined && n.params.diagnostics.length === 0),
      'empty diagnostics after close',
    );
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

test('malformed JSON-RPC frames are dropped and the connection keeps working', async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    client.writeRaw('{"this is": not json');
    client.writeRaw('[1, 2, 3]');
    client.writeRaw('"just a string"');
    client.writeRaw('{"jsonrpc":"2.0","id":"x","method":"butane/transpile","params":{"textDocument":{"uri":5}}}');
    const uri = 'file:///tmp/lsp-wire/a.bu';
    client.open(uri, 'variant: fcos\nversion: 1.5.0\n');
    await client.diagnosticsFor(uri, 1);
    const answer = await client.request('butane/transpile', { textDocument: { uri } });
    assert.equal(answer.result.version, 1);
  } finally {
    assert.equal(await client.shutdown(), 0, client.stderr);
  }
});
