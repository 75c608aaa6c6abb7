// Rule (base ValidateIgnitionConfig → HandleParseErrors): an inline merge/replace config is
// decoded with json.Unmarshal into the whole types.Config, so a value of the wrong type anywhere
// (not only in the top-level sections) makes the config invalid; the decoder's first error is
// reported at the document root, then "config is not valid" at the inline field. A literal null
// config decodes to nothing: its version cannot parse, and its context tree does not match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './run';

test('fcos 1.5: type errors deep inside inline configs', () => {
  const r = run(`variant: fcos
version: 1.5.0
ignition:
  config:
    merge:
      - inline: '{"ignition":{"version":"3.4.0","config":{"merge":[{"source":true}]}}}'
      - inline: '{"ignition":{"version":"3.4.0"},"systemd":{"units":[{"name":"a","enabled":"yes"}]}}'
      - inline: '{"ignition":{"version":"3.4.0"},"storage":{"disks":[{"device":"/dev/a","partitions":[{"sizeMiB":-1.0}]}]}}'
      - inline: 'null'
`);
  assert.equal(r.result.fatal, 'source config is invalid');
  assert.deepEqual(r.lines, [
    'error at line 1 col 1: json: cannot unmarshal bool into Go struct field Resource.ignition.config.merge.source of type string',
    'error at $.ignition.config.merge.0.inline, line 6 col 17: config is not valid',
    'error at line 1 col 1: json: cannot unmarshal string into Go struct field Unit.systemd.units.enabled of type bool',
    'error at $.ignition.config.merge.1.inline, line 7 col 17: config is not valid',
    'error at line 1 col 1: json: cannot unmarshal number -1.0 into Go struct field Partition.storage.disks.partitions.sizeMiB of type int',
    'error at $.ignition.config.merge.2.inline, line 8 col 17: config is not valid',
    "error at $.ignition.version, line 4 col 3: invalid config version (couldn't parse)",
    'warning at line 1 col 1: context tree does not match content tree at $. Line and column reporting may be inconsistent. Unused keys may not be reported',
  ]);
});
