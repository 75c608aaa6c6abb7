// Protocol tests: the built `dist/server.js --stdio` driven by a real JSON-RPC client.
// Expected messages and positions come from the conformance corpus (see fixtures/README.md).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, ensureServerBuilt } from './lsp-client';

const FIXTURES = join(__dirname, 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const ERROR = 1;

before(async () => {
  await ensureServerBuilt();
});

async function withClient(fn: (client: LspClient) => Promise<void>, options = {}): Promise<void> {
  const client = new LspClient(options);
  try {
    await client.initialize();
    await fn(client);
  } finally {
    const code = await client.shutdown();
    assert.equal(code, 0, `server should exit cleanly after shutdown/exit; stderr: ${client.stderr}`);
  }
}

test('initialize announces incremental sync and the server name', async () => {
  const client = new LspClient();
  try {
    const answer = await client.initialize();
    assert.equal(answer.error, undefined);
    assert.equal(answer.result.capabilities.textDocumentSync.change, 2, 'TextDocumentSyncKind.Incremental');
    assert.equal(answer.result.capabilities.textDocumentSync.openClose, true);
    assert.equal(answer.result.serverInfo.name, 'butane-language-server');
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

test('a YAML syntax error is pushed on its line with the CLI message', async () => {
  await withClient(async (client) => {
    const uri = 'file:///tmp/lsp-test/tab-indent.bu';
    client.open(uri, fixture('yaml-tab-indent.bu'));
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const errors = diagnostics.filter((d) => d.severity === ERROR);
    assert.equal(errors.length, 1, JSON.stringify(diagnostics));
    // Reference: "Error unmarshaling yaml: yaml: line 4: found character that cannot start any token".
    assert.equal(errors[0].range.start.line, 3);
    assert.equal(errors[0].message, 'Error unmarshaling yaml: yaml: line 4: found character that cannot start any token');
    assert.equal(errors[0].source, 'butane');
  });
});

test('a valid minimal fcos 1.5.0 config has no diagnostics and transpiles to Ignition 3.4.0', async () => {
  await withClient(async (client) => {
    const uri = 'file:///tmp/lsp-test/minimal.bu';
    client.open(uri, 'variant: fcos\nversion: 1.5.0\n');
    assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
    const answer = await client.request('butane/transpile', { textDocument: { uri } });
    assert.equal(answer.error, undefined);
    // What butane --pretty prints for this input (fcos 1.5.0 targets Ignition spec 3.4.0).
    assert.equal(answer.result.output, '{\n  "ignition": {\n    "version": "3.4.0"\n  }\n}');
    assert.equal(answer.result.language, 'json');
    assert.equal(answer.result.fatal, null);
    assert.equal(answer.result.version, 1);
  });
});

test('an unused key is a warning at the CLI position, and an error with strict', async () => {
  const text = fixture('unused-key-dropin.bu');
  for (const [strict, severity] of [[false, 2], [true, 1]] as const) {
    await withClient(
      async (client) => {
        const uri = `file:///tmp/lsp-test/unused-${strict}.bu`;
        client.open(uri, text);
        const diagnostics = await client.diagnosticsFor(uri, 1);
        assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
        // Reference: "warning at $.systemd.units.0.dropins.0.bogus, line 12 col 11: unused key bogus".
        assert.equal(diagnostics[0].message, 'unused key bogus');
        assert.deepEqual(diagnostics[0].range.start, { line: 11, character: 10 });
        assert.deepEqual(diagnostics[0].range.end, { line: 11, character: 15 }, 'covers the key `bogus`');
        assert.equal(diagnostics[0].severity, severity);
      },
      { settings: { strict } },
    );
  }
});

test('edits are applied incrementally and only the newest version is published', async () => {
  await withClient(async (client) => {
    const uri = 'file:///tmp/lsp-test/edits.bu';
    client.open(uri, 'variant: fcos\nversion: 1.5.0\n');
    await client.diagnosticsFor(uri, 1);
    // Five quick edits that type "bogus: 1" on a new third line, one piece at a time.
    const pieces = ['bo', 'gus', ':', ' ', '1'];
    let character = 0;
    pieces.forEach((piece, i) => {
      const at = { line: 2, character };
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: 2 + i },
        contentChanges: [{ range: { start: at, end: at }, text: piece }],
      });
      character += piece.length;
    });
    const last = 2 + pieces.length - 1;
    const diagnostics = await client.diagnosticsFor(uri, last);
    const answer = await client.request('butane/transpile', { textDocument: { uri } });
    assert.equal(answer.result.version, last);
    assert.ok(diagnostics.some((d) => d.message === 'unused key bogus' && d.range.start.line === 2), JSON.stringify(diagnostics));
    // Every publication for this document came in version order, ending with the newest.
    const versions = client.notifications
      .filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri)
      .map((n) => n.params.version as number);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions);
    assert.equal(versions[versions.length - 1], last);
  });
});

