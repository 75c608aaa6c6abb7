// The same dist/server.js serves --node-ipc (how the VS Code client starts it) and refuses to
// start without a transport, with a usage message instead of a stack trace.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { ensureServerBuilt, SERVER_JS } from './lsp-client';

before(async () => {
  await ensureServerBuilt();
});

test('--node-ipc: initialize and shutdown over the IPC channel', async () => {
  const child = fork(SERVER_JS, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const answers = new Map<number, any>();
  child.on('message', (m: any) => {
    if (typeof m?.id === 'number' && m.method === undefined) answers.set(m.id, m);
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const waitAnswer = async (id: number) => {
    const deadline = Date.now() + 10000;
    while (!answers.has(id)) {
      if (Date.now() > deadline) throw new Error(`no answer to request ${id}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return answers.get(id);
  };
  child.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
  const init = await waitAnswer(1);
  assert.equal(init.result.serverInfo.name, 'butane-language-server');
  child.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  child.send({ jsonrpc: '2.0', id: 2, method: 'shutdown', params: null });
  await waitAnswer(2);
  child.send({ jsonrpc: '2.0', method: 'exit', params: null });
  assert.equal(await exited, 0);
});

test('without a transport argument: usage on stderr and exit status 2', () => {
  const r = spawnSync(process.execPath, [SERVER_JS], { encoding: 'utf8', input: '' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: butane-language-server --stdio/);
  assert.equal(r.stdout, '');
});
