// The editor's own hint for "enabled, but has no install section": the reference reports it on the
// unit's contents; the hint (source butane-lint) marks the `enabled` key and links to that finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/lsp/analysis';
import { diagnosticsOf } from '../../server/src/lsp/diagnostics';

const TEXT = [
  'variant: fcos',
  'version: 1.6.0',
  'systemd:',
  '  units:',
  '    - name: probe.service',
  '      enabled: true',
  '      contents: |',
  '        [Service]',
  '        ExecStart=/usr/bin/true',
  '',
].join('\n');

test('enabled unit without [Install]: the reference warning stays on contents, a lint hint marks enabled', () => {
  const ds = diagnosticsOf(analyze({ uri: 'file:///u.bu', version: 1, getText: () => TEXT }, { strict: false, key: 'k' }, () => undefined));
  const warning = ds.find((d) => d.source === 'butane');
  assert.ok(warning);
  assert.equal(warning.message, 'unit "probe.service" is enabled, but has no install section so enable does nothing');
  assert.equal(warning.range.start.line, 6); // `contents: |`, where the CLI prints it
  const hint = ds.find((d) => d.source === 'butane-lint');
  assert.ok(hint);
  assert.equal(hint.range.start.line, 5);
  assert.equal(hint.range.start.character, 6);
  assert.deepEqual(hint.relatedInformation?.[0].location.range, warning.range);
});