test('local files are read only in a trusted workspace, from filesDir beside the document', async () => {
  const dir = join(FIXTURES, 'ssh-keys');
  const uri = new URL(`file://${join(dir, 'config.bu')}`).href;
  const expected = readFileSync(join(dir, 'expected.pretty.json'), 'utf8').replace(/\n$/, '');
  await withClient(
    async (client) => {
      client.open(uri, readFileSync(join(dir, 'config.bu'), 'utf8'));
      assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
      const answer = await client.request('butane/transpile', { textDocument: { uri } });
      assert.equal(answer.result.output, expected);
    },
    { initializationOptions: { trusted: true }, settings: { filesDir: 'files' } },
  );

  // Untrusted (the default): no files directory at all, exactly like the CLI without -d.
  await withClient(
    async (client) => {
      const localUri = new URL(`file://${join(FIXTURES, 'local-file.bu')}`).href;
      client.open(localUri, fixture('local-file.bu'));
      const diagnostics = await client.diagnosticsFor(localUri, 1);
      const errors = diagnostics.filter((d) => d.severity === ERROR);
      assert.equal(errors.length, 1, JSON.stringify(diagnostics));
      assert.equal(
        errors[0].message,
        'local file paths are relative to a files directory that must be specified with -d/--files-dir',
      );
      assert.deepEqual(errors[0].range.start, { line: 6, character: 15 });
      // The setting was given, so the editor says why it is not used.
      const hint = diagnostics.find((d) => d.code === 'butane.untrusted-workspace');
      assert.equal(hint?.severity, 3);
      assert.deepEqual(hint?.range.start, { line: 6, character: 15 });
    },
    { settings: { filesDir: 'files' } },
  );
});

test('a settings change re-publishes the open documents with the new settings', async () => {
  await withClient(
    async (client) => {
      const uri = 'file:///tmp/lsp-test/settings-change.bu';
      client.open(uri, fixture('unused-key-dropin.bu'));
      const before = await client.diagnosticsFor(uri, 1);
      assert.deepEqual(before.map((d) => d.severity), [2]);
      const published = () => client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
      const count = published().length;
      client.options.settings = { strict: true };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const after = await client.waitFor((ns) => (published().length > count ? published().at(-1) : undefined), 'diagnostics after the settings change');
      assert.deepEqual(after.params.diagnostics.map((d: { severity: number }) => d.severity), [1]);
    },
    { settings: { strict: false } },
  );
});

test('a cancelled request is answered with RequestCancelled', async () => {
  let release = () => {};
  const configurationGate = new Promise<void>((r) => (release = r));
  await withClient(
    async (client) => {
      const uri = 'file:///tmp/lsp-test/cancel.bu';
      client.open(uri, 'variant: fcos\nversion: 1.5.0\n');
      // The server waits for this document's settings; the request is cancelled meanwhile.
      const id = client.upcomingId;
      const pending = client.request('butane/transpile', { textDocument: { uri } });
      client.notify('$/cancelRequest', { id });
      // The cancellation is on the wire before the settings answer, so the server sees it first.
      release();
      const answer = await pending;
      assert.equal(answer.error?.code, -32800, JSON.stringify(answer));
      // The next, uncancelled request is answered normally.
      const again = await client.request('butane/transpile', { textDocument: { uri } });
      assert.equal(again.result.version, 1);
    },
    { settings: {}, configurationGate },
  );
});

test('in a trusted workspace, changed local files re-publish the documents that read them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'butane-lsp-watch-'));
  try {
    cpSync(join(FIXTURES, 'ssh-keys'), dir, { recursive: true });
    const uri = new URL(`file://${join(dir, 'config.bu')}`).href;
    await withClient(
      async (client) => {
        client.open(uri, readFileSync(join(dir, 'config.bu'), 'utf8'));
        await client.diagnosticsFor(uri, 1);
        await client.waitFor(() => (client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles') ? true : undefined), 'file watcher registration');
        const first = await client.request('butane/transpile', { textDocument: { uri } });
        const newKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIChangedKeyForTheWatcherTest000000000000 changed@example';
        assert.ok(!first.result.output.includes(newKey));
        writeFileSync(join(dir, 'files', 'id_rsa.pub'), newKey + '\n');
        const count = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).length;
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: new URL(`file://${join(dir, 'files', 'id_rsa.pub')}`).href, type: 2 }] });
        await client.waitFor(
          (ns) => (ns.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).length > count ? true : undefined),
          're-published diagnostics',
        );
        const second = await client.request('butane/transpile', { textDocument: { uri } });
        assert.ok(second.result.output.includes(newKey), second.result.output);
      },
      {
        initializationOptions: { trusted: true },
        settings: { filesDir: 'files' },
        workspaceCapabilities: { didChangeWatchedFiles: { dynamicRegistration: true } },
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
