// Failures the fuzzing and hostile-input work found, kept as regression tests. Each one names
// the input, what went wrong, and the replay. // The two huge-report cases run only in the long suite (HOSTILE_LONG=1): they take tens of seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../server/src/cli/main';
import { classifyCliResult } from './fuzz-runner';

const LONG = process.env.HOSTILE_LONG === '1';
const HEADER = 'variant: fcos\nversion: 1.5.0\n';

function run(input: string): { status: number; stderr: string; ms: number } {
  // Keep the start and the end of stderr only: a hostile report can be gigabytes long.
  let head = '';
  let tail = '';
  const t0 = Date.now();
  const status = runCli([], {
    cwd: process.cwd(),
    stdout: () => undefined,
    stderr: (t) => {
      if (head.length < 4000) head += t.slice(0, 4000 - head.length);
      tail = (tail + t).slice(-4000);
    },
    readStdin: () => Buffer.from(input),
  });
  const stderr = head.length < 4000 ? head : head + '\n[...]\n' + tail;
  return { status, stderr, ms: Date.now() - t0 };
}

test('400,000 duplicate kernel arguments: no internal error (report entries were spread into push())', {
  skip: LONG ? false : 'long suite (HOSTILE_LONG=1)',
  timeout: 120000,
}, () => {
  const r = run(HEADER + 'kernel_arguments:\n  should_exist: [' + Array(400000).fill('abc').join(',') + ']\n');
  assert.equal(classifyCliResult({ status: r.status, stderr: r.stderr, stdoutLength: 0, ms: r.ms, rssMiB: 0 }), undefined, r.stderr.slice(0, 300));
  assert.equal(r.status, 1);
});

test('20,000 anchors aliased from one long line: no internal error (pretty report larger than a JS string)', {
  skip: LONG ? false : 'long suite (HOSTILE_LONG=1)',
  timeout: 120000,
}, () => {
  let body = '';
  for (let i = 0; i < 20000; i++) body += `k${i}: &a${i} v\n`;
  body += 'kernel_arguments:\n  should_exist: [' + Array.from({ length: 20000 }, (_, i) => `*a${i}`).join(',') + ']\n';
  const r = run(HEADER + body);
  assert.equal(classifyCliResult({ status: r.status, stderr: r.stderr.slice(0, 4000), stdoutLength: 0, ms: r.ms, rssMiB: 0 }), undefined, r.stderr.slice(0, 300));
});

test('a mapping merging itself ends with yaml.v3\'s message, not a stack overflow', () => {
  const r = run(HEADER + 'passwd: &p\n  <<: *p\n');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, "Error translating config: yaml: anchor 'p' value contains itself\n");
});
