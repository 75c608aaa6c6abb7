// butane/transpile over the protocol after edits: the answers the server gives for an edited
// document (spliced by the incremental preview where it applies) equal those for the same text
// opened fresh (a full run), with and without the map, including edits that make the config fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, ensureServerBuilt } from './lsp-client';

const GENERATOR = join(__dirname, '..', '..', '..', 'shared', 'bench', 'gen-docs.mjs');

/** A replacement of `find` (its first occurrence after `after`) as an LSP change, and the new text. */
function change(text: string, after: string, find: string, replacement: string) {
  const offset = text.indexOf(find, text.indexOf(after));
  assert.ok(offset >= 0, `${find} not found`);
  const position = (o: number) => {
    const before = text.slice(0, o).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return {
    event: { range: { start: position(offset), end: position(offset + find.length) }, text: replacement },
    text: text.slice(0, offset) + replacement + text.slice(offset + find.length),
  };
}

test('edited document: every butane/transpile answer equals a fresh run of the same text', { skip: !existsSync(GENERATOR) && 'benchmark not available' }, async () => {
  const { generateDoc } = (await import(pathToFileURL(GENERATOR).href)) as { generateDoc(size: string): string };
  await ensureServerBuilt();
  const client = new LspClient({ settings: {} });
  try {
    await client.initialize();
    let text = generateDoc('medium');
    const uri = 'file:///preview/edited.bu';
    client.open(uri, text);
    await client.request('butane/transpile', { textDocument: { uri }, includeMap: true }, 60000);
    // Typing in a file path, a unit's contents (a line added), a unit name made invalid and fixed again, a user's field.
    const edits: Array<[string, string, string]> = [
      ['@bench:files-item', 'edit-target', 'edit-targetx'],
      ['@bench:files-item', 'key = value', 'key = value\n          more = 2'],
      ['- name: kilo-0000.service', 'kilo-0000.service', 'kilo-0000.servic'],
      ['- name: kilo-0000.servic', 'kilo-0000.servic', 'kilo-0000.service'],
      ['- name: svc0002', 'shell: /bin/bash', 'shell: /bin/zsh'],
    ];
    let version = 1;
    let failed = 0;
    for (const [after, find, replacement] of edits) {
      const next = change(text, after, find, replacement);
      text = next.text;
      version++;
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [next.event] });
      const fresh = `file:///preview/fresh-${version}.bu`;
      client.open(fresh, text);
      for (const includeMap of [false, true]) {
        const got = (await client.request('butane/transpile', { textDocument: { uri }, includeMap }, 60000)).result;
        const want = (await client.request('butane/transpile', { textDocument: { uri: fresh }, includeMap }, 60000)).result;
        assert.equal(got.version, version);
        if (got.output === null) failed++;
        assert.deepEqual({ ...got, version: 0 }, { ...want, version: 0 }, `after replacing ${find} with ${replacement} (includeMap ${includeMap})`);
      }
      client.notify('textDocument/didClose', { textDocument: { uri: fresh } });
    }
    // The invalid unit name (Ignition: invalid systemd unit extension) made one version fail.
    assert.equal(failed, 2);
  } finally {
    await client.shutdown();
  }
});
