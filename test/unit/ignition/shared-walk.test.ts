// The translate flow checks duplicates and the types' rules in one walk; the result must be
// exactly what the two separate checks report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateIgnition, validateIgnitionAndDuplicates, validateIgnitionDuplicates } from '../../../server/src/core/ignition';

test('one walk, the same duplicates and findings as two', () => {
  const config = {
    ignition: { version: '3.4.0' },
    storage: {
      files: [{ path: 'relative', mode: 0o10000 }, { path: '/a/../b' }, { path: '/x' }],
      directories: [{ path: '/x' }, { path: '/x' }],
      links: [{ path: '/l' }],
    },
    systemd: { units: [{ name: 'a.service' }, { name: 'a.service', enabled: true, contents: '[Unit]\n' }, { name: 'bad' }] },
    passwd: { users: [{ name: 'u' }, { name: 'u' }] },
  };
  for (const version of ['3.0.0', '3.2.0', '3.4.0', '3.5.0'] as const) {
    const both = validateIgnitionAndDuplicates(config, version);
    assert.deepEqual(both.duplicates, validateIgnitionDuplicates(config, version));
    assert.deepEqual(both.findings, validateIgnition(config, version));
    assert.ok(both.duplicates.length >= 3 && both.findings.length >= 4, version);
  }
});
