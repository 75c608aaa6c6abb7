// Hostile inputs through the CLI core, each in a worker with a time bound: the reference's exit
// status and message, never an internal error or a JavaScript stack trace.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CliSandbox, classifyCliResult } from '../fuzz/fuzz-runner';
import { HOSTILE_CASES } from './hostile-inputs';

const LONG = process.env.HOSTILE_LONG === '1';
const TIME_BOUND_MS = 60000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'butane-hostile-'));
const sandbox = new CliSandbox(TIME_BOUND_MS);
after(async () => {
  await sandbox.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sha256 = (s: string) => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex');

for (const c of HOSTILE_CASES) {
  test(`${c.name}: ${c.what}`, { skip: c.heavy && !LONG ? 'heavy; run with HOSTILE_LONG=1' : false, timeout: TIME_BOUND_MS + 30000 }, async () => {
    fs.writeFileSync(path.join(dir, c.name), c.build());
    // The worker only sees the file name, so messages name the file as the reference did.
    const r = await sandbox.run({ bytes: new Uint8Array(), args: [c.name], cwd: dir });
    assert.notEqual(r, 'hang', `no answer within ${TIME_BOUND_MS} ms`);
    assert.ok(typeof r === 'object' && !('died' in r), `worker died: ${JSON.stringify(r)}`);
    const result = r as Exclude<typeof r, 'hang' | { died: string }>;
    assert.equal(classifyCliResult(result), undefined, result.thrown ?? result.stderr.slice(0, 500));
    assert.equal(result.status, c.status, result.stderr.slice(0, 500));
    if (c.stderr !== undefined) assert.equal(result.stderr, c.stderr);
    if (c.warningSet) assert.deepEqual(result.stderr.split('\n').filter((l) => l.startsWith('warning[')).sort(), [...c.warningSet].sort());
  });
}

// stdout and long stderr are compared by hash; the sandbox keeps only the head of stderr, so
// these run in process (still bounded by the test timeout).
import { runCli } from '../../server/src/cli/main';
for (const c of HOSTILE_CASES.filter((h) => h.stdoutSha256 || h.stderrSha256)) {
  test(`${c.name}: output bytes as the reference's`, { skip: c.heavy && !LONG ? 'heavy; run with HOSTILE_LONG=1' : false, timeout: TIME_BOUND_MS }, () => {
    fs.writeFileSync(path.join(dir, c.name), c.build());
    let stdout = '';
    let stderr = '';
    const status = runCli([c.name], { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => new Uint8Array() });
    assert.equal(status, c.status);
    if (c.stdoutSha256) assert.equal(sha256(stdout), c.stdoutSha256, stdout.slice(0, 300));
    if (c.stderrSha256) assert.equal(sha256(stderr), c.stderrSha256, stderr.slice(0, 300));
  });
}
