// The diagnostics scheduler lets messages the connection has already received be handled before a
// run starts (the JSON-RPC connection handles one message per event-loop turn, in setImmediate
// callbacks), coalesces repeated schedules into one run, and never runs what was cancelled. Over
// the protocol: a completion request sent together with the edit before it is answered before the
// diagnostics of that edit are published.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticsScheduler, QUEUED_MESSAGES_FIRST } from '../../server/src/lsp/diagnostics-scheduler';
import { LspClient, ensureServerBuilt } from './lsp-client';

/** A scheduler whose runs are recorded in `events`; `ran(uri)` resolves once `uri` has run. */
function scheduler(events: string[]): { s: DiagnosticsScheduler; ran: (uri: string) => Promise<void> } {
  const waiters = new Map<string, () => void>();
  const s = new DiagnosticsScheduler(
    (m) => events.push(`log ${m}`),
    async (uri) => {
      events.push(`run ${uri}`);
      waiters.get(uri)?.();
    },
  );
  const ran = (uri: string) => new Promise<void>((resolve) => waiters.set(uri, resolve));
  return { s, ran };
}

/** Handles `count` messages one per event-loop turn, as the JSON-RPC connection does. */
function queueMessages(events: string[], count: number): void {
  let handled = 0;
  const handleOne = () => {
    events.push(`message ${++handled}`);
    if (handled < count) setImmediate(handleOne);
  };
  setImmediate(handleOne);
}

test('messages already queued when a run is due are handled before it', async () => {
  const events: string[] = [];
  const { s, ran } = scheduler(events);
  const done = ran('a');
  // The messages are read in the same loop turn in which the run becomes due: the connection
  // queues their handling right behind the scheduler's first yield.
  const original = globalThis.setImmediate;
  globalThis.setImmediate = ((fn: (...args: unknown[]) => void, ...args: unknown[]) => {
    globalThis.setImmediate = original;
    const handle = original(fn, ...args);
    queueMessages(events, QUEUED_MESSAGES_FIRST);
    return handle;
  }) as typeof setImmediate;
  try {
    s.schedule('a', 0);
    await done;
  } finally {
    globalThis.setImmediate = original;
  }
  assert.deepEqual(events, [...Array.from({ length: QUEUED_MESSAGES_FIRST }, (_x, i) => `message ${i + 1}`), 'run a']);
});

test('after an edit, a request that arrives a moment later still goes first', async () => {
  const events: string[] = [];
  const { s, ran } = scheduler(events);
  const done = ran('a');
  s.schedule('a');
  // Arrives in a later read, a few turns of the loop after the edit, before its grace ends.
  setImmediate(() => setImmediate(() => queueMessages(events, 1)));
  await done;
  assert.deepEqual(events, ['message 1', 'run a']);
});

test('repeated schedules coalesce into one run; cancelled and forgotten runs never start', async () => {
  const events: string[] = [];
  const { s, ran } = scheduler(events);
  s.schedule('a');
  s.schedule('a');
  s.schedule('b', 0);
  s.schedule('c', 0);
  assert.equal(s.isPending('a'), true);
  s.cancel('b');
  s.forget('c');
  assert.equal(s.isPending('b'), false);
  // A later run shows that everything due before it has happened.
  const sentinel = ran('z');
  s.schedule('z', 20);
  await sentinel;
  assert.deepEqual(events, ['run a', 'run z']);
  assert.equal(s.isPending('a'), false);
});

test('a schedule while the previous one is yielding to messages replaces it', async () => {
  const events: string[] = [];
  const { s, ran } = scheduler(events);
  // The first turn the pending run yields is when a new edit comes in (wall-clock timers would
  // not say reliably whether the first run's timer has fired yet).
  const original = globalThis.setImmediate;
  let rescheduled = false;
  const sentinel = ran('z');
  globalThis.setImmediate = ((fn: (...args: unknown[]) => void, ...args: unknown[]) => {
    globalThis.setImmediate = original;
    rescheduled = s.isPending('a');
    s.schedule('a', 0);
    // Scheduled after the second `a` with a longer delay: when it has run, so has `a`.
    s.schedule('z', 20);
    return original(fn, ...args);
  }) as typeof setImmediate;
  try {
    s.schedule('a', 0);
    await sentinel;
  } finally {
    globalThis.setImmediate = original;
  }
  assert.equal(rescheduled, true, 'the first run was still waiting');
  assert.deepEqual(events, ['run a', 'run z']);
});

before(async () => {
  await ensureServerBuilt();
});

test('protocol: completion sent right behind an edit is answered before that edit is analysed', async () => {
  const client = new LspClient();
  let output = '';
  client.proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  try {
    await client.initialize();
    const uri = 'file:///tmp/scheduler-order/a.bu';
    const text = 'variant: fcos\nversion: 1.6.0\nstorage:\n  files:\n    - path: /etc/a\n      mode: 0644\n';
    client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    for (let version = 2; version <= 6; version++) {
      const added = version % 2 === 0;
      const change = added
        ? { range: { start: { line: 5, character: 16 }, end: { line: 5, character: 16 } }, text: '\n      ' }
        : { range: { start: { line: 5, character: 16 }, end: { line: 6, character: 6 } }, text: '' };
      // Both messages in one write, so they reach the server together (as on a busy machine).
      client.proc.stdin.cork();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const id = client.upcomingId;
      const answer = client.request('textDocument/completion', { textDocument: { uri }, position: added ? { line: 6, character: 6 } : { line: 5, character: 16 } });
      client.proc.stdin.uncork();
      await answer;
      await client.diagnosticsFor(uri, version);
      const response = output.indexOf(`"id":${id},`);
      const published = output.search(new RegExp(`"method":"textDocument/publishDiagnostics","params":\\{"uri":"${uri.replace(/[/.]/g, '\\$&')}","version":${version},`));
      assert.ok(response >= 0 && published >= 0, `both seen (version ${version})`);
      assert.ok(response < published, `completion answered before the diagnostics of version ${version}`);
    }
  } finally {
    assert.equal(await client.shutdown(), 0, client.stderr);
  }
});
