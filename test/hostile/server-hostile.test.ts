// The language server over stdio under hostile documents and protocol misuse: every request is
// answered within a bound, nothing is fatal, no JavaScript stack trace is written, and the server
// keeps serving fresh documents afterwards.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, ensureServerBuilt, Message } from '../lsp/lsp-client';
import { HOSTILE_CASES } from './hostile-inputs';

const BOUND_MS = 30000;
const STACK_TRACE = /\n\s+at .*(\.js|\.ts|node:)/;

before(async () => {
  await ensureServerBuilt();
});

async function stillServing(client: LspClient, tag: string): Promise<void> {
  const uri = `file:///hostile/fresh-${tag}.bu`;
  client.open(uri, 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /a\n      mode: 0644\n', 3);
  const diags = await client.diagnosticsFor(uri, 3);
  assert.deepEqual(diags, []);
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 7 } }, BOUND_MS);
  assert.equal(hover.error, undefined);
  assert.equal(client.exitCode, undefined, 'server still running');
  assert.doesNotMatch(client.stderr, STACK_TRACE);
}

async function ask(client: LspClient, method: string, params: unknown): Promise<Message> {
  const answer = await client.request(method, params, BOUND_MS);
  assert.notEqual(answer.error?.code, -32603, `${method}: internal error ${answer.error?.message}`);
  return answer;
}

test('hostile documents: diagnostics published, completion, hover and preview answered', { timeout: 300000 }, async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    for (const c of HOSTILE_CASES.filter((h) => !h.heavy)) {
      const uri = `file:///hostile/${c.name}`;
      // Editors hand the server text: invalid UTF-8 arrives as U+FFFD, UTF-16 files decoded.
      const text = Buffer.from(c.build()).toString('utf8');
      client.open(uri, text, 1);
      const diags = await client.diagnosticsFor(uri, 1);
      // Where the editor's text is the same bytes the CLI saw, an error shows exactly when the reference failed.
      if (Buffer.from(text, 'utf8').equals(Buffer.from(c.build()))) {
        assert.equal(diags.some((d) => d.severity === 1), c.status !== 0, `${c.name}: ${JSON.stringify(diags.slice(0, 2))}`);
      }
      const lastLine = text.split('\n').length - 1;
      for (const position of [{ line: 0, character: 0 }, { line: 2, character: 3 }, { line: lastLine, character: 0 }, { line: 3, character: 100000 }]) {
        await ask(client, 'textDocument/completion', { textDocument: { uri }, position });
        await ask(client, 'textDocument/hover', { textDocument: { uri }, position });
      }
      const preview = await ask(client, 'butane/transpile', { textDocument: { uri } });
      assert.equal(preview.error, undefined, `${c.name}: ${JSON.stringify(preview.error)}`);
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
    await stillServing(client, 'docs');
  } finally {
    assert.equal(await client.shutdown(), 0, client.stderr);
  }
});

test('protocol misuse: out-of-order versions, unopened documents, invalid ranges, huge requests', { timeout: 120000 }, async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    const uri = 'file:///hostile/misuse.bu';
    client.open(uri, 'variant: fcos\nversion: 1.5.0\n', 5);
    await client.diagnosticsFor(uri, 5);

    // Versions going backwards and repeating: the server must not fall over.
    for (const version of [4, 5, 3, 9, 9, 1]) {
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: `variant: fcos\nversion: 1.5.0\n# v${version}\n` }] });
    }
    // Changes, hovers and closes for documents never opened; a second open of an open document.
    client.notify('textDocument/didChange', { textDocument: { uri: 'file:///hostile/never.bu', version: 2 }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didClose', { textDocument: { uri: 'file:///hostile/never.bu' } });
    client.open(uri, 'variant: fcos\nversion: 1.5.0\nbogus: 1\n', 2);
    const unknownHover = await ask(client, 'textDocument/hover', { textDocument: { uri: 'file:///hostile/never.bu' }, position: { line: 0, character: 0 } });
    assert.equal(unknownHover.result, null);
    const unknownCompletion = await ask(client, 'textDocument/completion', { textDocument: { uri: 'file:///hostile/never.bu' }, position: { line: 0, character: 0 } });
    assert.ok(unknownCompletion.result === null || Array.isArray(unknownCompletion.result) || Array.isArray(unknownCompletion.result?.items));

    // Invalid ranges and positions.
    const badRanges = [
      { start: { line: -1, character: -1 }, end: { line: -1, character: -1 } },
      { start: { line: 1e9, character: 1e9 }, end: { line: 0, character: 0 } },
      { start: { line: Number.MAX_SAFE_INTEGER, character: 0 }, end: { line: Number.MAX_SAFE_INTEGER, character: 1 } },
      { start: { line: '0', character: '0' }, end: { line: '1', character: '1' } },
      { start: null, end: null },
    ];
    let version = 20;
    for (const range of badRanges) client.notify('textDocument/didChange', { textDocument: { uri, version: version++ }, contentChanges: [{ range, text: 'k: v\n' }] });
    for (const position of [{ line: -5, character: -5 }, { line: 1e9, character: 1e9 }, { line: 0.5, character: NaN }, null, 'here', { line: '1' }]) {
      await ask(client, 'textDocument/hover', { textDocument: { uri }, position });
      await ask(client, 'textDocument/completion', { textDocument: { uri }, position });
    }

    // A huge request: a 20 MB document in one didChange, then a request with a 5 MB parameter.
    const huge = 'variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /big\n      contents:\n        inline: ' + 'z'.repeat(20_000_000) + '\n';
    client.notify('textDocument/didChange', { textDocument: { uri, version: 100 }, contentChanges: [{ text: huge }] });
    await client.diagnosticsFor(uri, 100);
    await ask(client, 'textDocument/hover', { textDocument: { uri, junk: 'j'.repeat(5_000_000) }, position: { line: 6, character: 12 } });
    const preview = await ask(client, 'butane/transpile', { textDocument: { uri } });
    assert.equal(preview.result?.version, 100);

    // Malformed JSON-RPC bodies.
    client.writeRaw('{"jsonrpc":"2.0","id":999,"method":"textDocument/hover","params":');
    client.writeRaw('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":42,"text":null}}}');
    client.writeRaw('[]');

    await stillServing(client, 'misuse');
  } finally {
    assert.equal(await client.shutdown(), 0, client.stderr);
  }
});

test('requests after shutdown are answered, never fatal; exit ends the server cleanly', { timeout: 60000 }, async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    const uri = 'file:///hostile/after-shutdown.bu';
    client.open(uri, 'variant: fcos\nversion: 1.5.0\n', 1);
    await client.diagnosticsFor(uri, 1);
    const down = await client.request('shutdown', null, BOUND_MS);
    assert.equal(down.error, undefined);
    // The LSP spec asks for InvalidRequest here; an ordinary answer is tolerated, silence or death is not.
    const late = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }, BOUND_MS);
    assert.ok(late.error === undefined || late.error.code === -32600, JSON.stringify(late.error));
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }] });
    const again = await client.request('shutdown', null, BOUND_MS);
    assert.ok(again.error === undefined || again.error.code === -32600, JSON.stringify(again.error));
    assert.equal(client.exitCode, undefined, 'still running until exit');
    client.notify('exit', null);
    const deadline = Date.now() + 5000;
    while (client.exitCode === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    assert.equal(client.exitCode, 0);
    assert.doesNotMatch(client.stderr, STACK_TRACE);
  } finally {
    if (client.exitCode === undefined) client.proc.kill();
  }
});
