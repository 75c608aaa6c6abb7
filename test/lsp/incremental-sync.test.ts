// Incremental sync keeps the server's copy identical to the client's: after hundreds of random
// single-character edits (typing, deleting, newlines, a multi-byte character) the server's report
// for the last version equals the report of a full analysis of the client's final text.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient, ensureServerBuilt, REPO } from './lsp-client';
import { transpile } from '../../server/src/core';

before(async () => {
  await ensureServerBuilt();
});

/** Position of `offset` in `text`, as an LSP client computes it (UTF-16, \n line breaks). */
function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

test('hundreds of random edits leave server and client with the same text', async () => {
  let text = readFileSync(join(REPO, 'examples', 'webserver.bu'), 'utf8');
  const uri = 'file:///tmp/lsp-sync/webserver.bu';
  // Edits land inside the index.html block scalar (after its indentation), so the config stays
  // valid and the output embeds the edited text exactly: any drift would show in the output.
  const firstLine = text.split('\n').findIndex((l) => l.includes('<!doctype html>'));
  const blockLines = [firstLine, firstLine + 1, firstLine + 2];
  const indent = text.split('\n')[firstLine].search(/\S/);
  const client = new LspClient();
  try {
    await client.initialize();
    client.open(uri, text);
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const inserts = ['a', ' ', ':', '-', '#', '0', '\u00e9', '\ud83d\ude00', '"'];
    const lineStart = (line: number) => text.split('\n').slice(0, line).reduce((n, l) => n + l.length + 1, 0);
    const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
    let version = 1;
    for (let i = 0; i < 300; i++) {
      const line = blockLines[random(blockLines.length)];
      const lineText = text.split('\n')[line];
      const base = lineStart(line);
      let at = base + indent + random(lineText.length - indent + 1);
      if (isLow(text.charCodeAt(at))) at--; // never split a surrogate pair
      version++;
      if (random(3) === 0 && lineText.length > indent + 2 && at < base + lineText.length) {
        const width = isLow(text.charCodeAt(at + 1)) ? 2 : 1;
        const range = { start: positionOf(text, at), end: positionOf(text, at + width) };
        text = text.slice(0, at) + text.slice(at + width);
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: '' }] });
      } else {
        const insert = inserts[random(inserts.length)];
        const p = positionOf(text, at);
        text = text.slice(0, at) + insert + text.slice(at);
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: p, end: p }, text: insert }] });
      }
    }
    await client.diagnosticsFor(uri, version);
    const answer = await client.request('butane/transpile', { textDocument: { uri } });
    assert.equal(answer.result.version, version);
    const expected = transpile(text, { pretty: true });
    assert.ok(expected.output, 'the edited config is still valid');
    assert.equal(answer.result.output, expected.output);
    assert.deepEqual(
      answer.result.report.map((e: { message: string; line?: number; col?: number }) => [e.message, e.line, e.col]),
      expected.report.map((e) => [e.message, e.line, e.col]),
    );
  } finally {
    assert.equal(await client.shutdown(), 0, client.stderr);
  }
});
