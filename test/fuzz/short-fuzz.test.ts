// A short seeded fuzz run as part of npm test: a few hundred mutated and generated configs through
// the CLI core (time-bounded in a worker) and a few dozen through a live server. The long run is
// `npm run fuzz` (README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCliFuzz, runServerFuzz, classifyCliResult, Failure } from './fuzz-runner';
import { makeInput } from './fuzz-inputs';

const SEED = 20261122;
const explain = (fs: Failure[]) => fs.map((f) => `${f.mode} ${f.kind} ${f.id}: npm run fuzz -- --replay ${f.id}\n${f.detail}`).join('\n\n');

test('inputs are a pure function of (seed, index): a replay id rebuilds the same bytes', () => {
  for (const index of [0, 1, 17, 4242]) {
    const a = makeInput(SEED, index);
    const b = makeInput(SEED, index);
    assert.deepEqual(Buffer.from(a.bytes), Buffer.from(b.bytes));
    assert.deepEqual(a.args, b.args);
  }
  assert.notDeepEqual(Buffer.from(makeInput(SEED, 1).bytes), Buffer.from(makeInput(SEED + 1, 1).bytes));
});

test('the crash classifier flags internal errors, stack traces and escaped exceptions', () => {
  const ok = { status: 1, stderr: 'Error translating config: Error unmarshaling yaml: yaml: line 3: did not find expected key\n', stdoutLength: 0, ms: 1, rssMiB: 1 };
  assert.equal(classifyCliResult(ok), undefined);
  assert.equal(classifyCliResult({ ...ok, stderr: 'Error translating config: internal error: x is undefined\n' }), 'internal-error');
  assert.equal(classifyCliResult({ ...ok, stderr: 'TypeError: x is undefined\n    at f (/a/b.ts:1:2)\n' }), 'stack-trace');
  assert.equal(classifyCliResult({ ...ok, thrown: 'Error: boom' }), 'crash');
  assert.equal(classifyCliResult({ ...ok, status: 3 }), 'bad-status');
});

test('short CLI fuzz run: no crash, no hang', { timeout: 120000 }, async () => {
  const stats = await runCliFuzz({ seed: SEED, count: 400, timeoutMs: 20000 });
  assert.equal(stats.inputs, 400);
  assert.equal(stats.failures.length, 0, explain(stats.failures));
});

test('short server fuzz run: every completion, hover and preview answered in bound', { timeout: 120000 }, async () => {
  const stats = await runServerFuzz({ seed: SEED, count: 40, requestTimeoutMs: 20000 });
  assert.equal(stats.inputs, 40);
  assert.equal(stats.failures.length, 0, explain(stats.failures));
});
