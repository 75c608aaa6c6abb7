// Rule (base ValidateIgnitionConfig): the inline config's ignition.version is read with
// go-semver, which accepts leading zeros ("03.4.0" is 3.4.0) and keeps build metadata. A version
// equal to the emitted spec version is fully validated; another parseable version is skipped
// with a warning; an unparseable one ("3.4", "v3.4.0") is validated and fails the version rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './run';

test('fcos 1.5 (Ignition 3.4.0): inline config versions as go-semver reads them', () => {
  const r = run(`variant: fcos
version: 1.5.0
ignition:
  config:
    merge:
      - inline: '{"ignition":{"version":"03.4.0"},"storage":{"files":[{"path":"rel"}]}}'
      - inline: '{"ignition":{"version":"3.4.0+build"}}'
      - inline: '{"ignition":{"version":"3.4"}}'
      - inline: '{"ignition":{"version":"v3.4.0"}}'
`);
  assert.equal(r.result.fatal, 'source config is invalid');
  assert.deepEqual(r.lines, [
    'error at $.storage.files.0.path, line 1 col 1: path not absolute',
    'warning at $.ignition.config.merge.1.version, line 7 col 9: skipping validation for the merge/replace ignition config due to an unkown version',
    "error at $.ignition.version, line 4 col 3: invalid config version (couldn't parse)",
    "error at $.ignition.version, line 4 col 3: invalid config version (couldn't parse)",
  ]);
});
