// Source validation and translation-time findings of the base layer against the reference's
// recorded stderr: same kind, path and message, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translateBase, validateBase } from '../../../server/src/core/transpile/base';
import { formatPath } from '../../../server/src/core/types';
import { corpusAvailable, fcosContext, hasBaseMapping, listCases, loadCase, needsRealDecoder, treeSymlinksLost } from './corpus-helpers';

// Messages the base layer produces (variant and Ignition findings are checked elsewhere).
const BASE_MESSAGES = [
  /^only one of the following can be set/,
  /^unreasonable mode would be reasonable/,
  /^(path|format) is required if with_mount_unit/,
  /^local is required$/,
  /^unsupported file extension for quadlet/,
  /^template instances cannot have contents/,
  /files directory/,
  /^(open|read|stat|lstat) .*: (no such file or directory|is a directory|permission denied|not a directory)$/,
  /^matching filesystem node has existing contents/,
  /^root of tree must be a directory$/,
  /^trees may only contain/,
  /^config is not valid$/,
  /^(invalid character '.+' |unexpected end of JSON input|json: cannot unmarshal)/,
  /unkown version$/,
];

function expectedBaseLines(stderr: string): string[] {
  const out: string[] = [];
  for (const line of stderr.split('\n')) {
    const m = /^(error|warning) at (?:(\$[^,]*), )?line \d+ col \d+: (.*)$/.exec(line) ?? /^(error|warning) at (\$[^:]*): (.*)$/.exec(line);
    if (!m) continue;
    if (!BASE_MESSAGES.some((r) => r.test(m[3]))) continue;
    out.push(`${m[1]} at ${m[2] ?? '$'}: ${m[3]}`);
  }
  return out;
}

test('base findings match the recorded diagnostics', { skip: !corpusAvailable() }, () => {
  let compared = 0;
  let withFindings = 0;
  const failures: string[] = [];
  for (const id of listCases(/^(sugar|docs|kitchen-sink|subset|mutation|scenario|cli)--(fcos|flatcar|r4e|fiot)-/)) {
    const c = loadCase(id);
    if (!hasBaseMapping(c) || needsRealDecoder(c) || treeSymlinksLost(c)) continue;
    const ctx = fcosContext(c);
    const findings = validateBase(c.input, ctx);
    // as in the reference, translation only runs on a valid source
    if (!findings.some((e) => e.kind === 'error')) findings.push(...translateBase(c.input, ctx).report);
    const got = findings
      .filter((e) => BASE_MESSAGES.some((r) => r.test(e.message)))
      .map((e) => `${e.kind} at ${formatPath(e.path ?? [])}: ${e.message}`);
    const want = expectedBaseLines(c.stderr);
    compared++;
    if (want.length > 0) withFindings++;
    if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${id}\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(want)}`);
  }
  assert.ok(compared > 200 && withFindings > 30, `compared ${compared}, with findings ${withFindings}`);
  assert.deepEqual(failures, []);
});

test('embedded merge/replace configs: parse errors, unknown versions and Ignition findings', { skip: !corpusAvailable() }, () => {
  const ids = listCases(/--(fcos|flatcar|r4e|fiot)-.*--ignition-merge-inline-invalid-/);
  assert.ok(ids.length >= 5);
  for (const id of ids) {
    const c = loadCase(id);
    const got = validateBase(c.input, fcosContext(c)).map((e) => `${e.kind} at ${formatPath(e.path ?? [])}: ${e.message}`);
    const want = c.stderr
      .split('\n')
      .filter((l) => /^(error|warning) at /.test(l))
      .map((l) => l.replace(/^(error|warning) at (?:(\$[^,]*), )?line \d+ col \d+: /, (_m, k, p) => `${k} at ${p ?? '$'}: `));
    assert.deepEqual(got, want, id);
  }
});
